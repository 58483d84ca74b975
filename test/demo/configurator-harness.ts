/**
 * Mounting the configurator for its tests, and reading it as an editor does: the fields, their
 * problems, the snippet. `root`, `cfg` and `copied` are the mounted page, its handle and what the
 * copy button copied, live bindings set by `mount()`.
 */
import { fixture, html } from '@open-wc/testing';
import { mountConfigurator, type Configurator } from '../../demo/configurator/form.js';
import '../../src/index.js';
import '../helpers/mock-api.js';

export const HOSTILE = `"><script>alert(1)</script><img src=x onerror="alert(2)"> & 'quotes'`;

export let root: HTMLElement;
export let cfg: Configurator;
export let copied: string[];

export async function mount(lang: 'en' | 'fr' = 'en'): Promise<void> {
  root = await fixture(html`<div></div>`);
  copied = [];
  cfg = mountConfigurator(root, {
    lang,
    copy: async (text) => {
      copied.push(text);
    },
  });
}

export const $ = <T extends HTMLElement = HTMLInputElement>(selector: string): T =>
  root.querySelector<T>(selector)!;

/** Types a value the way a user does: the field changes and fires `input`. */
export function fill(attribute: string, value: string): void {
  const input = $(`#cfg-${attribute}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export function choose(tag: string): void {
  const radio = $(`#cfg-element-${tag}`);
  radio.click();
}

export const errorOf = (attribute: string) => $(`#cfg-${attribute}-error`).textContent ?? '';
export const snippetText = () => $<HTMLTextAreaElement>('#cfg-snippet').value;

/** Parses the snippet as a browser would (inertly) and returns its elements. */
export function parsed(): Element[] {
  const doc = new DOMParser().parseFromString(snippetText(), 'text/html');
  return [...doc.querySelectorAll('*')].filter(
    (el) => !['HTML', 'HEAD', 'BODY'].includes(el.tagName),
  );
}

afterEach(() => {
  cfg?.destroy();
  document.documentElement.lang = 'en';
});
