import type { PhraseRule } from '../../core/types.js';
import { attributionRules } from './attribution.js';
import { bloggerRules } from './blogger.js';
import { internationalRules } from './international.js';
import { otherLanguageRules } from './other-languages.js';
import { platformRules } from './platforms.js';
import { webRules } from './web.js';
import { wordpressRules } from './wordpress.js';

/** Every built-in phrase rule, in the order they are tried: platforms first, then the general web. */
export const builtinRules: readonly PhraseRule[] = [
  ...attributionRules,
  ...bloggerRules,
  ...wordpressRules,
  ...platformRules,
  ...webRules,
  ...internationalRules,
  ...otherLanguageRules,
];
