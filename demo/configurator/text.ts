/** The configurator's own words, in English and French (field labels live with the fields). */
import type { Problem } from './check.js';
import type { Field, Lang } from './fields.js';

export interface UiText {
  title: string;
  intro: string;
  element: string;
  attributes: string;
  scriptUrl: string;
  scriptUrlHelp: string;
  preview: string;
  previewInvalid: string;
  snippet: string;
  snippetHelp: string;
  copy: string;
  copied: string;
  copyFailed: string;
  problem: (problem: Problem, field: Field) => string;
  errorCount: (n: number) => string;
}

const range = (field: Field, lang: Lang) =>
  lang === 'fr'
    ? `Entre ${field.min ?? '…'} et ${field.max ?? '…'}.`
    : `Between ${field.min ?? '…'} and ${field.max ?? '…'}.`;

export const UI: Record<Lang, UiText> = {
  en: {
    title: 'Configure an element',
    intro:
      'Pick an element, fill in its settings, check the preview, then copy the snippet into your page. Everything works with the keyboard.',
    element: 'Element',
    attributes: 'Settings',
    scriptUrl: 'Aisle script address',
    scriptUrlHelp: 'Where your site serves aisle.js (https URL or a path starting with "/").',
    preview: 'Preview (mock data)',
    previewInvalid: 'The preview appears once the settings are valid.',
    snippet: 'Snippet to paste',
    snippetHelp:
      'Paste it once per page; the script tag can be left out if the page already has it.',
    copy: 'Copy the snippet',
    copied: 'Snippet copied.',
    copyFailed: 'Copy failed: select the text and copy it yourself.',
    problem: (problem, field) =>
      ({
        required: 'Required.',
        sku: 'A SKU is 1 to 64 letters, digits, dots, dashes, underscores or slashes.',
        skus: 'Write SKUs separated by commas, each 1 to 64 letters, digits, . _ - /.',
        id: 'A store id is 1 to 64 letters, digits, dots, dashes or underscores.',
        integer: 'Enter a whole number.',
        number: 'Enter a number (use a dot for decimals).',
        range: range(field, 'en'),
        latlng: 'Write latitude,longitude in degrees, e.g. 48.8566,2.3522.',
        url: 'Enter an http(s) URL or a path starting with "/".',
        tiles: 'Enter an https URL containing {z}, {x} and {y}.',
        email: 'Enter an email address.',
        list: 'Write words separated by commas (letters, digits, - and _).',
        enum: 'Pick one of the choices.',
        text: 'At most 200 characters, no control characters.',
      })[problem],
    errorCount: (n) => (n === 1 ? '1 field needs fixing.' : `${n} fields need fixing.`),
  },
  fr: {
    title: 'Configurer un élément',
    intro:
      'Choisissez un élément, remplissez ses réglages, vérifiez l’aperçu, puis copiez le code dans votre page. Tout fonctionne au clavier.',
    element: 'Élément',
    attributes: 'Réglages',
    scriptUrl: 'Adresse du script Aisle',
    scriptUrlHelp: 'Où votre site sert aisle.js (URL https ou chemin commençant par « / »).',
    preview: 'Aperçu (données simulées)',
    previewInvalid: 'L’aperçu s’affiche quand les réglages sont valides.',
    snippet: 'Code à coller',
    snippetHelp:
      'À coller une fois par page ; la balise script peut être omise si la page l’a déjà.',
    copy: 'Copier le code',
    copied: 'Code copié.',
    copyFailed: 'La copie a échoué : sélectionnez le texte et copiez-le vous-même.',
    problem: (problem, field) =>
      ({
        required: 'Obligatoire.',
        sku: 'Une référence compte 1 à 64 lettres, chiffres, points, tirets, tirets bas ou barres obliques.',
        skus: 'Séparez les références par des virgules (1 à 64 lettres, chiffres, . _ - /).',
        id: 'Un identifiant de magasin compte 1 à 64 lettres, chiffres, points, tirets ou tirets bas.',
        integer: 'Saisissez un nombre entier.',
        number: 'Saisissez un nombre (avec un point pour les décimales).',
        range: range(field, 'fr'),
        latlng: 'Écrivez latitude,longitude en degrés, par ex. 48.8566,2.3522.',
        url: 'Saisissez une URL http(s) ou un chemin commençant par « / ».',
        tiles: 'Saisissez une URL https contenant {z}, {x} et {y}.',
        email: 'Saisissez une adresse e-mail.',
        list: 'Séparez les mots par des virgules (lettres, chiffres, - et _).',
        enum: 'Choisissez une des options.',
        text: '200 caractères au plus, sans caractères de contrôle.',
      })[problem],
    errorCount: (n) => (n === 1 ? '1 champ à corriger.' : `${n} champs à corriger.`),
  },
};
