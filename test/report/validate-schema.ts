/**
 * A JSON Schema validator for the subset report.schema.json uses: type (one or a list), const,
 * enum, properties, required, additionalProperties (false or a schema), items, prefixItems,
 * minItems, maxItems, minimum, maximum, minLength, pattern, anyOf, allOf and local $ref.
 * Unknown keywords are an error, so the schema cannot quietly rely on something unchecked.
 */
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema', '$id', '$defs', 'title', 'description', 'type', 'const', 'enum', 'properties', 'required',
  'additionalProperties', 'items', 'prefixItems', 'minItems', 'maxItems', 'minimum', 'maximum',
  'minLength', 'pattern', 'anyOf', 'allOf', '$ref',
]);

export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  check(root, root, value, '$', errors);
  return errors;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function check(root: Schema, schema: Schema, value: unknown, at: string, errors: string[]): void {
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`schema keyword ${key} at ${at} is not supported`);
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref.replace(/^#\//, '').split('/').reduce<unknown>((node, part) => (node as Schema)[part], root);
    if (!target) throw new Error(`unresolved $ref ${schema.$ref}`);
    check(root, target as Schema, value, at, errors);
  }
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    const ok = types.some((type) => type === actual || (type === 'number' && actual === 'integer'));
    if (!ok) {
      errors.push(`${at}: expected ${types.join(' or ')}, got ${actual}`);
      return;
    }
  }
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(value)) errors.push(`${at}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).some((option) => JSON.stringify(option) === JSON.stringify(value))) {
    errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if (schema.anyOf) {
    const passes = (schema.anyOf as Schema[]).some((option) => {
      const sub: string[] = [];
      check(root, option, value, at, sub);
      return sub.length === 0;
    });
    if (!passes) errors.push(`${at}: matches none of anyOf`);
  }
  for (const option of (schema.allOf as Schema[] | undefined) ?? []) check(root, option, value, at, errors);
  if (actual === 'number' || actual === 'integer') {
    const number = value as number;
    if (typeof schema.minimum === 'number' && number < schema.minimum) errors.push(`${at}: ${number} < ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && number > schema.maximum) errors.push(`${at}: ${number} > ${schema.maximum}`);
  }
  if (actual === 'string') {
    const text = value as string;
    if (typeof schema.minLength === 'number' && text.length < schema.minLength) errors.push(`${at}: shorter than ${schema.minLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(text)) errors.push(`${at}: does not match ${schema.pattern}`);
  }
  if (actual === 'array') {
    const items = value as unknown[];
    if (typeof schema.minItems === 'number' && items.length < schema.minItems) errors.push(`${at}: fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && items.length > schema.maxItems) errors.push(`${at}: more than ${schema.maxItems} items`);
    const prefix = (schema.prefixItems as Schema[] | undefined) ?? [];
    items.forEach((item, index) => {
      const itemSchema = prefix[index] ?? (schema.items as Schema | undefined);
      if (itemSchema) check(root, itemSchema, item, `${at}[${index}]`, errors);
    });
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in object)) errors.push(`${at}: missing ${key}`);
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const [key, item] of Object.entries(object)) {
      if (properties[key]) check(root, properties[key], item, `${at}.${key}`, errors);
      else if (schema.additionalProperties === false) errors.push(`${at}: unexpected key ${key}`);
      else if (typeof schema.additionalProperties === 'object') check(root, schema.additionalProperties as Schema, item, `${at}.${key}`, errors);
    }
  }
}
