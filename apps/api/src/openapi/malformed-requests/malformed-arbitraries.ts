import fc from 'fast-check';
import { resolve, type OpenApiDocument, type Operation, type Schema } from './openapi-operations';

/** One request as sent: who sends it, the URL under /api/v1, and the raw body text. */
export interface MalformedRequest {
  persona: string;
  url: string;
  body?: string;
  contentType: string;
  withXsrf: boolean;
  idempotencyKey?: string;
}

const DEEP_MARKER = 'deep-nesting-marker-7f3a';
const DEEP_JSON = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;

/** Values that once answered 500 somewhere (issue 13 §4), and their relatives. */
const NASTY_VALUES: unknown[] = [
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  2147483648,
  -2147483649,
  1e308,
  -1e308,
  1e20,
  Number.MAX_SAFE_INTEGER + 2,
  1.5,
  -1,
  0,
  '',
  '1e20',
  '99999999999999999999',
  'NaN',
  null,
  true,
  [],
  {},
  [[[]]],
  { a: { b: 'c' } },
  DEEP_MARKER,
  'x'.repeat(5_000),
  'Robert"); DROP TABLE app_user;--',
  '0000-00-00',
  '2026-02-30',
  '00000000-0000-0000-0000-000000000000',
];

/** A value for any JSON field: the known offenders and whatever fast-check makes of types and sizes. */
const malformedValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_VALUES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.integer(),
      fc.double(),
      fc.bigInt().map((big) => Number(big)),
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

/** The first value a schema allows, built only to be spoiled in one place. */
export function sampleValue(document: OpenApiDocument, raw: Schema, ids: Record<string, string>, depth = 0): unknown {
  const schema = resolve(document, raw);
  if (depth > 8) return null;
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  const choice = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (choice) return sampleValue(document, choice, ids, depth + 1);
  switch (schema.type) {
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'array':
      return schema.items ? [sampleValue(document, schema.items, ids, depth + 1)] : [];
    case 'string':
      if (schema.format === 'uuid') return ids['case'];
      if (schema.format === 'date') return new Date().toISOString().slice(0, 10);
      if (schema.format === 'date-time') return new Date().toISOString();
      if (schema.format === 'email') return 'fuzz@voorbeeld.nl';
      return 'tekst';
    default:
      if (schema.properties) {
        return Object.fromEntries(
          Object.entries(schema.properties).map(([key, property]) => [
            key,
            sampleValue(document, property, ids, depth + 1),
          ]),
        );
      }
      return {};
  }
}

/** Every place in a JSON value, as a path of keys, the root included. */
function placesOf(value: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => placesOf(item, [...path, index], out));
  else if (value && typeof value === 'object')
    Object.entries(value).forEach(([key, item]) => placesOf(item, [...path, key], out));
  return out;
}

function replaceAt(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = replacement;
  return copy;
}

/** An own key (JSON.parse style) on the object at `path`, `__proto__` included. */
function addKeyAt(value: unknown, path: Array<string | number>, key: string, added: unknown): unknown {
  const copy = structuredClone(value);
  let node = copy as Record<string | number, unknown>;
  for (const step of path) node = node[step] as Record<string | number, unknown>;
  if (!node || typeof node !== 'object' || Array.isArray(node)) return copy;
  Object.defineProperty(node, key, { value: added, enumerable: true, configurable: true, writable: true });
  return copy;
}

const toText = (value: unknown) => (JSON.stringify(value) ?? 'null').split(JSON.stringify(DEEP_MARKER)).join(DEEP_JSON);

/** A JSON body for the operation: its own shape spoiled in one place, or something else entirely. */
function bodyArbitrary(document: OpenApiDocument, schema: Schema, ids: Record<string, string>) {
  const base = sampleValue(document, schema, ids);
  const places = placesOf(base);
  const objectPlaces = places.filter((path) => {
    let node = base as Record<string | number, unknown> | undefined;
    for (const step of path) node = node?.[step] as Record<string | number, unknown> | undefined;
    return !!node && typeof node === 'object' && !Array.isArray(node);
  });
  const spoiled = fc
    .tuple(fc.constantFrom(...places), malformedValue)
    .map(([path, value]) => toText(replaceAt(base, path, value)));
  const extraKey = fc
    .tuple(
      fc.constantFrom(...(objectPlaces.length ? objectPlaces : [[]])),
      fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, 'unknownField', 'a\u0000b'), fc.string({ maxLength: 12 })),
      malformedValue,
    )
    .map(([path, key, value]) => toText(addKeyAt(base, path, key, value)));
  const raw = fc.oneof(
    fc.constantFrom(DEEP_JSON, '{', '{"a":', 'null', '[]', '"tekst"', '42', '{"a":1,"a":2}', '\u0000', ''),
    malformedValue.map(toText),
  );
  return fc.oneof({ weight: 4, arbitrary: spoiled }, { weight: 2, arbitrary: extraKey }, { weight: 2, arbitrary: raw });
}

