/**
 * Configuration values, their defaults and validation, and the page-wide `configure()` layer.
 * No DOM lookups here: finding an element's `<aisle-config>` is the controller's job
 * (src/internal/config-controller.ts), which hands the layers to `resolveConfig()`.
 */
import { missingProviderMethods, type AvailabilityProvider } from '../client/provider.js';
import type { FetchLike } from '../client/transport.js';
import { canonicalLocale } from '../i18n/locale.js';

export type Persist = 'local' | 'session' | 'none';
export type GeocoderName = 'local' | 'ban' | 'photon';
export type Theme = 'auto' | 'light' | 'dark';

export interface AisleConfigValues {
  /** Base URL of the availability API (absolute, or relative to the page). */
  api: string;
  /** Bearer token sent as `Authorization: Bearer <key>`, only with the `api` given beside it. */
  apiKey: string | undefined;
  /** Locale used when neither the element nor the document says one. */
  locale: string | undefined;
  /** Where the shopper's chosen store is remembered. */
  persist: Persist;
  /** Which geocoder turns an address into a point. */
  geocoder: GeocoderName;
  /** Use the built-in mock API instead of the network. */
  mock: boolean;
  /** Colour scheme: follow the OS (`auto`) or force one. */
  theme: Theme;
}

/** What callers may pass: any subset, loosely typed (attributes arrive as strings). */
export type ConfigInput = { [K in keyof AisleConfigValues]?: unknown };

export const DEFAULT_CONFIG: Readonly<AisleConfigValues> = Object.freeze({
  api: '/aisle-api/v1',
  apiKey: undefined,
  locale: undefined,
  persist: 'local',
  geocoder: 'local',
  mock: false,
  theme: 'auto',
});

/** Attribute name of each key, on elements and on `<aisle-config>`. */
export const CONFIG_ATTRIBUTES: Record<keyof AisleConfigValues, string> = {
  api: 'api',
  apiKey: 'api-key',
  locale: 'locale',
  persist: 'persist',
  geocoder: 'geocoder',
  mock: 'mock',
  theme: 'theme',
};

const CONFIG_KEYS = Object.keys(CONFIG_ATTRIBUTES) as Array<keyof AisleConfigValues>;

const INVALID = Symbol('invalid');
type Parsed<T> = T | typeof INVALID;

function oneOf<T extends string>(allowed: readonly T[]) {
  return (raw: unknown): Parsed<T> =>
    typeof raw === 'string' && (allowed as readonly string[]).includes(raw.trim().toLowerCase())
      ? (raw.trim().toLowerCase() as T)
      : INVALID;
}

/**
 * `value`, trimmed, when it is an http(s) URL or an explicit path ("/api", "./api", "../api"):
 * undefined for anything else (`javascript:`, `data:`, a bare word, which would resolve as a
 * relative path). For the `api` setting and the reserve button's `terms-url`.
 */
export function httpUrl(value: string): string | undefined {
  const url = value.trim();
  try {
    // The document's base URL, not `location`: a CMS preview in a `srcdoc` frame is at
    // "about:srcdoc", which nothing resolves against; its base URL is its parent's.
    const base = typeof document === 'undefined' ? 'http://localhost/' : document.baseURI;
    if (/^https?:$/.test(new URL(url, base).protocol) && /^(https?:\/\/|\/|\.\.?\/)/i.test(url))
      return url;
  } catch {
    // not a URL
  }
  return undefined;
}

function parseApi(raw: unknown): Parsed<string> {
  const url = typeof raw === 'string' && httpUrl(raw);
  return url ? url.replace(/\/+$/, '') : INVALID;
}

function parseBoolean(raw: unknown): Parsed<boolean> {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'string') {
    const v = raw.trim().toLowerCase();
    // An attribute that is present with no value ("<aisle-config mock>") means true.
    if (v === '' || v === 'true' || v === 'mock' || v === '1') return true;
    if (v === 'false' || v === '0') return false;
  }
  return INVALID;
}

const PARSERS: { [K in keyof AisleConfigValues]: (raw: unknown) => Parsed<AisleConfigValues[K]> } =
  {
    api: parseApi,
    apiKey: (raw) => (typeof raw === 'string' && raw.trim() ? raw.trim() : INVALID),
    locale: (raw) => (typeof raw === 'string' ? (canonicalLocale(raw) ?? INVALID) : INVALID),
    persist: oneOf<Persist>(['local', 'session', 'none']),
    geocoder: oneOf<GeocoderName>(['local', 'ban', 'photon']),
    mock: parseBoolean,
    theme: oneOf<Theme>(['auto', 'light', 'dark']),
  };

const warned = new Set<string>();

/** One console warning per distinct problem, however many elements meet it. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[aisle] ${message}`);
}

/** Validates one raw value; an invalid one warns once and yields `undefined` (fall through). */
export function parseConfigValue<K extends keyof AisleConfigValues>(
  key: K,
  raw: unknown,
  source: string,
): AisleConfigValues[K] | undefined {
  if (raw === undefined || raw === null) return undefined;
  const parsed = PARSERS[key](raw);
  if (parsed === INVALID) {
    warnOnce(
      `Ignoring ${source} ${CONFIG_ATTRIBUTES[key]}=${JSON.stringify(raw)}: ${describe(key)}. ` +
        `Using the next source instead.`,
    );
    return undefined;
  }
  return parsed;
}

