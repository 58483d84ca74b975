import { plural } from '../plural.js';
import type { Localized } from './localized.js';
import type { BadgeMessages } from './types.js';

/** <aisle-stock-badge>. */
export const badgeMessages: Localized<BadgeMessages> = {
  en: {
    badgeInStockCount: (n) => plural('en', n, { other: 'In stock: #' }),
    // The same words for one unit and many: plural() falls back to `other`.
    badgeLowStockCount: (n) => plural('en', n, { other: 'Only # left' }),
    badgeNotEnough: (n) => plural('en', n, { other: 'Only # available' }),
    badgeAtStore: (store) => `at ${store}`,
    badgeChecked: (relative) => `checked ${relative}`,
    badgeJustNow: 'just now',
    badgeStale: 'may be out of date',
    badgeNearest: (store, distance) => `In stock at ${store}, ${distance} away`,
    badgeNoneNearby: 'Not in stock at nearby stores',
    badgeRestock: (date) => `back ${date}`,
    badgeNoStore: 'In-store availability',
    badgeCheckNearYou: 'Check availability near you',
    badgeChangeStore: 'Change store',
    badgeUnavailable: 'Availability unavailable right now',
    badgeStoreUnknown: 'This store is not known',
    badgeInvalid: 'Stock information unavailable',
  },
  fr: {
    badgeInStockCount: (n) => plural('fr', n, { other: 'En stock\u00a0: #' }),
    // As the English "Only # left" (French `one` is 0 and 1: low stock is never 0, see badge-state).
    badgeLowStockCount: (n) =>
      plural('fr', n, { one: 'Dernier exemplaire en stock', other: 'Plus que # en stock' }),
    badgeNotEnough: (n) =>
      plural('fr', n, { one: 'Seulement # disponible', other: 'Seulement # disponibles' }),
    badgeAtStore: (store) => `à ${store}`,
    badgeChecked: (relative) => `vérifié ${relative}`,
    badgeJustNow: 'à l’instant',
    badgeStale: 'peut ne plus être à jour',
    badgeNearest: (store, distance) => `En stock à ${store}, à ${distance}`,
    badgeNoneNearby: 'Pas en stock dans les magasins proches',
    badgeRestock: (date) => `de retour ${date}`,
    badgeNoStore: 'Disponibilité en magasin',
    badgeCheckNearYou: 'Voir la disponibilité près de chez vous',
    badgeChangeStore: 'Changer de magasin',
    badgeUnavailable: 'Disponibilité impossible à vérifier pour le moment',
    badgeStoreUnknown: 'Ce magasin est inconnu',
    badgeInvalid: 'Information de stock indisponible',
  },
};
