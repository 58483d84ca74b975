/**
 * Builds the snippet and the preview with DOM APIs, never by pasting user input into HTML:
 * attributes are set with setAttribute and the markup comes from the browser's own serializer,
 * which escapes attribute values.
 */
import { check } from './check.js';
import type { ElementSpec } from './fields.js';

export type Values = Record<string, string>;

/** Attributes the element gets: valid, non-empty values only; booleans as present/absent. */
export function attributesOf(spec: ElementSpec, values: Values): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const field of spec.fields) {
    const value = (values[field.attribute] ?? '').trim();
    if (field.kind === 'boolean') {
      if (value === 'true') out.push([field.attribute, '']);
    } else if (value && check(field, value) === null) {
      out.push([field.attribute, value]);
    }
  }
  return out;
}

/**
 * Creates the element in `doc` with its attributes. Pass an inert document (see `snippet`) to
 * build markup without running or upgrading anything.
 */
export function createConfigured(doc: Document, spec: ElementSpec, values: Values): HTMLElement {
  const element = doc.createElement(spec.tag);
  for (const [name, value] of attributesOf(spec, values)) element.setAttribute(name, value);
  return element;
}

/** The markup to paste: the module script tag (when a URL is given), then the element. */
export function snippet(spec: ElementSpec, values: Values, scriptUrl: string): string {
  // An inert document: its elements never upgrade and its scripts never run.
  const doc = document.implementation.createHTMLDocument('');
  const lines: string[] = [];
  if (scriptUrl.trim()) {
    const script = doc.createElement('script');
    script.type = 'module';
    script.setAttribute('src', scriptUrl.trim());
    lines.push(script.outerHTML);
  }
  lines.push(createConfigured(doc, spec, values).outerHTML);
  return lines.join('\n');
}
