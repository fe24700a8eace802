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
export function sampleValue(
  document: OpenApiDocument,
  raw: Schema,
  ids: Record<string, string>,
  depth = 0,
  name = '',
): unknown {
  const schema = resolve(document, raw);
  if (depth > 8) return null;
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  const choice = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (choice) return sampleValue(document, choice, ids, depth + 1, name);
  switch (schema.type) {
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      // true: a sample `active: false` would deactivate the very accounts the test signs in with.
      return true;
    case 'array':
      return schema.items ? [sampleValue(document, schema.items, ids, depth + 1, name)] : [];
    case 'string':
      if (schema.format === 'uuid') return idFor(name, ids);
      if (schema.format === 'date') return new Date().toISOString().slice(0, 10);
      if (schema.format === 'date-time') return new Date(Date.now() + 86_400_000).toISOString();
      if (schema.format === 'email') return 'fuzz@voorbeeld.nl';
      return 'Rivierenland-tekst-2026'.padEnd(schema.minLength ?? 0, 'x');
    default:
      if (schema.properties) {
        return Object.fromEntries(
          Object.entries(schema.properties).map(([key, property]) => [
            key,
            sampleValue(document, property, ids, depth + 1, key),
          ]),
        );
      }
      return {};
  }
}

/** A real row for a uuid field, by its name: `organisationId` names an organisation, `chairUserId` a user. */
function idFor(name: string, ids: Record<string, string>): string {
  const lower = name.toLowerCase();
  if (lower.includes('organisation')) return ids['organisations'];
  if (lower.includes('municipalit')) return ids['municipalities'];
  if (lower.includes('region')) return ids['regions'];
  if (lower.includes('session')) return ids['actietafel-sessions'];
  if (lower.includes('escalation')) return ids['escalations'];
  if (lower.includes('user') || lower.includes('owner') || lower.includes('member')) return ids['users'];
  return ids['case'];
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

/** What a request carries besides its URL; one part of it at a time is spoiled. */
interface Parts {
  pathValues: string[];
  query: string[];
  body?: string;
}

const replaceIndex = <T>(values: T[], index: number, value: T) => values.map((old, at) => (at === index ? value : old));

/**
 * One request for the operation, from one of the personas: a request the operation would take, spoiled in one
 * place (a body field, a query parameter, a path parameter), so the spoiled value reaches as deep as it can;
 * or one spoiled everywhere at once.
 */
export function requestArbitrary(
  document: OpenApiDocument,
  operation: Operation,
  personas: fc.Arbitrary<string>,
  ids: Record<string, string>,
): fc.Arbitrary<MalformedRequest> {
  const validPath = operation.pathParams.map((parameter) => realPathValue(operation, parameter.name, ids));
  const validQuery = operation.queryParams
    .filter((parameter) => parameter.required)
    .map((parameter) => `${parameter.name}=${validQueryValue(document, parameter.schema, ids)}`);
  const validBody = operation.body ? toText(sampleValue(document, operation.body, ids)) : undefined;
  const valid: Parts = { pathValues: validPath, query: validQuery, body: validBody };

  const spoiled: Array<{ weight: number; arbitrary: fc.Arbitrary<Parts> }> = [];
  if (operation.body) {
    spoiled.push({
      weight: 5,
      arbitrary: bodyArbitrary(document, operation.body, ids).map((body) => ({ ...valid, body })),
    });
  } else {
    const stray = fc.constantFrom('{"unexpected":true}', DEEP_JSON, '{"__proto__":{"x":1}}');
    spoiled.push({ weight: 1, arbitrary: stray.map((body) => ({ ...valid, body })) });
  }
  if (operation.queryParams.length > 0) {
    const names = operation.queryParams.map((parameter) => parameter.name);
    const oneQuery = fc
      .tuple(fc.constantFrom(...names), fc.array(malformedText, { minLength: 1, maxLength: 2 }))
      .map(([name, values]) => ({
        ...valid,
        query: [
          ...valid.query.filter((pair) => !pair.startsWith(`${name}=`)),
          ...values.map((value) => `${name}=${value}`),
        ],
      }));
    spoiled.push({ weight: 3, arbitrary: oneQuery });
  }
  if (operation.pathParams.length > 0) {
    const onePath = fc
      .tuple(fc.nat({ max: operation.pathParams.length - 1 }), fc.oneof(fc.uuid(), malformedText))
      .map(([index, value]) => ({ ...valid, pathValues: replaceIndex(valid.pathValues, index, value) }));
    spoiled.push({ weight: 2, arbitrary: onePath });
  }
  const unknownQuery = fc
    .constantFrom('unknown=1', '__proto__=x', 'constructor=x', 'a%00=b')
    .map((extra) => ({ ...valid, query: [...valid.query, extra] }));
  spoiled.push({ weight: 1, arbitrary: unknownQuery });
  const everywhere = fc.record({
    pathValues: fc.tuple(...operation.pathParams.map(() => fc.oneof(fc.uuid(), malformedText))),
    query: fc.array(
      fc
        .tuple(fc.constantFrom('unknown', ...operation.queryParams.map((parameter) => parameter.name)), malformedText)
        .map(([name, value]) => `${name}=${value}`),
      { maxLength: 4 },
    ),
    body: fc.option(operation.body ? bodyArbitrary(document, operation.body, ids) : malformedValue.map(toText), {
      nil: undefined,
    }),
  });
  spoiled.push({ weight: 1, arbitrary: everywhere });

  return fc
    .record({
      persona: personas,
      parts: fc.oneof(...spoiled),
      contentType: fc.oneof(
        { weight: 12, arbitrary: fc.constant('application/json') },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'application/json; charset=latin1',
          ),
        },
      ),
      withXsrf: fc.oneof({ weight: 15, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      idempotencyKey: fc.option(
        fc.constantFrom('x'.repeat(300), 'not-a-uuid', '', '00000000-0000-0000-0000-000000000000'),
        {
          freq: 3,
          nil: undefined,
        },
      ),
    })
    .map(({ persona, parts, ...rest }) => ({ persona, url: urlOf(operation, parts), body: parts.body, ...rest }));
}

/** The valid request itself, to find which personas may call the operation. */
export function validRequest(
  document: OpenApiDocument,
  operation: Operation,
  ids: Record<string, string>,
  persona: string,
) {
  const parts: Parts = {
    pathValues: operation.pathParams.map((parameter) => realPathValue(operation, parameter.name, ids)),
    query: operation.queryParams
      .filter((parameter) => parameter.required)
      .map((parameter) => `${parameter.name}=${validQueryValue(document, parameter.schema, ids)}`),
    body: operation.body ? toText(sampleValue(document, operation.body, ids)) : undefined,
  };
  const request: MalformedRequest = {
    persona,
    url: urlOf(operation, parts),
    body: parts.body,
    contentType: 'application/json',
    withXsrf: true,
  };
  return request;
}

function urlOf(operation: Operation, parts: Parts): string {
  let path = operation.path;
  operation.pathParams.forEach((parameter, index) => {
    path = path.replace(`{${parameter.name}}`, parts.pathValues[index]);
  });
  return `/api/v1${path}${parts.query.length ? `?${parts.query.join('&')}` : ''}`;
}

/**
 * The reproductions of issue 13 for one operation, sent before the generated ones: a deeply nested body, NUL
 * and an int4 overflow in each of its first body fields, and NUL and a 20-digit number in each query and path
 * parameter.
 */
export function knownOffenders(
  document: OpenApiDocument,
  operation: Operation,
  ids: Record<string, string>,
  persona: string,
): MalformedRequest[] {
  const valid = validRequest(document, operation, ids, persona);
  const parts: Parts = {
    pathValues: operation.pathParams.map((parameter) => realPathValue(operation, parameter.name, ids)),
    query: operation.queryParams
      .filter((parameter) => parameter.required)
      .map((parameter) => `${parameter.name}=${validQueryValue(document, parameter.schema, ids)}`),
    body: valid.body,
  };
  const variants: Parts[] = [];
  if (operation.body) {
    const base = sampleValue(document, operation.body, ids);
    variants.push({ ...parts, body: DEEP_JSON });
    for (const place of placesOf(base).slice(1, 13)) {
      variants.push({ ...parts, body: toText(replaceAt(base, place, 'a\u0000b')) });
      variants.push({ ...parts, body: toText(replaceAt(base, place, 2147483648)) });
    }
  }
  for (const parameter of operation.queryParams) {
    for (const value of ['a%00b', '99999999999999999999', '1e20']) {
      variants.push({
        ...parts,
        query: [...parts.query.filter((pair) => !pair.startsWith(`${parameter.name}=`)), `${parameter.name}=${value}`],
      });
    }
  }
  operation.pathParams.forEach((_parameter, index) => {
    for (const value of ['a%00b', '99999999999999999999']) {
      variants.push({ ...parts, pathValues: replaceIndex(parts.pathValues, index, value) });
    }
  });
  return variants.map((variant) => ({ ...valid, url: urlOf(operation, variant), body: variant.body }));
}
