import { joinParts } from '../join.js';
import { plural } from '../plural.js';
import type { Localized } from './localized.js';
import type { ReserveMessages } from './types.js';

/** <aisle-reserve-button>'s dialog (loaded on the click). */
export const reserveMessages: Localized<ReserveMessages> = {
  en: {
    reserveTitle: (product) => (product ? `Reserve ${product}` : 'Reserve in store'),
    reserveStepOf: (n, total) => `Step ${n} of ${total}`,
    reserveStepStore: 'Store and quantity',
    reserveStepContact: 'Your details',
    reserveStepDone: 'Confirmation',
    reserveStepExpired: 'Hold expired',
    reserveStepCancelled: 'Reservation cancelled',
    reserveStore: 'Pickup store',
    reserveNoStore: 'Choose the store where you will pick it up.',
    reserveChecking: 'Checking the reservation you made for this product…',
    reserveCheckFailed:
      'We could not check the reservation you made for this product. Check your connection and try again.',
    reserveLost:
      'You already reserved this product: the store has your reservation under the name and email you gave, but its confirmation could not be shown here.',
    reserveChangeStore: 'Change store',
    reserveQuantity: 'Quantity',
    reserveUpTo: (n) => `Up to ${n} per reservation`,
    reserveAvailable: (n) => plural('en', n, { one: '# available', other: '# available' }),
    reserveLowStockCap: (n) => `Low stock: ${n} per reservation`,
    reserveSlot: 'Pickup time',
    reserveSlotFirst: 'As soon as it is ready',
    reserveTimeRange: (start, end) => `${start}–${end}`,
    reserveSlotRange: (day, times) => `${day}, ${times}`,
    reserveNotHere: (store) => `Not available to reserve at ${store}.`,
    reserveNoPickup: (store) => `${store} does not offer in-store pickup.`,
    reserveElsewhere: 'These stores nearby have it:',
    reserveAlternative: (store, distance, n) =>
      joinParts([store, distance, n === undefined ? undefined : `${n} available`]),
    reserveNoAlternatives: 'No store nearby can hold it for pickup right now.',
    reserveHold: 'Hold it for me',
    reserveHolding: 'Holding…',
    reserveHeldFor: (time) => `Held for you: ${time} left to confirm`,
    reserveTimeLeft: (s, more) =>
      (s >= 60
        ? plural('en', Math.round(s / 60), {
            one: 'Less than a minute left to confirm your reservation',
            other: 'Less than # minutes left to confirm your reservation',
          })
        : plural('en', s, {
            one: 'Less than a second left to confirm your reservation',
            other: 'Less than # seconds left to confirm your reservation',
          })) + (more && s <= 120 ? '. Need more time? Press “More time”.' : ''),
    reserveMoreTime: 'More time',
    reserveExtended: (m) =>
      plural('en', m, {
        one: 'More time given: # minute left to confirm.',
        other: 'More time given: # minutes left to confirm.',
      }),
    reserveNoMoreTime: 'The store cannot give more time: please confirm within the time left.',
    reserveMoreTimeFailed: 'More time could not be given. Please try again.',
    reserveExpired: 'Your hold has expired and the item was released. You can hold it again.',
    reserveExpiredChecking:
      'Your hold has expired. We are checking whether your reservation went through…',
    reserveHoldAgain: 'Hold it again',
    reserveStockGone: 'Sorry, it has just sold out at this store.',
    reserveStockFewer: (n) =>
      plural('en', n, {
        one: 'Sorry, only # is left at this store now.',
        other: 'Sorry, only # are left at this store now.',
      }),
    reserveStockFewerUncounted: 'Sorry, not that many are left at this store now.',
    reserveHoldFailed: 'We could not hold the item. Please try again.',
    reserveSlotFull: 'That pickup time has just filled up. Please choose another.',
    reserveSlotOther:
      'The store offered a different pickup time from the one you chose, so nothing is held. Please choose a pickup time again.',
    reserveSlotPassed:
      'Your order can no longer be ready for that pickup time. Please choose another.',
    reserveSlotChoose: 'Choose another pickup time',
    reserveName: 'Full name',
    reserveEmail: 'Email',
    reservePhone: 'Phone',
    reserveOptional: '(optional)',
    reserveTerms: 'I accept the reservation terms',
    reserveTermsLinked: ['I accept the ', 'reservation terms', ''],
    reserveNewTab: '(opens a new tab)',
    reserveMarketing: 'Send me offers from this store by email',
    reserveErrNameRequired: 'Enter your name',
    reserveErrTooLong: (max) => `Use at most ${max} characters`,
    reserveErrEmailRequired: 'Enter your email address',
    reserveErrEmailInvalid: 'Enter an email address like name@example.com',
    reserveErrPhoneInvalid: 'Enter a phone number like +33 6 12 34 56 78, or leave it empty',
    reserveErrTerms: 'Accept the terms to reserve',
    reserveErrSummary: (n) =>
      plural('en', n, { one: 'Please correct # field.', other: 'Please correct # fields.' }),
    reserveConfirm: 'Confirm reservation',
    reserveConfirming: 'Confirming…',
    reserveConfirmNetwork:
      'We could not reach the store. Your hold is kept: try again, it will not reserve twice.',
    reserveBackOnline: 'You are back online: press “Confirm reservation”.',
    reserveConfirmFailed: 'We could not confirm your reservation. Please try again.',
    reserveConfirmUnsure:
      'We could not confirm your reservation. Your hold is kept: try again, it will not reserve twice.',
    reserveConfirmExpired:
      'Your hold expired before we could confirm it, and the item was released. You can hold it again.',
    reserveConfirmed: 'Reservation confirmed',
    reserveConfirmedClosed: 'Reservation confirmed. Press “View your reservation” to see it.',
    reserveRefusedClosed:
      'Your reservation was not confirmed. Press “Reserve in store” to try again.',
    reserveCode: 'Reservation code',
    reserveQrLabel: (code) => `QR code of reservation ${code}`,
    reserveItem: (product, n) => (n === undefined ? product : `${n} × ${product}`),
    reserveReadyAt: (when) => `Ready from ${when}`,
    reserveReadyNow: 'Ready for pickup',
    reserveSlotBooked: (slot) => `Pickup time: ${slot}`,
    reservePickupBy: (when) => `Pick up by ${when}`,
    reservePickupPassed:
      'The last pick-up time given has already passed. Please contact the store.',
    reserveHours: 'Opening hours',
    reserveAddToCalendar: 'Add to calendar',
    reserveCalendarSummary: (product, store) =>
      store ? `Pick up ${product} at ${store}` : `Pick up ${product}`,
    reserveStoreUnreadable:
      'Your reservation is confirmed, but the store’s address and hours could not be loaded.',
    reserveStoreGone: 'This store is not known any more. Choose another store.',
    reserveStoreUnreachable: 'We could not reach the store to check its stock. Please try again.',
    reserveStoreFailed: 'We could not load this store’s stock. Please try again.',
    reserveBusy: (seconds) =>
      `The reservation service is busy. Please try again in ${plural('en', seconds, { one: '# second', other: '# seconds' })}.`,
    reserveCalendarDescription: (code, pickupBy) =>
      `Reservation code: ${code}` + (pickupBy ? `\nPick up by ${pickupBy}.` : ''),
    reserveCancel: 'Cancel reservation',
    reserveCancelAsk: 'Cancel this reservation? The item goes back on sale.',
    reserveCancelYes: 'Yes, cancel it',
    reserveKeep: 'Keep my reservation',
    reserveCancelling: 'Cancelling…',
    reserveCancelled: (code) => `Reservation ${code} is cancelled.`,
    reserveCancelFailed: 'We could not cancel your reservation. Please try again.',
    reserveCannotCancel:
      'This reservation can no longer be cancelled: it has been collected or has expired.',
    reserveOtherTab:
      'You reserved this product in another tab: here it is. Anything held here was released.',
    reserveAnother: 'Make another reservation',
    reserveCollected: 'Reservation collected',
    reserveLapsed: 'Reservation expired: it was not picked up in time',
  },
  fr: {
    reserveTitle: (product) => (product ? `Réserver ${product}` : 'Réserver en magasin'),
    reserveStepOf: (n, total) => `Étape ${n} sur ${total}`,
    reserveStepStore: 'Magasin et quantité',
    reserveStepContact: 'Vos coordonnées',
    reserveStepDone: 'Confirmation',
    reserveStepExpired: 'Mise de côté expirée',
    reserveStepCancelled: 'Réservation annulée',
    reserveStore: 'Magasin de retrait',
    reserveNoStore: 'Choisissez votre magasin de retrait.',
    reserveChecking: 'Vérification de la réservation faite pour ce produit…',
    reserveCheckFailed:
      'Impossible de vérifier la réservation faite pour ce produit. Vérifiez votre connexion et réessayez.',
    reserveLost:
      'Vous avez déjà réservé ce produit\u00a0: le magasin a votre réservation au nom et à l’adresse e-mail indiqués, mais sa confirmation n’a pas pu s’afficher ici.',
    reserveChangeStore: 'Changer de magasin',
    reserveQuantity: 'Quantité',
    reserveUpTo: (n) => `Jusqu’à ${n} par réservation`,
    reserveAvailable: (n) => plural('fr', n, { one: '# disponible', other: '# disponibles' }),
    reserveLowStockCap: (n) => `Stock limité\u00a0: ${n} par réservation`,
    reserveSlot: 'Heure de retrait',
    reserveSlotFirst: 'Dès que c’est prêt',
    // As the store hours write French ranges: "10 h 30 – 11 h 30".
    reserveTimeRange: (start, end) => `${start} – ${end}`,
    reserveSlotRange: (day, times) => `${day}, ${times}`,
    reserveNotHere: (store) => `Impossible à réserver à ${store}.`,
    reserveNoPickup: (store) => `${store} ne propose pas le retrait en magasin.`,
    reserveElsewhere: 'En stock dans ces magasins proches\u00a0:',
    reserveAlternative: (store, distance, n) =>
      joinParts([
        store,
        distance,
        n === undefined
          ? undefined
          : plural('fr', n, { one: '# disponible', other: '# disponibles' }),
      ]),
    reserveNoAlternatives: 'Aucun magasin proche ne peut le mettre de côté pour le moment.',
    reserveHold: 'Mettre de côté',
    reserveHolding: 'Mise de côté…',
    reserveHeldFor: (time) => `C’est mis de côté\u00a0: encore ${time} pour confirmer`,
    reserveTimeLeft: (s, more) =>
      (s >= 60
        ? plural('fr', Math.round(s / 60), {
            one: 'Il reste moins d’une minute pour confirmer votre réservation',
            other: 'Il reste moins de # minutes pour confirmer votre réservation',
          })
        : plural('fr', s, {
            one: 'Il reste moins d’une seconde pour confirmer votre réservation',
            other: 'Il reste moins de # secondes pour confirmer votre réservation',
          })) +
      (more && s <= 120
        ? '. Besoin de plus de temps\u00a0? Appuyez sur «\u00a0Plus de temps\u00a0».'
        : ''),
    reserveMoreTime: 'Plus de temps',
    reserveExtended: (m) =>
      plural('fr', m, {
        one: 'Délai prolongé\u00a0: il reste # minute pour confirmer.',
        other: 'Délai prolongé\u00a0: il reste # minutes pour confirmer.',
      }),
    reserveNoMoreTime:
      'Le magasin ne peut pas accorder plus de temps\u00a0: confirmez dans le temps restant.',
    reserveMoreTimeFailed: 'Le délai n’a pas pu être prolongé. Veuillez réessayer.',
    reserveExpired:
      'Le délai est écoulé et l’article a été remis en rayon. Vous pouvez le mettre de côté à nouveau.',
    reserveExpiredChecking: 'Le délai est écoulé. Nous vérifions si votre réservation a abouti…',
    reserveHoldAgain: 'Remettre de côté',
    reserveStockGone: 'Désolés, ce produit vient d’être épuisé dans ce magasin.',
    reserveStockFewer: (n) =>
      plural('fr', n, {
        one: 'Désolés, il n’en reste plus que # dans ce magasin.',
        other: 'Désolés, il n’en reste plus que # dans ce magasin.',
      }),
    reserveStockFewerUncounted: 'Désolés, il n’en reste plus autant dans ce magasin.',
    reserveHoldFailed: 'Impossible de mettre l’article de côté. Veuillez réessayer.',
    reserveSlotFull: 'Ce créneau est désormais complet. Veuillez en choisir un autre.',
    reserveSlotOther:
      'Le magasin a proposé une autre heure de retrait que celle choisie\u00a0: rien n’est mis de côté. Veuillez choisir de nouveau une heure de retrait.',
    reserveSlotPassed:
      'Votre commande ne peut plus être prête pour ce créneau de retrait. Veuillez en choisir un autre.',
    reserveSlotChoose: 'Choisir une autre heure de retrait',
    reserveName: 'Nom complet',
    reserveEmail: 'E-mail',
    reservePhone: 'Téléphone',
    reserveOptional: '(facultatif)',
    reserveTerms: 'J’accepte les conditions de réservation',
    reserveTermsLinked: ['J’accepte les ', 'conditions de réservation', ''],
    reserveNewTab: '(nouvel onglet)',
    reserveMarketing: 'Recevoir les offres de ce magasin par e-mail',
    reserveErrNameRequired: 'Saisissez votre nom',
    reserveErrTooLong: (max) => `${max}\u00a0caractères au maximum`,
    reserveErrEmailRequired: 'Saisissez votre adresse e-mail',
    reserveErrEmailInvalid: 'Saisissez une adresse e-mail comme nom@exemple.fr',
    reserveErrPhoneInvalid: 'Saisissez un numéro comme 06 12 34 56 78, ou laissez vide',
    reserveErrTerms: 'Acceptez les conditions pour réserver',
    reserveErrSummary: (n) =>
      plural('fr', n, { one: 'Veuillez corriger # champ.', other: 'Veuillez corriger # champs.' }),
    reserveConfirm: 'Confirmer la réservation',
    reserveConfirming: 'Confirmation…',
    reserveConfirmNetwork:
      'Impossible de joindre le magasin. L’article reste de côté : réessayez, il ne sera pas réservé deux fois.',
    reserveBackOnline:
      'Vous êtes de nouveau en ligne\u00a0: appuyez sur «\u00a0Confirmer la réservation\u00a0».',
    reserveConfirmFailed: 'Impossible de confirmer votre réservation. Veuillez réessayer.',
    reserveConfirmUnsure:
      'Impossible de confirmer votre réservation. L’article reste de côté : réessayez, il ne sera pas réservé deux fois.',
    reserveConfirmExpired:
      'Le délai a expiré avant la confirmation et l’article a été remis en rayon. Vous pouvez le mettre de côté à nouveau.',
    reserveConfirmed: 'Réservation confirmée',
    reserveConfirmedClosed:
      'Réservation confirmée. Appuyez sur «\u00a0Voir votre réservation\u00a0» pour l’afficher.',
    reserveRefusedClosed:
      'Votre réservation n’a pas été confirmée. Appuyez sur «\u00a0Réserver en magasin\u00a0» pour réessayer.',
    reserveCode: 'Code de réservation',
    reserveQrLabel: (code) => `QR code de la réservation ${code}`,
    reserveItem: (product, n) => (n === undefined ? product : `${n}\u00a0× ${product}`),
    reserveReadyAt: (when) => `Retrait possible à partir du ${when}`,
    reserveReadyNow: 'Disponible pour le retrait',
    reserveSlotBooked: (slot) => `Heure de retrait\u00a0: ${slot}`,
    reservePickupBy: (when) => `À retirer avant le ${when}`,
    reservePickupPassed:
      'L’heure limite de retrait indiquée est déjà passée. Veuillez contacter le magasin.',
    reserveHours: 'Horaires d’ouverture',
    reserveAddToCalendar: 'Ajouter à l’agenda',
    reserveCalendarSummary: (product, store) =>
      store ? `Retirer ${product} à ${store}` : `Retirer ${product}`,
    reserveStoreUnreadable:
      'Votre réservation est confirmée, mais l’adresse et les horaires du magasin n’ont pas pu être chargés.',
    reserveStoreGone: 'Ce magasin n’est plus connu. Choisissez-en un autre.',
    reserveStoreUnreachable:
      'Impossible de joindre le magasin pour vérifier son stock. Veuillez réessayer.',
    reserveStoreFailed: 'Impossible de charger le stock de ce magasin. Veuillez réessayer.',
    reserveBusy: (seconds) =>
      `Le service de réservation est très sollicité. Réessayez dans ${plural('fr', seconds, { one: '#\u00a0seconde', other: '#\u00a0secondes' })}.`,
    reserveCalendarDescription: (code, pickupBy) =>
      `Code de réservation\u00a0: ${code}` + (pickupBy ? `\nÀ retirer avant le ${pickupBy}.` : ''),
    reserveCancel: 'Annuler la réservation',
    reserveCancelAsk: 'Annuler cette réservation\u00a0? L’article sera remis en vente.',
    reserveCancelYes: 'Oui, l’annuler',
    reserveKeep: 'Garder ma réservation',
    reserveCancelling: 'Annulation…',
    reserveCancelled: (code) => `La réservation ${code} est annulée.`,
    reserveCancelFailed: 'Impossible d’annuler votre réservation. Veuillez réessayer.',
    reserveCannotCancel:
      'Cette réservation ne peut plus être annulée\u00a0: elle a été retirée ou a expiré.',
    reserveOtherTab:
      'Vous avez réservé ce produit dans un autre onglet\u00a0: la voici. Ce qui était mis de côté ici a été libéré.',
    reserveAnother: 'Faire une autre réservation',
    reserveCollected: 'Réservation retirée',
    reserveLapsed: 'Réservation expirée\u00a0: elle n’a pas été retirée à temps',
  },
};
