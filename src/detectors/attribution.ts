import type { Metadata } from '../core/types.js';
import { blockFinding, type Detector } from './detector.js';
import { matchRules, rulesFor } from './phrase-rules.js';

export const attribution: Detector = {
  id: 'attribution',
  description: 'Lines that say where the article came from or who wrote it ("Source: …", "By NAME"); they move to the metadata.',
  detect(analysis) {
    const rules = rulesFor(analysis, (r) => r.kind === 'attribution');
    const metadata: Partial<Metadata> = {};
    const findings = matchRules(analysis, rules).map((hit) => {
      const field = hit.rule.field;
      const value = hit.match[1]?.trim();
      if (field && value && metadata[field] === undefined) metadata[field] = value;
      const said = field && value ? `; ${field} "${value}" kept in the metadata` : '';
      return blockFinding(analysis, this.id, 'attribution', hit.block, hit.block, `${hit.rule.description}${said} (rule ${hit.rule.id})`, 0.9, {
        rule: hit.rule.id,
      });
    });
    return { findings, metadata };
  },
};
