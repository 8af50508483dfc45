import type { Finding } from '../core/types.js';
import { blockFinding, type Detector } from './detector.js';
import { matchRules, rulesFor, type RuleHit } from './phrase-rules.js';

export const boilerplatePhrase: Detector = {
  id: 'boilerplate-phrase',
  description: 'Lines that are known platform or web chrome ("Share:", "Powered by Blogger.", cookie notices), from the rule tables.',
  detect(analysis) {
    const rules = rulesFor(analysis, 'boilerplate');
    // Lines of one kind in a row are one thing on the page (a newsletter box, a share bar): one finding.
    const findings: Finding[] = [];
    let run: RuleHit[] = [];
    const flush = () => {
      if (!run.length) return;
      const first = run[0]!;
      const ids = [...new Set(run.map((h) => h.rule.id))];
      const what = [...new Set(run.map((h) => h.rule.description))].join('; ');
      const reason = `${what} (rule${ids.length > 1 ? 's' : ''} ${ids.join(', ')})`;
      findings.push(blockFinding(analysis, this.id, first.rule.kind, first.block, run[run.length - 1]!.block, reason, 0.95, { rule: first.rule.id }));
      run = [];
    };
    for (const hit of matchRules(analysis, rules)) {
      const prev = run[run.length - 1];
      if (prev && (hit.block !== prev.block + 1 || hit.rule.kind !== prev.rule.kind)) flush();
      run.push(hit);
    }
    flush();
    return { findings };
  },
};
