/** The configurator's own words, in English and French (field labels live with the fields). */
import type { Problem } from './check.js';
import { formatNumber, type Field, type Lang } from './fields.js';
import type { Warning } from './warnings.js';

export interface UiText {
  title: string;
  intro: string;
  element: string;
  attributes: string;
  scriptUrl: string;
  scriptUrlHelp: string;
  preview: string;
  previewInvalid: string;
  /** Beside the last valid preview, dimmed while a field is invalid. */
  previewStale: string;
  snippet: string;
  snippetHelp: string;
  /** Added to the snippet help for page settings: which elements get them. */
  snippetHelpConfig: string;
  /** Added to the snippet help for an element: it needs the page settings (API or mock). */
  snippetHelpElement: string;
  copy: string;
  copied: string;
  copyFailed: string;
  problem: (problem: Problem, field: Field) => string;
  warning: (warning: Warning) => string;
  errorCount: (n: number) => string;
  /** A field and its error, as the status region says it ("Quantity: enter a whole number."). */
  fieldProblem: (label: string, message: string) => string;
}

/** An error message after a colon: "Enter a whole number." becomes "enter a whole number.". */
const afterColon = (message: string, lang: Lang) =>
  message.charAt(0).toLocaleLowerCase(lang) + message.slice(1);

const ids = (list: readonly string[]) => list.join(', ');

const range = (field: Field, lang: Lang) => {
  const [min, max] = [field.min, field.max].map((n) =>
    n === undefined ? '…' : formatNumber(n, lang),
  );
  return lang === 'fr' ? `Entre ${min} et ${max}.` : `Between ${min} and ${max}.`;
};

