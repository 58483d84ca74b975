/**
 * The configurator: pick an element, fill its attributes (checked as you type), see it live on the
 * mock API, copy the snippet. Plain DOM and native controls, so it works by keyboard alone and with
 * screen readers; every label and help text follows the page language (English or French).
 */
import { check } from './check.js';
import { ELEMENTS, type ElementSpec, type Field, type Lang } from './fields.js';
import { previewElement, previewTheme } from './preview.js';
import { snippet, type Values } from './snippet.js';
import { UI } from './text.js';
import { EXAMPLE_SCRIPT, scriptWarning, warningsFor } from './warnings.js';

export interface ConfiguratorOptions {
  /** Starting language; afterwards the configurator follows `<html lang>`. */
  lang?: Lang;
  /** Script address the snippet starts with. */
  scriptUrl?: string;
  /** Puts text on the clipboard (tests pass their own). */
  copy?: (text: string) => Promise<void>;
  /** API the preview uses (the mock). */
  previewApi?: string;
}

export interface Configurator {
  /** The element being configured. */
  readonly spec: ElementSpec;
  readonly lang: Lang;
  /** The current snippet ('' while a field is invalid). */
  readonly snippet: string;
  setLang(lang: Lang): void;
  destroy(): void;
}

const SCRIPT_FIELD: Field = {
  attribute: 'script',
  kind: 'script',
  required: true,
  label: { en: '', fr: '' },
  help: { en: '', fr: '' },
};

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

