/** Loads api/openapi.yaml and validates responses against the operation's declared answers. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const CONTRACT = fileURLToPath(new URL('../../api/openapi.yaml', import.meta.url));

const pointer = (...parts) =>
  parts.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** Every object schema with properties gets `additionalProperties: false`. */
function tighten(node) {
  if (Array.isArray(node)) node.forEach(tighten);
  else if (node && typeof node === 'object') {
    if (node.type === 'object' && node.properties && !('additionalProperties' in node)) {
      node.additionalProperties = false;
    }
    Object.values(node).forEach(tighten);
  }
}

export function loadContract({ strict = false } = {}) {
  const doc = parse(readFileSync(CONTRACT, 'utf8'));
  if (strict) tighten(doc.components.schemas);
  const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true });
  addFormats(ajv);
  ajv.addSchema(doc, 'openapi.json');
  const cache = new Map();
  const compile = (ref) => {
    if (!cache.has(ref)) cache.set(ref, ajv.compile({ $ref: `openapi.json#${ref}` }));
    return cache.get(ref);
  };
  /** Errors of a response against the operation's declared answer for its status. */
  function validate(path, method, res) {
    const op = doc.paths[path]?.[method.toLowerCase()];
    if (!op) return [`no operation ${method} ${path} in the contract`];
    let declared = op.responses[String(res.status)];
    let base = `/${pointer('paths', path, method.toLowerCase(), 'responses', String(res.status))}`;
    if (!declared) return [`status ${res.status} is not declared for ${method} ${path}`];
    if (declared.$ref) {
      base = declared.$ref.slice(1);
      declared = declared.$ref
        .slice(2)
        .split('/')
        .reduce((o, k) => o[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
    }
    if (!declared.content) return res.text ? [`status ${res.status} must have no body`] : [];
    const type = (res.headers.get('content-type') ?? '').split(';')[0].trim();
    if (!declared.content[type]) {
      return [`content type "${type}" is not ${Object.keys(declared.content).join(' or ')}`];
    }
    if (res.body === undefined) return ['the body is not JSON'];
    const check = compile(`${base}/${pointer('content', type, 'schema')}`);
    if (check(res.body)) return [];
    return describeErrors(check.errors);
  }
  /** The key of the envelope a list answer comes in (`stores` for `{"stores": [...]}`), if any. */
  function envelopeOf(path, method, status) {
    const resolve = (node) =>
      node?.$ref
        ? resolve(
            node.$ref
              .slice(2)
              .split('/')
              .reduce((o, k) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc),
          )
        : node;
    const answer = resolve(doc.paths[path]?.[method.toLowerCase()]?.responses[String(status)]);
    const schema = resolve(answer?.content?.['application/json']?.schema);
    const [key, ...more] = schema?.type === 'object' ? (schema.required ?? []) : [];
    return key && !more.length && resolve(schema.properties?.[key])?.type === 'array'
      ? key
      : undefined;
  }
  /** The contract's own examples against their schemas. */
  function selfCheck() {
    const errors = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        for (const [status, r] of Object.entries(op.responses ?? {})) {
          for (const [type, media] of Object.entries(r.content ?? {})) {
            const examples = [
              ...(media.example !== undefined ? [media.example] : []),
              ...Object.values(media.examples ?? {}).map((e) =>
                e.$ref ? doc.components.examples[e.$ref.split('/').pop()].value : e.value,
              ),
            ];
            const check = compile(
              `/${pointer('paths', path, method, 'responses', status, 'content', type, 'schema')}`,
            );
            for (const ex of examples) {
              if (!check(ex))
                errors.push(`${method} ${path} ${status}: ${ajv.errorsText(check.errors)}`);
            }
          }
        }
      }
    }
    return errors;
  }
  return { doc, validate, selfCheck, envelopeOf };
}

const show = (value) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
};
const kind = (value) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
const article = (type) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/**
 * Ajv's errors as an integrator reads them: the value sent and what the contract expects
 * ("/availability/0/status is "available"; expected one of in_stock, low_stock, out_of_stock"),
 * a required property's name, one line per place for properties missing or unnamed.
 */
export function describeErrors(errors) {
  const lines = [];
  const grouped = new Map();
  const group = (key, item) => {
    if (!grouped.has(key)) {
      grouped.set(key, []);
      lines.push(key);
    }
    grouped.get(key).push(item);
  };
  for (const e of errors) {
    const at = e.instancePath || '$';
    const p = e.params ?? {};
    if (e.keyword === 'required') group(`${at} lacks`, p.missingProperty);
    else if (e.keyword === 'additionalProperties') group(`${at} has`, p.additionalProperty);
    else if (e.keyword === 'enum')
      lines.push(`${at} is ${show(e.data)}; expected one of ${p.allowedValues.join(', ')}`);
    else if (e.keyword === 'const')
      lines.push(`${at} is ${show(e.data)}; expected ${show(p.allowedValue)}`);
    else if (e.keyword === 'type')
      lines.push(
        `${at} is ${kind(e.data)}; expected ${[].concat(p.type).map(article).join(' or ')}`,
      );
    else if (e.keyword === 'format') lines.push(`${at} is ${show(e.data)}; expected a ${p.format}`);
    else if (e.keyword === 'pattern')
      lines.push(`${at} is ${show(e.data)}; expected to match ${p.pattern}`);
    else if (['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'].includes(e.keyword))
      lines.push(`${at} is ${show(e.data)}; expected ${p.comparison} ${p.limit}`);
    else lines.push(`${at} ${e.message}`);
  }
  const text = lines.map((line) => {
    const names = grouped.get(line);
    if (!names) return line;
    const quoted = names.map((n) => `"${n}"`).join(', ');
    return line.endsWith('lacks')
      ? `${line} ${quoted}`
      : `${line} ${quoted}, which the contract does not name`;
  });
  return text.length > 5 ? [...text.slice(0, 5), `and ${text.length - 5} more`] : text;
}
