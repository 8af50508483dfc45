/**
 * winnow as a library: clean one scraped article's text and learn what was removed and why.
 * Nothing here touches the file system or the process.
 */
export { cleanText } from './core/clean.js';
export { detectors, type DetectorInfo } from './detectors/index.js';
export { builtinRules } from './detectors/rules/index.js';
export type {
  CleanOptions,
  CleanResult,
  CleanStats,
  Finding,
  FindingKind,
  LineRange,
  Metadata,
  PhraseRule,
  SkippedFinding,
  Span,
} from './core/types.js';
