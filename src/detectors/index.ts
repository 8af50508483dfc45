import { attribution } from './attribution.js';
import { blockClassifier } from './block-classifier.js';
import { boilerplatePhrase } from './boilerplate-phrase.js';
import { chromeRun } from './chrome-run.js';
import { commentThread } from './comment-thread.js';
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
 * region detectors come next, since they judge each stretch by what the others found in it; the
 * learned block classifier comes last and judges only what all the others left outside the article.
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
  blockClassifier,
];

export interface DetectorInfo {
  id: string;
  description: string;
}

/** The detectors' ids and what each finds, for `--list-detectors` and for checking `disable`/`only`. */
export const detectors: readonly DetectorInfo[] = allDetectors.map(({ id, description }) => ({ id, description }));
