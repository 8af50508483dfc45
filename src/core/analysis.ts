import { parseDocument, type Doc } from './document.js';
import { measure, type Features } from './features.js';
import { guessLanguage, isLanguage, LANGUAGES, stopwordsOf, type Language } from './language.js';
import { readBlock, type Reading } from './classify.js';
import type { CleanOptions, PhraseRule } from './types.js';

/** Options with every default filled in. */
export interface Settings {
  minDuplicateChars: number;
  nearDuplicateThreshold: number;
  disable: ReadonlySet<string>;
  only: ReadonlySet<string> | undefined;
  languages: readonly Language[];
  keepAttribution: boolean;
  keepComments: boolean;
  rules: readonly PhraseRule[];
  normalizeWhitespace: boolean;
}

/** Everything detectors share about one document, measured once. */
export interface Analysis {
  doc: Doc;
  settings: Settings;
  /** The document's language, when its stopwords tell it. */
  language: Language | undefined;
  features: Features[];
  readings: Reading[];
}

export function resolveSettings(options: CleanOptions = {}): Settings {
  const languages = options.languages?.length ? options.languages : LANGUAGES;
  const unknown = languages.filter((l) => !isLanguage(l));
  if (unknown.length) throw new RangeError(`unknown language ${unknown.join(', ')}; known: ${LANGUAGES.join(', ')}`);
  return {
    minDuplicateChars: options.minDuplicateChars ?? 80,
    nearDuplicateThreshold: options.nearDuplicateThreshold ?? 0.8,
    disable: new Set(options.disable ?? []),
    only: options.only?.length ? new Set(options.only) : undefined,
    languages: languages as Language[],
    keepAttribution: options.keepAttribution ?? false,
    keepComments: options.keepComments ?? false,
    rules: options.rules ?? [],
    normalizeWhitespace: options.normalizeWhitespace ?? false,
  };
}

// Enough words to tell the language; measuring more only costs time.
const LANGUAGE_SAMPLE_WORDS = 3000;

export function analyse(source: string, settings: Settings): Analysis {
  const doc = parseDocument(source);
  const sample: string[] = [];
  for (const block of doc.blocks) {
    if (sample.length >= LANGUAGE_SAMPLE_WORDS) break;
    for (const m of block.text.toLowerCase().matchAll(/[\p{L}]+(?:['’][\p{L}]+)*/gu)) sample.push(m[0]);
  }
  const language = guessLanguage(sample, settings.languages);
  const stopwords = language ? stopwordsOf(language) : undefined;
  const features = doc.blocks.map((b) => measure(b, stopwords));
  const readings = features.map((f) => readBlock(f, language !== undefined));
  return { doc, settings, language, features, readings };
}
