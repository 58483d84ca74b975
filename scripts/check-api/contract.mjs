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
  const ajv = new Ajv2020({ strict: false, allErrors: true });
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
    return check.errors.slice(0, 5).map((e) => `${e.instancePath || '$'} ${e.message}`);
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
  return { doc, validate, selfCheck };
}