function describe(key: keyof AisleConfigValues): string {
  switch (key) {
    case 'api':
      return 'expected an http(s) URL or a path starting with "/"';
    case 'persist':
      return 'expected "local", "session" or "none"';
    case 'geocoder':
      return 'expected "local", "ban" or "photon"';
    case 'theme':
      return 'expected "auto", "light" or "dark"';
    case 'mock':
      return 'expected a boolean';
    case 'locale':
      return 'expected a BCP 47 language tag such as "fr-FR"';
    default:
      return 'expected a non-empty string';
  }
}

/** A layer of configuration: validated values plus a name for warnings. */
export interface ConfigLayer {
  source: string;
  values: ConfigInput;
}

/**
 * Merges layers in priority order (first wins per key); invalid values warn and fall through to
 * the next layer, then to the defaults. An API key goes only with the `api` it was given beside
 * (or under): one from a layer below the layer that set `api`, such as a retailer's page-wide key
 * under a merchant widget's own `api`, is not sent, and a warning says so.
 */
export function resolveConfig(layers: ConfigLayer[]): AisleConfigValues {
  const out = { ...DEFAULT_CONFIG } as AisleConfigValues;
  let apiAt = layers.length;
  for (const key of CONFIG_KEYS) {
    for (const [i, layer] of layers.entries()) {
      const value = parseConfigValue(key, layer.values[key], layer.source);
      if (value === undefined) continue;
      if (key === 'api') apiAt = i;
      if (key === 'apiKey' && i > apiAt)
        warnOnce(`Not sending ${layer.source} api-key to another api: ${out.api}`);
      else (out as unknown as Record<string, unknown>)[key] = value;
      break;
    }
  }
  return out;
}

/**
 * Values only JavaScript can give (no attribute form): a retailer's own provider object, or their
 * own `fetch` for the REST provider. Page-wide; read by `clientFor()`.
 */
export interface RuntimeConfig {
  provider?: AvailabilityProvider;
  fetch?: FetchLike;
}

/**
 * What `configure()` accepts: the attribute-backed values, each in its own type, plus the
 * JavaScript-only ones; `undefined` unsets a key. (Values are still checked at run time, for
 * JavaScript callers: a bad one warns and is ignored.)
 */
export type ConfigureInput = {
  [K in keyof AisleConfigValues]?: AisleConfigValues[K] | undefined;
} & { [K in keyof RuntimeConfig]?: RuntimeConfig[K] | undefined };

let globalConfig: ConfigInput = {};
let runtime: RuntimeConfig = {};
/**
 * Who hears a configuration change: one set for the page, shared by every copy of Aisle (like the
 * shopper's store), since `<aisle-config>` is defined by one copy and configures the elements of
 * all. Keep its contract (a `Set` of functions with no arguments) stable; change the key if not.
 */
const listeners: Set<() => void> = ((globalThis as unknown as Record<symbol, Set<() => void>>)[
  Symbol.for('aisle.config-change-listeners.v1')
] ??= new Set());

/** Validates a JavaScript-only value; a bad one warns once and is ignored. */
function setRuntime(key: keyof RuntimeConfig, value: unknown): void {
  if (value === undefined) {
    runtime = { ...runtime };
    delete runtime[key];
    return;
  }
  if (key === 'fetch') {
    if (typeof value === 'function') runtime = { ...runtime, fetch: value as FetchLike };
    else warnOnce('configure(): ignoring "fetch": expected a function.');
    return;
  }
  const missing = missingProviderMethods(value);
  if (missing.length === 0) runtime = { ...runtime, provider: value as AvailabilityProvider };
  else warnOnce(`configure(): ignoring "provider": it lacks ${missing.join(', ')}.`);
}

/**
 * Page-wide configuration from JavaScript. Lower priority than `<aisle-config>` and element
 * attributes. Unknown keys are reported and ignored. Calls merge; pass `undefined` to unset a key.
 * Also takes the JavaScript-only `provider` and `fetch` (see `RuntimeConfig`). Its `apiKey` goes
 * only with its own `api` (or the default): not to an `api` set by `<aisle-config>` or an element.
 */
export function configure(values: ConfigureInput): void {
  const next: ConfigInput = { ...globalConfig };
  // A tag manager's `Aisle.configure()` with nothing (or null) changes nothing, and throws nothing.
  for (const [key, value] of Object.entries(values || {})) {
    if (key === 'provider' || key === 'fetch') {
      setRuntime(key, value);
      continue;
    }
    if (!Object.hasOwn(CONFIG_ATTRIBUTES, key)) {
      warnOnce(`configure(): unknown option "${key}" ignored.`);
      continue;
    }
    const k = key as keyof AisleConfigValues;
    if (value === undefined) delete next[k];
    else if (parseConfigValue(k, value, 'configure()') !== undefined) next[k] = value;
  }
  globalConfig = next;
  notifyConfigChange();
}

/** The values given to `configure()` so far. */
export function globalConfigLayer(): ConfigLayer {
  return { source: 'configure()', values: globalConfig };
}

/** The JavaScript-only values given to `configure()` so far. */
export function runtimeConfig(): Readonly<RuntimeConfig> {
  return runtime;
}

/**
 * Subscribes to configuration changes (from `configure()` or any `<aisle-config>`, whichever copy
 * of Aisle defined it).
 */
export function onConfigChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyConfigChange(): void {
  for (const listener of [...listeners]) listener();
}

/** Test hook: forget `configure()` values and warnings. @internal */
export function resetConfigForTests(): void {
  globalConfig = {};
  runtime = {};
  warned.clear();
  notifyConfigChange();
}
