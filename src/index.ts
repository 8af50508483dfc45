/**
 * winnow as a library: clean one scraped article's text and learn what was removed and why.
 * Nothing here touches the file system or the process.
 */
export { cleanText } from './core/clean.js';
export { LANGUAGES, type Language } from './core/language.js';
export { detectors, type DetectorInfo } from './detectors/index.js';
export { builtinRules } from './detectors/rules/index.js';
export {
  countDocument,
  emptyProfile,
  mergeProfiles,
  parseProfile,
  profileToString,
  pruneProfile,
  serializeProfile,
  ProfileError,
  type Profile,
  type ProfileOptions,
  type SiteCounts,
} from './corpus/profile.js';
export { siteOfPath, siteOfRecord } from './corpus/site.js';
export { DEFAULT_THRESHOLDS, templateTable, type TemplateTable, type TemplateThresholds } from './corpus/templates.js';
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
