/**
 * What the configurator offers for each element: its attributes as form fields, with the rules a
 * value must follow, and a label and help text in English and French. Pure data and checks.
 */
import { MAX_QUANTITY } from '../../src/components/reserve-button/store-data.js';

export type Lang = 'en' | 'fr';
export type Text = Record<Lang, string>;

export type FieldKind =
  | 'sku'
  | 'skus'
  | 'id'
  | 'integer'
  | 'number'
  | 'latlng'
  | 'url'
  | 'script'
  | 'tiles'
  | 'text'
  | 'email'
  | 'list'
  | 'enum'
  | 'boolean';

/** A number as the language writes it: "20,000" in English, "20 000" and "0,1" in French. */
export const formatNumber = (n: number, lang: Lang): string =>
  new Intl.NumberFormat(lang).format(n);

export interface Field {
  /** The attribute it sets. */
  attribute: string;
  kind: FieldKind;
  label: Text;
  help: Text;
  required?: boolean;
  /** Bounds for numbers (inclusive). */
  min?: number;
  max?: number;
  /** Allowed values of an enum; '' means "leave the attribute out". */
  options?: Array<{ value: string; label: Text }>;
  /** Value the form starts with. */
  initial?: string;
}

export type ElementName =
  'aisle-stock-badge' | 'aisle-store-locator' | 'aisle-reserve-button' | 'aisle-config';

export interface ElementSpec {
  tag: ElementName;
  label: Text;
  summary: Text;
  fields: Field[];
}

const sku = (initial: string, help: Text): Field => ({
  attribute: 'sku',
  kind: 'sku',
  required: true,
  initial,
  label: { en: 'Product SKU', fr: 'Référence produit (SKU)' },
  help,
});
/** The badge's own bounds (stock-badge.ts): a bulk item may need hundreds. */
const quantity: Field = {
  attribute: 'quantity',
  kind: 'integer',
  min: 1,
  max: 999,
  label: { en: 'Quantity', fr: 'Quantité' },
  help: {
    en: 'Units wanted, 1 to 999 (default 1).',
    fr: 'Unités voulues, de 1 à 999 (1 par défaut).',
  },
};
/** The reserve dialog offers at most MAX_QUANTITY units in one reservation. */
const reserveQuantity: Field = {
  ...quantity,
  max: MAX_QUANTITY,
  help: {
    en: `Units to reserve, 1 to ${MAX_QUANTITY} (default 1; the dialog offers up to this many).`,
    fr: `Unités à réserver, de 1 à ${MAX_QUANTITY} (1 par défaut\u00a0; le dialogue en propose jusqu’à ce nombre).`,
  },
};
const store: Field = {
  attribute: 'store',
  kind: 'id',
  label: { en: 'Store id', fr: 'Identifiant du magasin' },
  help: {
    en: "Optional: always this store instead of the shopper's own.",
    fr: 'Facultatif : toujours ce magasin au lieu de celui du client.',
  },
};

