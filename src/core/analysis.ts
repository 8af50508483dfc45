import { keptDocument, parseDocument, type Doc } from './document.js';
import { measure, setStopwordRatios, type Features } from './features.js';
import { guessLanguage, isLanguage, LANGUAGES, type Language } from './language.js';
import { readBlock, type Reading } from './classify.js';
import { normalizeForMatch } from './normalize.js';
import type { CleanOptions, PhraseRule } from './types.js';
import type { TemplateTable } from '../corpus/templates.js';
import { int32s } from './slab.js';

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
  profile: TemplateTable | undefined;
  site: string;
}

/** Everything detectors share about one document, measured once. */
export interface Analysis {
  doc: Doc;
  settings: Settings;
  /** The document's language, when its stopwords tell it. */
  language: Language | undefined;
  features: Features[];
  /** For block b, `stopwordHits[b * LANGUAGES.length + l]` counts its words that are stopwords of language l. */
  stopwordHits: Int32Array;
  readings: Reading[];
  /** Comparison keys of blocks, made on first use (see normalizeForMatch). */
  keys: (string | undefined)[];
  /**
   * Values a detector derives from one block's text and the settings alone, by name, made on first
   * use. They hold for the same block in the cleaner's later looks, so reanalyse carries them over.
   */
  derived: Map<string, unknown[]>;
}

// One frozen array for each list of languages asked for: what is made from a list (the phrase rules
// that apply, their index) is kept with it, and a caller's own array may change between calls.
const languageLists = new Map<string, readonly Language[]>();

function languageList(languages: readonly string[]): readonly Language[] {
  const key = languages.join(' ');
  let list = languageLists.get(key);
  if (!list) {
    const unknown = languages.filter((l) => !isLanguage(l));
    if (unknown.length) throw new RangeError(`unknown language ${unknown.join(', ')}; known: ${LANGUAGES.join(', ')}`);
    if (languageLists.size > 256) languageLists.clear();
    languageLists.set(key, (list = Object.freeze([...languages] as Language[])));
  }
  return list;
}

export function resolveSettings(options: CleanOptions = {}): Settings {
  const languages = languageList(options.languages?.length ? options.languages : LANGUAGES);
  return {
    minDuplicateChars: options.minDuplicateChars ?? 80,
    nearDuplicateThreshold: options.nearDuplicateThreshold ?? 0.85,
    disable: new Set(options.disable ?? []),
    only: options.only?.length ? new Set(options.only) : undefined,
    languages,
    keepAttribution: options.keepAttribution ?? false,
    keepComments: options.keepComments ?? false,
    rules: options.rules ?? [],
    normalizeWhitespace: options.normalizeWhitespace ?? false,
    profile: options.profile,
    site: options.site ?? '',
  };
}

// Enough words to tell the language; measuring more only costs time.
const LANGUAGE_SAMPLE_WORDS = 600;

export function analyse(source: string, settings: Settings): Analysis {
  const doc = parseDocument(source);
  const hits = int32s(doc.blocks.length * LANGUAGES.length);
  const features = doc.blocks.map((b) => measure(b, hits, b.index * LANGUAGES.length));
  const language = languageOf(features, hits, features.keys(), settings);
  if (language) setStopwordRatios(features, hits, language);
  const readings = features.map((f) => readBlock(f, language !== undefined));
  return { doc, settings, language, features, stopwordHits: hits, readings, keys: new Array(doc.blocks.length), derived: new Map() };
}

/** The language of a sample of the blocks `order` gives: whole blocks from the top until it holds enough words. */
function languageOf(features: readonly Features[], hits: Int32Array, order: Iterable<number>, settings: Settings): Language | undefined {
  const sampleHits = new Int32Array(LANGUAGES.length);
  let sampleWords = 0;
  for (const b of order) {
    if (sampleWords >= LANGUAGE_SAMPLE_WORDS) break;
    sampleWords += features[b]!.wordCount;
    for (let l = 0; l < LANGUAGES.length; l++) sampleHits[l]! += hits[b * LANGUAGES.length + l]!;
  }
  return guessLanguage(sampleHits, sampleWords, settings.languages);
}

/** The block's comparison key, normalised once per document. */
export function matchKey(analysis: Analysis, block: number): string {
  return (analysis.keys[block] ??= normalizeForMatch(analysis.doc.blocks[block]!.text));
}

/**
 * The values named `name` of every block, filled by the caller on first use (`undefined` until then).
 * Only for values that follow from the block's text, the document's language and the settings:
 * a later look reuses them for the same block.
 */
export function derived<T>(analysis: Analysis, name: string): (T | undefined)[] {
  let values = analysis.derived.get(name);
  if (!values) {
    values = new Array(analysis.doc.blocks.length);
    analysis.derived.set(name, values);
  }
  return values as (T | undefined)[];
}

/**
 * The analysis of a text made of some of `base`'s blocks, in order (the cleaner's own output):
 * each kept block's measures carry over; only the line structure is parsed anew.
 */
export function reanalyse(base: Analysis, source: string, kept: (block: number) => boolean, keptLines?: Uint8Array): Analysis {
  // The kept lines are known, so their offsets can move without parsing the text again.
  const doc = (keptLines && keptDocument(base.doc, source, keptLines)) || parseDocument(source);
  const from = base.doc.blocks.filter((b) => kept(b.index)).map((b) => b.index);
  // Blocks are read inside the page's margin: when the output has another, they read otherwise.
  if (from.length !== doc.blocks.length || doc.margin !== base.doc.margin) return analyse(source, base.settings);
  // The text's language is judged from its top, which the removals changed (a body printed twice
  // weighs twice there): when the output reads as another language, it is measured afresh, as
  // cleaning it again would.
  if (languageOf(base.features, base.stopwordHits, from, base.settings) !== base.language) return analyse(source, base.settings);
  const hits = int32s(from.length * LANGUAGES.length);
  from.forEach((i, b) => hits.set(base.stopwordHits.subarray(i * LANGUAGES.length, (i + 1) * LANGUAGES.length), b * LANGUAGES.length));
  return {
    doc,
    settings: base.settings,
    language: base.language,
    features: from.map((i) => base.features[i]!),
    stopwordHits: hits,
    readings: from.map((i) => base.readings[i]!),
    keys: from.map((i) => base.keys[i]),
    derived: new Map([...base.derived].map(([name, values]) => [name, from.map((i) => values[i])])),
  };
}