export const UI: Record<Lang, UiText> = {
  en: {
    title: 'Configure an element',
    intro:
      'Pick an element, fill in its settings, check the preview, then copy the snippet into your page. Everything works with the keyboard.',
    element: 'Element',
    attributes: 'Settings',
    scriptUrl: 'Aisle script address',
    scriptUrlHelp:
      'Where your site serves aisle.js: an https URL or a path starting with "/" (http only for localhost or 127.0.0.1, to test on your machine).',
    preview: 'Preview (mock data)',
    previewInvalid: 'The preview appears once the settings are valid.',
    previewStale: 'Last valid settings: the preview updates once every field is valid.',
    snippet: 'Snippet to paste',
    snippetHelp:
      'Paste it once per page; the script tag can be left out if the page already has it.',
    snippetHelpConfig:
      'As written, these settings apply to every Aisle element of the page; put Aisle elements between <aisle-config …> and </aisle-config> and they apply to those only.',
    snippetHelpElement:
      'Each page also needs the "Page settings" snippet once, with your API address (or "Use the built-in mock API" to try it without a back end): without it, the elements ask /aisle-api/v1 on your own site.',
    copy: 'Copy the snippet',
    copied: 'Snippet copied.',
    copyFailed: 'Copy failed: select the text and copy it yourself.',
    problem: (problem, field) =>
      ({
        required: 'Required.',
        sku: 'A SKU is 1 to 64 letters, digits, dots, dashes, underscores or slashes, starting with a letter or digit.',
        skus: 'Write SKUs separated by commas, each 1 to 64 letters, digits, . _ - /, starting with a letter or digit.',
        id: 'A store id is 1 to 256 characters, without spaces around it, quotes, backslash or < >.',
        integer: 'Enter a whole number.',
        number: 'Enter a number (use a dot for decimals).',
        range: range(field, 'en'),
        latlng: 'Write latitude,longitude in degrees, e.g. 48.8566,2.3522.',
        url: 'Enter an http(s) URL or a path starting with "/".',
        script: 'Enter an https URL or a path starting with "/".',
        insecure:
          'Use https, not http: browsers block an http script on https pages, and anyone on the network could change it. http is accepted only for localhost and 127.0.0.1.',
        tiles: 'Enter an https URL containing {z}, {x} and {y}.',
        email: 'Enter an email address.',
        list: 'Write words separated by commas (letters, digits, - and _).',
        enum: 'Pick one of the choices.',
        text: 'At most 200 characters, no control characters.',
      })[problem],
    warning: (w) => {
      if (w.kind === 'example-script')
        return 'This is an example address that serves nothing: replace it with where your site serves aisle.js.';
      if (w.kind === 'example-api')
        return 'This is an example address that serves nothing: replace it with your availability API’s address (or tick "Use the built-in mock API" to try without a back end).';
      if (w.kind === 'mock-wins')
        return 'Ignored while "Use the built-in mock API" (mock) is ticked: the elements then use the mock, never this address. Untick it on a live page.';
      if (w.kind === 'near-wins')
        return 'Ignored: when both are filled, "Start near" (near) wins: the locator starts there and does not search this text. Empty "Start near" to search it.';
      if (w.kind === 'unknown-store')
        return `The mock has no store ${w.id}: the preview will say it is not known. Keep it if your API has it.`;
      const one = w.ids.length === 1;
      if (w.kind === 'unknown-skus')
        return one
          ? `The mock has no product ${ids(w.ids)}: the preview will show its stock as unknown. Keep it if your API has it.`
          : `The mock has no products ${ids(w.ids)}: the preview will show their stock as unknown. Keep them if your API has them.`;
      return `${ids(w.ids)} ${one ? 'is not a service' : 'are not services'} of the mock (it knows ${ids(w.known)}): the preview will show no stores. Keep ${one ? 'it' : 'them'} if your API knows ${one ? 'it' : 'them'}.`;
    },
    errorCount: (n) => (n === 1 ? '1 field needs fixing.' : `${n} fields need fixing.`),
    fieldProblem: (label, message) => `${label}: ${afterColon(message, 'en')}`,
  },
  fr: {
    title: 'Configurer un élément',
    intro:
      'Choisissez un élément, remplissez ses réglages, vérifiez l’aperçu, puis copiez le code dans votre page. Tout fonctionne au clavier.',
    element: 'Élément',
    attributes: 'Réglages',
    scriptUrl: 'Adresse du script Aisle',
    scriptUrlHelp:
      'Où votre site héberge aisle.js : une URL https ou un chemin commençant par «\u00a0/\u00a0» (http seulement pour localhost ou 127.0.0.1, pour tester sur votre machine).',
    preview: 'Aperçu (données simulées)',
    previewInvalid: 'L’aperçu s’affiche quand les réglages sont valides.',
    previewStale:
      'Derniers réglages valides\u00a0: l’aperçu se met à jour quand tous les champs sont valides.',
    snippet: 'Code à coller',
    snippetHelp:
      'À coller une fois par page ; la balise script peut être omise si la page l’a déjà.',
    snippetHelpConfig:
      'Tels quels, ces réglages s’appliquent à tous les éléments Aisle de la page\u00a0; placez des éléments Aisle entre <aisle-config …> et </aisle-config> et ils ne s’appliquent qu’à eux.',
    snippetHelpElement:
      'Chaque page a aussi besoin, une fois, du code «\u00a0Réglages de la page\u00a0» avec l’adresse de votre API (ou «\u00a0Utiliser l’API simulée intégrée\u00a0» pour essayer sans serveur)\u00a0: sans lui, les éléments interrogent /aisle-api/v1 sur votre propre site.',
    copy: 'Copier le code',
    copied: 'Code copié.',
    copyFailed: 'La copie a échoué : sélectionnez le texte et copiez-le vous-même.',
    problem: (problem, field) =>
      ({
        required: 'Obligatoire.',
        sku: 'Une référence compte 1 à 64 lettres, chiffres, points, tirets, tirets bas ou barres obliques, et commence par une lettre ou un chiffre.',
        skus: 'Séparez les références par des virgules (1 à 64 lettres, chiffres, . _ - /, en commençant par une lettre ou un chiffre).',
        id: 'Un identifiant de magasin compte 1 à 256 caractères, sans espace autour, guillemets, barre oblique inverse ni < >.',
        integer: 'Saisissez un nombre entier.',
        number: 'Saisissez un nombre (avec un point pour les décimales).',
        range: range(field, 'fr'),
        latlng: 'Écrivez latitude,longitude en degrés, par ex. 48.8566,2.3522.',
        url: 'Saisissez une URL http(s) ou un chemin commençant par «\u00a0/\u00a0».',
        script: 'Saisissez une URL https ou un chemin commençant par «\u00a0/\u00a0».',
        insecure:
          'Utilisez https, pas http : les navigateurs bloquent un script http sur une page https, et n’importe qui sur le réseau pourrait le modifier. http n’est accepté que pour localhost et 127.0.0.1.',
        tiles: 'Saisissez une URL https contenant {z}, {x} et {y}.',
        email: 'Saisissez une adresse e-mail.',
        list: 'Séparez les mots par des virgules (lettres, chiffres, - et _).',
        enum: 'Choisissez une des options.',
        text: '200 caractères au plus, sans caractères de contrôle.',
      })[problem],
    warning: (w) => {
      if (w.kind === 'example-script')
        return 'C’est une adresse d’exemple, qui ne pointe vers aucun fichier\u00a0: remplacez-la par celle où votre site héberge aisle.js.';
      if (w.kind === 'example-api')
        return 'C’est une adresse d’exemple, qui ne pointe vers aucune API\u00a0: remplacez-la par l’adresse de votre API de disponibilité (ou cochez «\u00a0Utiliser l’API simulée intégrée\u00a0» pour essayer sans serveur).';
      if (w.kind === 'mock-wins')
        return 'Ignorée tant que la case «\u00a0Utiliser l’API simulée intégrée\u00a0» (mock) est cochée\u00a0: les éléments utilisent alors l’API simulée, jamais cette adresse. Décochez-la sur une page publique.';
      if (w.kind === 'near-wins')
        return 'Ignoré : quand les deux sont remplis, «\u00a0Centrer près de\u00a0» (near) l’emporte : le localisateur démarre à ce point sans chercher ce texte. Videz «\u00a0Centrer près de\u00a0» pour le chercher.';
      if (w.kind === 'unknown-store')
        return `L’API simulée n’a pas de magasin ${w.id}\u00a0: l’aperçu dira qu’il est inconnu. Gardez-le si votre API le connaît.`;
      const one = w.ids.length === 1;
      if (w.kind === 'unknown-skus')
        return one
          ? `L’API simulée n’a pas de produit ${ids(w.ids)}\u00a0: l’aperçu affichera son stock comme inconnu. Gardez-le si votre API le connaît.`
          : `L’API simulée n’a pas les produits ${ids(w.ids)}\u00a0: l’aperçu affichera leur stock comme inconnu. Gardez-les si votre API les connaît.`;
      return `${ids(w.ids)} ${one ? 'n’est pas un service' : 'ne sont pas des services'} de l’API simulée (qui connaît ${ids(w.known)})\u00a0: l’aperçu n’affichera aucun magasin. Gardez-${one ? 'le' : 'les'} si votre API ${one ? 'le' : 'les'} connaît.`;
    },
    errorCount: (n) => (n === 1 ? '1 champ à corriger.' : `${n} champs à corriger.`),
    fieldProblem: (label, message) => `${label}\u00a0: ${afterColon(message, 'fr')}`,
  },
};