/** Query and path values: the offenders written as they arrive in a URL. */
const malformedText = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'a%00b',
      '%ED%A0%80',
      '99999999999999999999',
      '1e20',
      '-1',
      '0',
      '1.5',
      '',
      'x'.repeat(3_000),
      '%25',
      '%',
      '..%2F..',
      "'%20OR%201%3D1",
      '00000000-0000-0000-0000-000000000000',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map((text) => encodeURIComponent(text)) },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

const validQueryValue = (document: OpenApiDocument, schema: Schema | undefined, ids: Record<string, string>) => {
  const value = schema ? sampleValue(document, schema, ids) : 'tekst';
  return encodeURIComponent(typeof value === 'object' ? JSON.stringify(value) : String(value));
};

/** The real id a path parameter names when it does exist, so requests reach past the 404. */
function realPathValue(operation: Operation, name: string, ids: Record<string, string>): string {
  const segments = operation.path.split('/');
  const before = segments[segments.indexOf(`{${name}}`) - 1] ?? '';
  if (name === 'number') return '1';
  return ids[before] ?? ids[name] ?? ids['case'];
}

/** One malformed request for the operation, from any of the personas. */
export function requestArbitrary(
  document: OpenApiDocument,
  operation: Operation,
  personas: string[],
  ids: Record<string, string>,
): fc.Arbitrary<MalformedRequest> {
  const pathValues = operation.pathParams.map((parameter) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(realPathValue(operation, parameter.name, ids)) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 2, arbitrary: malformedText },
    ),
  );
  const queryValues = operation.queryParams.map((parameter) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant<string[]>([]) },
      { weight: 1, arbitrary: fc.constant([validQueryValue(document, parameter.schema, ids)]) },
      { weight: 3, arbitrary: malformedText.map((text) => [text]) },
      { weight: 1, arbitrary: fc.tuple(malformedText, malformedText) },
    ),
  );
  const unknownQuery = fc.option(fc.constantFrom('unknown=1', '__proto__=x', 'constructor=x', 'a%00=b'), {
    freq: 4,
  });
  const body = operation.body
    ? fc.option(bodyArbitrary(document, operation.body, ids), { freq: 8 })
    : fc.option(fc.constantFrom('{"unexpected":true}', DEEP_JSON, '{"__proto__":{"x":1}}'), { freq: 2 });
  return fc
    .record({
      persona: fc.constantFrom(...personas),
      pathValues: fc.tuple(...pathValues),
      queryValues: fc.tuple(...queryValues),
      unknownQuery,
      body,
      contentType: fc.oneof(
        { weight: 8, arbitrary: fc.constant('application/json') },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'application/json; charset=latin1',
          ),
        },
      ),
      withXsrf: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      idempotencyKey: fc.option(
        fc.constantFrom('x'.repeat(300), 'not-a-uuid', '', '00000000-0000-0000-0000-000000000000'),
        {
          freq: 2,
        },
      ),
    })
    .map(({ persona, pathValues: values, queryValues: queries, unknownQuery: extra, body: text, ...rest }) => {
      let path = operation.path;
      operation.pathParams.forEach((parameter, index) => {
        path = path.replace(`{${parameter.name}}`, values[index] as string);
      });
      const query = operation.queryParams
        .flatMap((parameter, index) => (queries[index] as string[]).map((value) => `${parameter.name}=${value}`))
        .concat(extra ? [extra] : []);
      return {
        persona,
        url: `/api/v1${path}${query.length ? `?${query.join('&')}` : ''}`,
        body: text ?? undefined,
        contentType: rest.contentType,
        withXsrf: rest.withXsrf,
        idempotencyKey: rest.idempotencyKey ?? undefined,
      };
    });
}
