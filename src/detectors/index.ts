import { attribution } from './attribution.js';
import { blockClassifier } from './block-classifier.js';
import { boilerplatePhrase } from './boilerplate-phrase.js';
import { chromeRun } from './chrome-run.js';
import { commentThread } from './comment-thread.js';
import { corpusTemplate } from './corpus-template.js';
import type { Detector } from './detector.js';
import { duplicateBlock } from './duplicate-block.js';
import { footerRegion } from './footer-region.js';
import { headerRegion } from './header-region.js';
import { labelList } from './label-list.js';
import { menu } from './menu.js';
import { nearDuplicate } from './near-duplicate.js';

export type { Detection, Detector } from './detector.js';

/**
 * Every detector, in the order they run. Line detectors come first; the duplicate detectors skip
 * what they found (a cookie notice printed twice is chrome, not a body copy to keep once); the
 * region detectors come next, since they judge each stretch by what the others found in it. With a
 * profile, corpus-template then adds the lines only the corpus shows to be the site's template; it
 * comes after the regions so that they, and the title they protect, are judged as without a
 * profile (a headline the sidebar lists on every page is still this page's title). The learned
 * block classifier comes last and judges only what all the others left outside the article.
 */
export const allDetectors: readonly Detector[] = [
  attribution,
  boilerplatePhrase,
  labelList,
  menu,
  duplicateBlock,
  nearDuplicate,
  commentThread,
  chromeRun,
  headerRegion,
  footerRegion,
  corpusTemplate,
  blockClassifier,
];

export interface DetectorInfo {
  id: string;
  description: string;
}

/** The detectors' ids and what each finds, for `--list-detectors` and for checking `disable`/`only`. */
export const detectors: readonly DetectorInfo[] = allDetectors.map(({ id, description }) => ({ id, description }));
