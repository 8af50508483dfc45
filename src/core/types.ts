import type { TemplateTable } from '../corpus/templates.js';

/** A half-open range of UTF-16 offsets into the original input: `start` is included, `end` is not. */
export interface Span {
  start: number;
  end: number;
}

/** A 1-based, inclusive range of line numbers in the original input. */
export type LineRange = [first: number, last: number];

/** What a finding says the removed text is. */
export type FindingKind =
  | 'duplicate'
  | 'boilerplate'
  | 'labels'
  | 'menu'
  | 'header'
  | 'footer'
  | 'comments'
  | 'attribution';

/** One thing a detector found: a span of the input, what it is, and why. */
export interface Finding {
  /** The detector that found it (kebab-case id, also the detector's file name). */
  detector: string;
  /** The rule inside the detector, for table-driven detectors (`blogger-powered-by`). */
  rule?: string;
  kind: FindingKind;
  /** Offsets in the original input, covering whole lines. */
  span: Span;
  /** The same place as 1-based inclusive line numbers. */
  lines: LineRange;
  /** A sentence a user understands: what was seen and why it goes. */
  reason: string;
  /** 0..1, how sure the detector is. */
  confidence: number;
  /** For duplicates: where the copy that stays is. */
  duplicateOf?: { span: Span; lines: LineRange };
  /** For near duplicates: how similar the two copies are, 0..1. */
  similarity?: number;
}

/** A finding the planner did not apply, and why. */
export interface SkippedFinding extends Finding {
  why: string;
}

/** What the cleaner learnt about the document while cleaning it. */
export interface Metadata {
  /** The article's headline, when one was recognised. */
  title?: string;
  /** Where the article came from ("Source: …", "Originally published at …"). */
  source?: string;
  /** Who wrote it ("By NAME"). */
  author?: string;
  /** When it was published, as the page printed it ("14 March 2024, 18:22"). */
  date?: string;
  /** Set when the cleaner kept the whole text because nothing body-like would have remained. */
  keptAll?: string;
}

export interface CleanStats {
  inputChars: number;
  outputChars: number;
  inputLines: number;
  outputLines: number;
  removedChars: number;
  /** Characters removed, by finding kind. Keys appear in a fixed order. */
  removedByKind: Partial<Record<FindingKind, number>>;
}

export interface CleanResult {
  /** The cleaned text: the input minus the removed lines. */
  text: string;
  /** Findings that were applied, in document order. */
  findings: Finding[];
  /** Findings that were not applied, each with why. */
  skipped: SkippedFinding[];
  metadata: Metadata;
  stats: CleanStats;
}

/** A boilerplate phrase rule: data, not code. */
export interface PhraseRule {
  /** Kebab-case id, unique within its table (`blogger-powered-by`). */
  id: string;
  kind: Extract<FindingKind, 'boilerplate' | 'attribution' | 'labels' | 'menu'>;
  /** A language code (`en`, `fr`, …) or `*` for rules that hold in every language. */
  lang: string;
  /** Matched against a whole line after its list and heading markers are stripped. */
  pattern: RegExp;
  /** What the rule finds, in words; used in the reason. */
  description: string;
  /** Longest block text, in characters, the rule is tried on. Default 200: chrome lines are short. */
  maxChars?: number;
  /**
   * Texts one of which every line the rule matches holds (in any case); lines holding none are not
   * tried. Without it, what the pattern's own fixed texts tell serves (see the phrase-rule index);
   * give it where a short text every match needs is rarer than those ("a digit" for a date line,
   * whose month names are common word parts: "may", "mar"). Tested against the examples.
   */
  needs?: string[];
  /** Lines the rule must match. Tested. */
  examples: string[];
  /** Lines the rule must not match. Tested. */
  counterexamples?: string[];
  /** For attribution rules: which metadata field the first capture group that takes part in a match fills. */
  field?: 'source' | 'author' | 'date';
  /**
   * Pages also put such lines inside an article (an ad marker, a box of related links, a share
   * bar), so they do not show that the article has ended: prose after them is not cut off as a
   * footer on their account.
   */
  inArticle?: boolean;
  /**
   * Such lines say who wrote the article or when only above its first paragraph, under the
   * headline; further down they are the text's own (a diary's dates, an editor's signature), and
   * the rule does not apply there.
   */
  aboveBody?: boolean;
}

export interface CleanOptions {
  /**
   * What a corpus profile says is template text, site by site (see templateTable): lines that
   * recur in many documents of the document's `site` are removed as boilerplate.
   */
  profile?: TemplateTable;
  /** The site the document belongs to, looked up in `profile`. Default `''` (documents of no site). */
  site?: string;
  /** Shortest block, in characters after normalisation, that counts as a body duplicate. Default 80. */
  minDuplicateChars?: number;
  /** Similarity (0..1) at which two different blocks count as near copies. Default 0.85. */
  nearDuplicateThreshold?: number;
  /** Detector ids to turn off. */
  disable?: readonly string[];
  /** When given, only these detector ids run. */
  only?: readonly string[];
  /** Language codes whose stopwords and phrases apply. Default: every supported language. */
  languages?: readonly string[];
  /** Keep attribution lines in the text (they still fill the metadata). Default false. */
  keepAttribution?: boolean;
  /** Extra phrase rules, checked after the built-in ones. */
  rules?: readonly PhraseRule[];
  /** Keep reader comment threads. Default false: comments are not the article. */
  keepComments?: boolean;
  /** Trim trailing spaces and collapse runs of blank lines in the kept text. Default false. */
  normalizeWhitespace?: boolean;
}
