import { UsageError } from './usage-error.js';
import { ANY, DETECTOR_ID, EXTENSION, LANGUAGE, boolean, byteSize, fraction, list, positiveInteger, string } from './values.js';

/** What a winnow.config.json may set; every key is optional and a flag overrides it. */
export interface ConfigValues {
  ext?: string[];
  ignore?: string[];
  followSymlinks?: boolean;
  maxBytes?: number;
  maxLines?: number;
  disable?: string[];
  only?: string[];
  minDuplicateChars?: number;
  nearDuplicateThreshold?: number;
  languages?: string[];
  keepAttribution?: boolean;
  keepComments?: boolean;
  normalizeWhitespace?: boolean;
  duplicateThreshold?: number;
  /** Compare documents with each other (see --duplicate-check); flags override it. */
  duplicateCheck?: boolean;
  /** Path of a rules file, relative to the config file's folder. */
  rules?: string;
}

type Check = (where: string, value: unknown) => unknown;

const KEYS: Record<keyof ConfigValues, Check> = {
  ext: (where, value) => list(where, value, EXTENSION, 'extension'),
  ignore: (where, value) => list(where, value, ANY, 'glob'),
  followSymlinks: boolean,
  maxBytes: (where, value) => (typeof value === 'number' ? positiveInteger(where, value) : byteSize(where, value)),
  maxLines: positiveInteger,
  disable: (where, value) => list(where, value, DETECTOR_ID, 'detector id'),
  only: (where, value) => list(where, value, DETECTOR_ID, 'detector id'),
  minDuplicateChars: positiveInteger,
  nearDuplicateThreshold: fraction,
  languages: (where, value) => list(where, value, LANGUAGE, 'language code'),
  keepAttribution: boolean,
  keepComments: boolean,
  normalizeWhitespace: boolean,
  duplicateThreshold: fraction,
  duplicateCheck: boolean,
  rules: string,
};

/**
 * Parses a config file's text. Unknown keys and bad values are refused with one line that names
 * the file and the key, so a typo never silently does nothing.
 */
export function parseConfig(text: string, file: string): ConfigValues {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UsageError(`${file}: expected a JSON object of options`);
  }
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === '$schema') continue;
    // Own keys only: "toString" or "__proto__" are no options, whatever objects inherit.
    const check = Object.hasOwn(KEYS, key) ? KEYS[key as keyof ConfigValues] : undefined;
    if (!check) {
      throw new UsageError(`${file}: unknown key "${key}" (known: ${Object.keys(KEYS).join(', ')})`);
    }
    values[key] = check(`${file}: "${key}"`, value);
  }
  return values as ConfigValues;
}