export const ELEMENTS: ElementSpec[] = [
  {
    tag: 'aisle-stock-badge',
    label: { en: 'Stock badge', fr: 'Badge de stock' },
    summary: {
      en: "Stock of one product at the shopper's store, and when it can be picked up.",
      fr: 'Le stock d’un produit dans le magasin du client, et quand le retirer.',
    },
    fields: [
      sku('AISLE-0065', {
        en: 'Required. 1 to 64 letters, digits, dots, dashes, underscores or slashes, starting with a letter or digit.',
        fr: 'Obligatoire. 1 à 64 lettres, chiffres, points, tirets, tirets bas ou barres obliques, en commençant par une lettre ou un chiffre.',
      }),
      store,
      quantity,
    ],
  },
  {
    tag: 'aisle-store-locator',
    label: { en: 'Store locator', fr: 'Localisateur de magasins' },
    summary: {
      en: 'Search, a list of nearby stores with their hours, and a map.',
      fr: 'Recherche, liste des magasins proches avec leurs horaires, et carte.',
    },
    fields: [
      {
        attribute: 'near',
        kind: 'latlng',
        label: { en: 'Start near (lat,lng)', fr: 'Centrer près de (lat,lng)' },
        help: {
          en: 'Optional: latitude and longitude in degrees, e.g. 48.8566,2.3522. When filled, the search text is ignored.',
          fr: 'Facultatif : latitude et longitude en degrés, par ex. 48.8566,2.3522. S’il est rempli, le texte de recherche est ignoré.',
        },
      },
      {
        attribute: 'query',
        kind: 'text',
        label: { en: 'Search text', fr: 'Texte de recherche' },
        help: {
          en: 'Optional: a town or postcode to search at start (only when "Start near" is empty).',
          fr: 'Facultatif : une ville ou un code postal à chercher au départ (seulement si «\u00a0Centrer près de\u00a0» est vide).',
        },
      },
      {
        attribute: 'radius',
        kind: 'number',
        // The locator takes up to 20,000 km (attribute-check.ts): a chain's whole country.
        min: 0.1,
        max: 20000,
        label: { en: 'Radius (km)', fr: 'Rayon (km)' },
        help: {
          en: `0.1 to ${formatNumber(20000, 'en')} kilometres (default 25).`,
          // The field takes a dot for decimals (2.5), as the attribute does: said, as the bounds
          // are written with a comma.
          fr: `De ${formatNumber(0.1, 'fr')} à ${formatNumber(20000, 'fr')} kilomètres (25 par défaut\u00a0; décimales avec un point, par ex. 2.5).`,
        },
      },
      {
        attribute: 'limit',
        kind: 'integer',
        min: 1,
        max: 500,
        label: { en: 'Stores listed', fr: 'Magasins listés' },
        help: { en: '1 to 500 (default 10).', fr: 'De 1 à 500 (10 par défaut).' },
      },
      {
        attribute: 'services',
        kind: 'list',
        label: { en: 'Services', fr: 'Services' },
        help: {
          en: 'Optional: only stores with all of these service ids, comma-separated (e.g. click-and-collect,parking).',
          fr: 'Facultatif : seulement les magasins qui ont tous ces services, identifiants séparés par des virgules (par ex. click-and-collect,parking).',
        },
      },
      {
        attribute: 'skus',
        kind: 'skus',
        label: { en: 'Products to show stock for', fr: 'Produits dont afficher le stock' },
        help: {
          en: 'Optional: SKUs, comma-separated.',
          fr: 'Facultatif : références, séparées par des virgules.',
        },
      },
      {
        attribute: 'tiles',
        kind: 'tiles',
        label: { en: 'Map tiles URL', fr: 'URL des tuiles de carte' },
        help: {
          en: 'Optional: an https URL template with {z}, {x} and {y}. Default: OpenStreetMap.',
          fr: 'Facultatif : un modèle d’URL https avec {z}, {x} et {y}. Par défaut : OpenStreetMap.',
        },
      },
      {
        attribute: 'attribution',
        kind: 'text',
        label: { en: 'Map credit', fr: 'Crédit de la carte' },
        help: {
          en: 'Plain text shown on the map, required by most tile providers.',
          fr: 'Texte affiché sur la carte, exigé par la plupart des fournisseurs de tuiles.',
        },
      },
      {
        attribute: 'no-map',
        kind: 'boolean',
        label: { en: 'List only, no map', fr: 'Liste seule, sans carte' },
        help: { en: 'Leaves the map out.', fr: 'Pas de carte.' },
      },
      {
        attribute: 'structured-data',
        kind: 'boolean',
        label: {
          en: 'Structured data for search engines',
          fr: 'Données structurées pour les moteurs de recherche',
        },
        help: {
          en: 'Adds schema.org Store data to the page.',
          fr: 'Ajoute les données schema.org Store à la page.',
        },
      },
    ],
  },
  {
    tag: 'aisle-reserve-button',
    label: { en: 'Reserve button', fr: 'Bouton de réservation' },
    summary: {
      en: 'Reserve in store: stock held with a countdown, then a confirmation code. Name and email are not set here: each shopper gives their own.',
      fr: 'Réserver en magasin : stock retenu avec un compte à rebours, puis un code de confirmation. Le nom et l’e-mail ne se règlent pas ici : chaque client donne les siens.',
    },
    fields: [
      sku('AISLE-0065', {
        en: 'Required. The product to reserve.',
        fr: 'Obligatoire. Le produit à réserver.',
      }),
      reserveQuantity,
      store,
      {
        attribute: 'product-name',
        kind: 'text',
        label: { en: 'Product name', fr: 'Nom du produit' },
        help: {
          en: 'Shown in the dialog and the calendar event.',
          fr: 'Affiché dans la fenêtre et l’événement d’agenda.',
        },
      },
      {
        attribute: 'terms-url',
        kind: 'url',
        label: { en: 'Reservation terms page', fr: 'Page des conditions de réservation' },
        help: {
          en: 'Optional. The consent checkbox links to it. An http(s) URL, or a path starting with "/".',
          fr: 'Facultatif. La case de consentement y renvoie. Une URL http(s), ou un chemin commençant par «\u00a0/\u00a0».',
        },
      },
    ],
  },
  {
    tag: 'aisle-config',
    label: { en: 'Page settings', fr: 'Réglages de la page' },
    summary: {
      en: 'Settings for every Aisle element on the page. The preview always runs on the mock API.',
      fr: 'Réglages de tous les éléments Aisle de la page. L’aperçu utilise toujours l’API simulée.',
    },
    fields: [
      {
        attribute: 'api',
        kind: 'url',
        initial: 'https://api.example.com/aisle/v1',
        label: { en: 'API address', fr: 'Adresse de l’API' },
        help: {
          en: 'An http(s) URL, or a path starting with "/".',
          fr: 'Une URL http(s), ou un chemin commençant par «\u00a0/\u00a0».',
        },
      },
      {
        attribute: 'api-key',
        kind: 'text',
        label: { en: 'API key', fr: 'Clé d’API' },
        help: {
          en: 'Optional. Visible to anyone: use a public key.',
          fr: 'Facultatif. Visible de tous : utilisez une clé publique.',
        },
      },
      {
        attribute: 'locale',
        kind: 'enum',
        options: [
          { value: '', label: { en: 'The page language', fr: 'La langue de la page' } },
          { value: 'en', label: { en: 'English', fr: 'Anglais' } },
          { value: 'fr', label: { en: 'French', fr: 'Français' } },
        ],
        label: { en: 'Language', fr: 'Langue' },
        help: {
          en: 'Used when the page does not say its language.',
          fr: 'Utilisée quand la page n’indique pas sa langue.',
        },
      },
      {
        attribute: 'persist',
        kind: 'enum',
        options: [
          { value: '', label: { en: 'Default (local)', fr: 'Par défaut (local)' } },
          {
            value: 'local',
            label: { en: 'Remember on this device', fr: 'Mémoriser sur cet appareil' },
          },
          {
            value: 'session',
            label: { en: 'Only for this visit', fr: 'Pour cette visite seulement' },
          },
          { value: 'none', label: { en: 'Never remember', fr: 'Ne jamais mémoriser' } },
        ],
        label: { en: "Remember the shopper's store", fr: 'Mémoriser le magasin du client' },
        help: {
          en: 'Only the store id is ever stored.',
          fr: 'Seul l’identifiant du magasin est conservé.',
        },
      },
      {
        attribute: 'geocoder',
        kind: 'enum',
        options: [
          {
            value: '',
            label: { en: 'Default (stores only)', fr: 'Par défaut (magasins seulement)' },
          },
          {
            value: 'local',
            label: { en: 'Stores only, no network', fr: 'Magasins seulement, sans réseau' },
          },
          { value: 'ban', label: { en: 'French address API', fr: 'Base Adresse Nationale' } },
          {
            value: 'photon',
            label: { en: 'Photon (OpenStreetMap)', fr: 'Photon (OpenStreetMap)' },
          },
        ],
        label: { en: 'Address search', fr: 'Recherche d’adresse' },
        help: {
          en: 'Which service turns an address into a place.',
          fr: 'Le service qui transforme une adresse en lieu.',
        },
      },
      {
        attribute: 'theme',
        kind: 'enum',
        options: [
          {
            value: '',
            label: { en: 'Follow the page (color-scheme)', fr: 'Suivre la page (color-scheme)' },
          },
          { value: 'light', label: { en: 'Light', fr: 'Clair' } },
          { value: 'dark', label: { en: 'Dark', fr: 'Sombre' } },
        ],
        label: { en: 'Theme', fr: 'Thème' },
        help: {
          en: 'Light, dark, or as the page’s CSS color-scheme says (light if it says nothing): the visitor’s system setting only where your page declares color-scheme “light dark”.',
          fr: 'Clair, sombre, ou selon la propriété CSS color-scheme de la page (clair si elle n’en dit rien)\u00a0: le réglage du système du visiteur seulement si votre page déclare color-scheme «\u00a0light dark\u00a0».',
        },
      },
      {
        attribute: 'mock',
        kind: 'boolean',
        label: { en: 'Use the built-in mock API', fr: 'Utiliser l’API simulée intégrée' },
        help: {
          en: 'For demos and previews only, never on a live page.',
          fr: 'Pour les démos et aperçus seulement, jamais sur une page publique.',
        },
      },
    ],
  },
];
