/**
 * What the preview box shows: the configured element itself, on the mock API. Page settings wrap a
 * sample badge, so the preview shows what they do to the elements placed inside them.
 */
import type { ElementSpec } from './fields.js';
import { createConfigured, type Values } from './snippet.js';

/** The product the page-settings preview shows. */
export const SAMPLE_SKU = 'AISLE-0065';

/**
 * The theme of the preview's surface: the one page settings force, so a dark badge is seen on a
 * dark page as on the editor's site; '' (the configurator page's own surface) for "auto".
 */
export function previewTheme(spec: ElementSpec, values: Values): '' | 'light' | 'dark' {
  const theme = spec.tag === 'aisle-config' ? values['theme'] : '';
  return theme === 'light' || theme === 'dark' ? theme : '';
}

export function previewElement(spec: ElementSpec, values: Values, previewApi: string): HTMLElement {
  const element = createConfigured(document, spec, values);
  if (spec.tag !== 'aisle-config') return element;
  // The preview never calls the real API: it runs on the mock whatever the editor typed.
  element.setAttribute('api', previewApi);
  element.removeAttribute('api-key');
  element.removeAttribute('mock');
  // No theme means "follow the page", not the theme the demo page's own <aisle-config> was given.
  if (!element.hasAttribute('theme')) element.setAttribute('theme', 'auto');
  // `locale` applies on pages that do not say their language. The configurator does (its own
  // language switch), so the preview shows a page that does not: the chosen locale as `lang`.
  const locale = element.getAttribute('locale');
  if (locale) element.setAttribute('lang', locale);
  // Inside the config, so they get its settings (outside, the page's first config would win).
  const badge = document.createElement('aisle-stock-badge');
  badge.setAttribute('sku', SAMPLE_SKU);
  element.append(badge);
  return element;
}