async function clipboardCopy(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

const langOf = (value: string | null | undefined): Lang =>
  value?.toLowerCase().startsWith('fr') ? 'fr' : 'en';

export function mountConfigurator(
  root: HTMLElement,
  options: ConfiguratorOptions = {},
): Configurator {
  let lang: Lang = options.lang ?? langOf(document.documentElement.lang);
  let spec: ElementSpec = ELEMENTS[0]!;
  let scriptUrl = options.scriptUrl ?? EXAMPLE_SCRIPT;
  let current = '';
  /** The invalid field the status region names: the last one edited while invalid. */
  let named = '';
  /** What the copy button last did; cleared when the snippet changes. */
  let status: '' | 'copied' | 'copyFailed' = '';
  const copy = options.copy ?? clipboardCopy;
  const previewApi = options.previewApi ?? '/aisle-api/v1';
  // Values per element, kept when the editor switches back and forth.
  const values = new Map<ElementSpec, Values>(
    ELEMENTS.map((s) => [
      s,
      Object.fromEntries(s.fields.map((f) => [f.attribute, f.initial ?? ''])),
    ]),
  );

  const fieldId = (attribute: string) => `cfg-${attribute}`;

  function control(field: Field, value: string): HTMLElement {
    const id = fieldId(field.attribute);
    const described = `${id}-help ${id}-error ${id}-warning`;
    if (field.kind === 'boolean') {
      const box = h('input', {
        type: 'checkbox',
        id,
        name: field.attribute,
        'aria-describedby': described,
      });
      box.checked = value === 'true';
      return box;
    }
    if (field.kind === 'enum') {
      const select = h('select', { id, name: field.attribute, 'aria-describedby': described });
      for (const option of field.options ?? []) {
        select.append(h('option', { value: option.value }, option.label[lang]));
      }
      select.value = value;
      return select;
    }
    const numeric = field.kind === 'integer' || field.kind === 'number';
    const input = h('input', {
      id,
      name: field.attribute,
      type: field.kind === 'email' ? 'email' : 'text',
      inputmode: numeric ? 'decimal' : undefined,
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': described,
      'aria-required': field.required ? 'true' : undefined,
    });
    input.value = value;
    return input;
  }

  function fieldRow(field: Field, value: string, label: string, help: string): HTMLElement {
    const id = fieldId(field.attribute);
    const labelEl = h(
      'label',
      { for: id },
      label,
      field.required ? h('span', { 'aria-hidden': 'true' }, ' *') : '',
    );
    const parts: Array<Node> = [control(field, value)];
    const row = h('div', { class: `cfg-field cfg-${field.kind === 'boolean' ? 'check' : 'text'}` });
    if (field.kind === 'boolean') row.append(...parts, labelEl);
    else row.append(labelEl, ...parts);
    row.append(
      h('p', { id: `${id}-help`, class: 'cfg-help' }, help),
      h('p', { id: `${id}-error`, class: 'cfg-error' }),
      h('p', { id: `${id}-warning`, class: 'cfg-warning' }),
    );
    return row;
  }

  function render(): void {
    const t = UI[lang];
    const focused =
      document.activeElement instanceof HTMLElement && root.contains(document.activeElement)
        ? document.activeElement.id
        : '';
    root.replaceChildren();
    root.lang = lang;

    const picker = h('fieldset', { class: 'cfg-picker' }, h('legend', {}, t.element));
    for (const candidate of ELEMENTS) {
      const id = `cfg-element-${candidate.tag}`;
      const radio = h('input', {
        type: 'radio',
        name: 'cfg-element',
        id,
        value: candidate.tag,
        'aria-describedby': `${id}-summary`,
      });
      radio.checked = candidate === spec;
      picker.append(
        h(
          'div',
          { class: 'cfg-choice' },
          radio,
          h('label', { for: id }, candidate.label[lang], ' ', h('code', {}, `<${candidate.tag}>`)),
          h('p', { id: `${id}-summary`, class: 'cfg-help' }, candidate.summary[lang]),
        ),
      );
    }

    const settings = h(
      'fieldset',
      { class: 'cfg-settings' },
      // French puts a no-break space before the colon.
      h('legend', {}, `${t.attributes}${lang === 'fr' ? '\u00a0' : ''}: ${spec.label[lang]}`),
    );
    const own = values.get(spec)!;
    for (const field of spec.fields) {
      settings.append(
        fieldRow(field, own[field.attribute] ?? '', field.label[lang], field.help[lang]),
      );
    }
    settings.append(fieldRow(SCRIPT_FIELD, scriptUrl, t.scriptUrl, t.scriptUrlHelp));

    const form = h(
      'form',
      { class: 'cfg-form', novalidate: '', 'aria-labelledby': 'cfg-title' },
      picker,
      settings,
    );
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', onInput);
    form.addEventListener('change', onInput);

    const previewBox = h('div', { id: 'cfg-preview', class: 'cfg-preview' });
    const textarea = h('textarea', {
      id: 'cfg-snippet',
      readonly: '',
      rows: '5',
      spellcheck: 'false',
      'aria-describedby': 'cfg-snippet-help',
    });
    const copyButton = h('button', { type: 'button', id: 'cfg-copy' }, t.copy);
    copyButton.addEventListener('click', onCopy);

    root.append(
      h('h2', { id: 'cfg-title' }, t.title),
      h('p', {}, t.intro),
      form,
      h('p', { id: 'cfg-summary', class: 'cfg-summary', role: 'status' }),
      h(
        'section',
        { 'aria-labelledby': 'cfg-preview-title' },
        h('h3', { id: 'cfg-preview-title' }, t.preview),
        previewBox,
      ),
      h(
        'section',
        { 'aria-labelledby': 'cfg-snippet-label' },
        h('h3', {}, h('label', { id: 'cfg-snippet-label', for: 'cfg-snippet' }, t.snippet)),
        h(
          'p',
          { id: 'cfg-snippet-help', class: 'cfg-help' },
          `${t.snippetHelp} ${spec.tag === 'aisle-config' ? t.snippetHelpConfig : t.snippetHelpElement}`,
        ),
        textarea,
        h(
          'div',
          { class: 'cfg-actions' },
          copyButton,
          h('span', { id: 'cfg-copy-status', role: 'status' }, status && t[status]),
        ),
      ),
    );
    update(true);
    if (focused) document.getElementById(focused)?.focus();
  }

  /** Checks every field, shows the problems, refreshes the snippet and (when it changed) the preview. */
  function update(force = false, edited = ''): void {
    const t = UI[lang];
    const own = values.get(spec)!;
    const warnings = warningsFor(spec, own);
    let problems = 0;
    let said = '';
    for (const field of [...spec.fields, SCRIPT_FIELD]) {
      const value = field === SCRIPT_FIELD ? scriptUrl.trim() : (own[field.attribute] ?? '').trim();
      const problem = check(field, value);
      const input = root.querySelector<HTMLElement>(`#${fieldId(field.attribute)}`);
      const error = root.querySelector<HTMLElement>(`#${fieldId(field.attribute)}-error`);
      if (problem) problems += 1;
      if (problem && field.attribute === edited) named = edited;
      else if (!problem && field.attribute === named) named = '';
      if (problem && field.attribute === named) {
        const label = field === SCRIPT_FIELD ? t.scriptUrl : field.label[lang];
        said = t.fieldProblem(label, t.problem(problem, field));
      }
      input?.setAttribute('aria-invalid', String(problem !== null));
      if (error) error.textContent = problem ? t.problem(problem, field) : '';
      const warning = root.querySelector(`#${fieldId(field.attribute)}-warning`);
      const found =
        field === SCRIPT_FIELD ? scriptWarning(scriptUrl) : warnings.get(field.attribute);
      if (warning) warning.textContent = found ? t.warning(found) : '';
    }
    const summary = root.querySelector('#cfg-summary');
    // The field being fixed and its own error, then how many fields need fixing.
    const count = problems > (said ? 1 : 0) ? t.errorCount(problems) : '';
    const words = [said, count].filter(Boolean).join(' ');
    // Only new words: a status region given the same words again may be read again, each key.
    if (summary && summary.textContent !== words) summary.textContent = words;
    const next = problems ? '' : snippet(spec, own, scriptUrl);
    const textarea = root.querySelector<HTMLTextAreaElement>('#cfg-snippet');
    const copyButton = root.querySelector<HTMLButtonElement>('#cfg-copy');
    if (textarea) textarea.value = next;
    if (copyButton) copyButton.disabled = !next;
    if (next !== current) {
      // "Snippet copied." was about the previous snippet.
      status = '';
      const statusEl = root.querySelector('#cfg-copy-status');
      if (statusEl) statusEl.textContent = '';
    }
    if (next !== current || force) {
      current = next;
      renderPreview(problems > 0);
    }
  }

  /**
   * While a field is invalid, the last valid preview stays, dimmed and inert (out of the
   * accessibility tree and of the Tab order) beside a note: typing "48.8566,2.3522" blanked it
   * at every in-between keystroke.
   */
  function renderPreview(invalid: boolean): void {
    const box = root.querySelector('#cfg-preview');
    if (!box) return;
    const stage = box.querySelector<HTMLElement>('.cfg-preview-stage');
    if (invalid) {
      if (!stage) box.replaceChildren(h('p', { class: 'cfg-help' }, UI[lang].previewInvalid));
      else if (!stage.inert) {
        stage.inert = true;
        box.prepend(h('p', { class: 'cfg-help' }, UI[lang].previewStale));
      }
      return;
    }
    const theme = previewTheme(spec, values.get(spec)!);
    if (theme) box.setAttribute('data-theme', theme);
    else box.removeAttribute('data-theme');
    const element = previewElement(spec, values.get(spec)!, previewApi);
    box.replaceChildren(h('div', { class: 'cfg-preview-stage' }, element));
  }

  function onInput(event: Event): void {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.name === 'cfg-element') {
      if (event.type !== 'change') return;
      spec = ELEMENTS.find((s) => s.tag === target.value) ?? spec;
      status = '';
      named = '';
      render();
      return;
    }
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    const value =
      target instanceof HTMLInputElement && target.type === 'checkbox'
        ? String(target.checked)
        : target.value;
    if (target.name === 'script') scriptUrl = value;
    else values.get(spec)![target.name] = value;
    update(false, target.name);
  }

  async function onCopy(): Promise<void> {
    const text = current;
    if (!text) return;
    try {
      await copy(text);
      status = 'copied';
    } catch {
      root.querySelector<HTMLTextAreaElement>('#cfg-snippet')?.select();
      status = 'copyFailed';
    }
    // The snippet may have changed while the clipboard was busy: then the status is stale.
    if (text !== current) status = '';
    const statusEl = root.querySelector('#cfg-copy-status');
    if (statusEl) statusEl.textContent = status && UI[lang][status];
  }

  const observer = new MutationObserver(() => {
    const next = langOf(document.documentElement.lang);
    if (next !== lang) {
      lang = next;
      render();
    }
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });

  render();

  return {
    get spec() {
      return spec;
    },
    get lang() {
      return lang;
    },
    get snippet() {
      return current;
    },
    setLang(next: Lang) {
      lang = next;
      status = '';
      render();
    },
    destroy() {
      observer.disconnect();
      root.replaceChildren();
    },
  };
}
