/** Just enough of OpenAPI 3 to walk the served document: operations, their parameters and body schemas. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  nullable?: boolean;
  minimum?: number;
  minLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface OperationObject {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  id: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The path template under /api/v1, e.g. `/cases/{id}/toekomstplan`. */
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** The JSON body's schema, resolved at the top; undefined for an operation without a JSON body. */
  body?: Schema;
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Every operation of the document, in document order. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, operation]) => {
        const parameters = operation.parameters ?? [];
        const json = operation.requestBody?.content?.['application/json']?.schema;
        return {
          id: operation.operationId ?? `${method} ${path}`,
          method: method as Operation['method'],
          path,
          pathParams: parameters.filter((parameter) => parameter.in === 'path'),
          queryParams: parameters.filter((parameter) => parameter.in === 'query'),
          body: json ? resolve(document, json) : undefined,
        };
      }),
  );
}

/** Follows a $ref and merges allOf, so a schema can be read where it is used. */
export function resolve(document: OpenApiDocument, schema: Schema, seen = 0): Schema {
  if (seen > 20) return {};
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    return resolve(document, document.components?.schemas?.[name] ?? {}, seen + 1);
  }
  if (schema.allOf?.length) {
    const parts = schema.allOf.map((part) => resolve(document, part, seen + 1));
    return Object.assign({}, ...parts, { nullable: schema.nullable });
  }
  return schema;
}
