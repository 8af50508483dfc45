import { blockFinding, type Detector } from './detector.js';
import { matchRules, rulesFor } from './phrase-rules.js';

export const boilerplatePhrase: Detector = {
  id: 'boilerplate-phrase',
  description: 'Lines that are known platform or web chrome ("Share:", "Powered by Blogger.", cookie notices), from the rule tables.',
  detect(analysis) {
    const rules = rulesFor(analysis, (r) => r.kind !== 'attribution');
    const findings = matchRules(analysis, rules).map((hit) =>
      blockFinding(analysis, this.id, hit.rule.kind, hit.block, hit.block, `${hit.rule.description} (rule ${hit.rule.id})`, 0.95, {
        rule: hit.rule.id,
      }),
    );
    return { findings };
  },
};
