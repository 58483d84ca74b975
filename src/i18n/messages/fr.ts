import { plural } from '../plural.js';
import type { Messages } from './types.js';

export const fr: Messages = {
  languageName: 'Français',
  loading: 'Chargement…',
  retry: 'Réessayer',
  close: 'Fermer',
  errorGeneric: 'Une erreur est survenue. Veuillez réessayer.',
  errorOffline: 'Vous semblez être hors ligne.',
  storesFound: (n) =>
    n === 0
      ? 'Aucun magasin trouvé'
      : plural('fr', n, { one: '# magasin trouvé', other: '# magasins trouvés' }),
  // stock badge
  badgeChecking: 'Vérification du stock…',
  badgeInStock: 'En stock',
  badgeInStockCount: (n) => `En stock\u00a0: ${n}`,
  badgeLowStock: 'Stock faible',
  badgeLowStockCount: (n) => plural('fr', n, { one: 'Plus que #', other: 'Plus que #' }),
  badgeOutOfStock: 'En rupture',
  badgeNotEnough: (n) =>
    plural('fr', n, { one: 'Seulement # disponible', other: 'Seulement # disponibles' }),
  badgeUnknown: 'Stock inconnu',
  badgeAtStore: (store) => `à ${store}`,
  badgeChecked: (relative) => `vérifié ${relative}`,
  badgeStale: 'peut ne plus être à jour',
  badgeNearest: (store, distance) => `En stock à ${store}, à ${distance}`,
  badgeNoneNearby: 'Pas en stock dans les magasins proches',
  badgeRestock: (date) => `de retour ${date}`,
  badgeNoStore: 'Disponibilité en magasin',
  badgeCheckNearYou: 'Voir la disponibilité près de chez vous',
  badgeChangeStore: 'Changer de magasin',
  badgeUnavailable: 'Disponibilité impossible à vérifier pour le moment',
  badgeInvalid: 'Information de stock indisponible',
  // store picker
  pickerTitle: 'Choisissez votre magasin',
  pickerSearchLabel: 'Code postal, ville ou adresse',
  pickerSearch: 'Rechercher',
  pickerUseLocation: 'Utiliser ma position',
  pickerLocating: 'Recherche de votre position…',
  pickerChoose: 'Choisir',
  pickerNoResults: 'Aucun magasin près de ce lieu. Essayez une ville voisine.',
  pickerResults: (n) =>
    plural('fr', n, { one: '# magasin à proximité', other: '# magasins à proximité' }),
  pickerFellBack:
    'La recherche d’adresse est indisponible : magasins correspondant aux villes et codes postaux.',
  pickerLocationFailed:
    'Impossible d’obtenir votre position. Cherchez plutôt par code postal ou par ville.',
  // places and time (src/geo, src/hours)
  locationDenied:
    'L’accès à votre position est désactivé. Autorisez-le dans le navigateur, ou cherchez par code postal ou par ville.',
  locationTimeout:
    'La localisation a pris trop de temps. Réessayez, ou cherchez par code postal ou par ville.',
  locationUnavailable:
    'Votre position n’est pas disponible pour le moment. Cherchez plutôt par code postal ou par ville.',
  locationUnsupported:
    'Ce navigateur ne peut pas partager votre position. Cherchez plutôt par code postal ou par ville.',
  hoursOpen: 'Ouvert',
  hoursClosingSoon: 'Ferme bientôt',
  hoursClosed: 'Fermé',
  hoursClosedToday: 'Fermé aujourd’hui',
  hoursOpeningSoon: 'Ouvre bientôt',
  hoursOpen24: 'Ouvert 24 h/24',
  hoursClosesAt: (time) => `ferme à ${time}`,
  hoursClosesOn: (day, time) => `ferme ${day} à ${time}`,
  hoursOpensAt: (time) => `ouvre à ${time}`,
  hoursOpensOn: (day, time) => `ouvre ${day} à ${time}`,
  hoursTomorrow: 'demain',
  hoursSpecialHours: 'Horaires exceptionnels',
  hoursSpecialClosure: 'Fermeture exceptionnelle',
  pickupReadyToday: (time) => `Prêt aujourd’hui à ${time}`,
  pickupReadyTomorrow: (time) => `Prêt demain à ${time}`,
  pickupReadyOn: (day, time) => `Prêt ${day} à ${time}`,
  // reserve button
  reserveButton: 'Réserver en magasin',
  reserveTitle: (product) => (product ? `Réserver ${product}` : 'Réserver en magasin'),
  reserveStepOf: (n, total) => `Étape ${n} sur ${total}`,
  reserveStepStore: 'Magasin et quantité',
  reserveStepContact: 'Vos coordonnées',
  reserveStepDone: 'Confirmation',
  reserveStore: 'Magasin de retrait',
  reserveNoStore: 'Choisissez le magasin où vous le retirerez.',
  reserveChooseStore: 'Choisir un magasin',
  reserveChangeStore: 'Changer de magasin',
  reserveQuantity: 'Quantité',
  reserveUpTo: (n) => `Jusqu’à ${n} par réservation`,
  reserveAvailable: (n) => plural('fr', n, { one: '# disponible', other: '# disponibles' }),
  reserveSlot: 'Heure de retrait',
  reserveSlotFirst: 'Dès que c’est prêt',
  reserveSlotRange: (day, start, end) => `${day}, ${start}–${end}`,
  reserveNotHere: (store) => `Impossible à réserver à ${store}.`,
  reserveElsewhere: 'Ces magasins proches l’ont en stock :',
  reserveAlternative: (store, distance, n) =>
    [
      store,
      distance,
      n === undefined
        ? undefined
        : plural('fr', n, { one: '# disponible', other: '# disponibles' }),
    ]
      .filter(Boolean)
      .join(' · '),
  reserveNoAlternatives: 'Aucun magasin proche ne l’a en stock pour le moment.',
  reserveHold: 'Me le mettre de côté',
  reserveHolding: 'Mise de côté…',
  reserveHeldFor: (time) => `Mis de côté pour vous\u00a0: encore ${time} pour confirmer`,
  reserveTimeLeft: (s) =>
    s >= 60
      ? plural('fr', Math.round(s / 60), {
          one: 'Il reste # minute pour confirmer votre réservation',
          other: 'Il reste # minutes pour confirmer votre réservation',
        })
      : plural('fr', s, {
          one: 'Il reste # seconde pour confirmer votre réservation',
          other: 'Il reste # secondes pour confirmer votre réservation',
        }),
  reserveHoldStarted: (m) =>
    plural('fr', m, {
      one: 'Mis de côté pour # minute. Saisissez vos coordonnées pour confirmer.',
      other: 'Mis de côté pour # minutes. Saisissez vos coordonnées pour confirmer.',
    }),
  reserveExpired:
    'Le délai est écoulé et l’article a été remis en rayon. Vous pouvez le mettre de côté à nouveau.',
  reserveHoldAgain: 'Le remettre de côté',
  reserveStockGone: 'Désolé, il vient d’être épuisé dans ce magasin.',
  reserveHoldFailed: 'Impossible de mettre l’article de côté. Veuillez réessayer.',
  reserveName: 'Nom complet',
  reserveEmail: 'E-mail',
  reservePhone: 'Téléphone',
  reserveOptional: '(facultatif)',
  reserveTerms: 'J’accepte les conditions de réservation',
  reserveMarketing: 'Recevoir les offres de ce magasin par e-mail',
  reserveErrNameRequired: 'Saisissez votre nom',
  reserveErrTooLong: 'C’est trop long',
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
  reserveConfirmFailed: 'Impossible de confirmer votre réservation. Veuillez réessayer.',
  reserveConfirmExpired:
    'Le délai a expiré avant la confirmation et l’article a été remis en rayon. Vous pouvez le mettre de côté à nouveau.',
  reserveConfirmed: 'Réservation confirmée',
  reserveCode: 'Code de réservation',
  reserveQrLabel: (code) => `QR code de la réservation ${code}`,
  reserveReadyAt: (when) => `Prêt à partir du ${when}`,
  reservePickupBy: (when) => `À retirer avant le ${when}`,
  reserveAddress: 'Adresse',
  reserveHours: 'Horaires d’ouverture',
  reserveClosed: 'Fermé',
  reserveAddToCalendar: 'Ajouter à l’agenda',
  reserveCalendarSummary: (product, store) => `Retirer ${product} à ${store}`,
  reserveCalendarDescription: (code, pickupBy) =>
    `Code de réservation\u00a0: ${code}\nÀ retirer avant le ${pickupBy}.`,
  reserveCancel: 'Annuler la réservation',
  reserveCancelling: 'Annulation…',
  reserveCancelled: 'Votre réservation est annulée.',
  reserveCancelFailed: 'Impossible d’annuler votre réservation. Veuillez réessayer.',
  reserveAnother: 'Faire une autre réservation',
  reserveView: 'Voir votre réservation',
  reserveInvalid: 'Réservation indisponible',
  reserveProduct: 'ce produit',
  reserveLoadFailed: 'La réservation n’a pas pu se charger. Vérifiez votre connexion et réessayez.',
  // store locator
  locatorSearchLabel: 'Code postal, ville ou adresse',
  locatorSuggestions: 'Suggestions',
  locatorNoPlace: 'Aucun lieu ne correspond. Essayez un code postal ou une ville.',
  locatorUseLocation: 'Utiliser ma position',
  locatorLocating: 'Recherche de votre position…',
  locatorLocationFailed:
    'Impossible d’obtenir votre position. Cherchez plutôt par code postal ou par ville.',
  locatorGeocoderDown:
    'La recherche d’adresse est indisponible : lieux correspondant aux villes et codes postaux de nos magasins.',
  locatorPrompt: 'Cherchez un code postal, une ville ou une adresse pour trouver un magasin.',
  locatorFilters: 'Filtres',
  locatorOpenNow: 'Ouvert maintenant',
  locatorInStockFirst: 'En stock d’abord',
  locatorService: (code) =>
    ({
      'click-and-collect': 'Retrait en magasin',
      parking: 'Parking',
      repairs: 'Réparations',
      accessible: 'Accès de plain-pied',
      returns: 'Retours',
      'ev-charging': 'Recharge électrique',
      locker: 'Casier de retrait',
    })[code] ?? code.replace(/[-_]+/g, ' '),
  locatorResults: (n, radius) =>
    n === 0
      ? `Aucun magasin dans un rayon de ${radius}`
      : plural('fr', n, {
          one: `# magasin dans un rayon de ${radius}`,
          other: `# magasins dans un rayon de ${radius}`,
        }),
  locatorNoResults: (radius) => `Aucun magasin dans un rayon de ${radius} autour de ce lieu.`,
  locatorWiden: (radius) => `Chercher dans un rayon de ${radius}`,
  locatorError: 'Impossible de charger les magasins.',
  locatorDistance: (distance) => `à ${distance}`,
  locatorHours: 'Horaires d’ouverture',
  locatorClosed: 'Fermé',
  locatorSpecialHours: 'Horaires exceptionnels',
  locatorCall: (store) => `Appeler ${store}`,
  locatorDirections: 'Itinéraire',
  locatorDirectionsTo: (store) => `vers ${store} (nouvel onglet)`,
  locatorMakeMyStore: 'Choisir ce magasin',
  locatorMyStore: 'Mon magasin',
  locatorBasket: (have, total) => `${have} article${have > 1 ? 's' : ''} sur ${total} en stock`,
  locatorView: 'Affichage',
  locatorList: 'Liste',
  locatorMap: 'Carte',
  locatorMapLabel: 'Carte des magasins',
  locatorCluster: (n) => `${n} magasins ici, zoomez`,
  locatorStoresNear: (place) => `Magasins près de ${place}`,
  locatorZoomIn: 'Zoom avant',
  locatorZoomOut: 'Zoom arrière',
};
