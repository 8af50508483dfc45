import type { Analysis } from '../core/analysis.js';
import type { PhraseRule } from '../core/types.js';
import { builtinRules } from './rules/index.js';

const DEFAULT_MAX_CHARS = 200;

/** The rules that apply to a document: its language's, English (chrome is English everywhere), and `*`. */
export function rulesFor(analysis: Analysis, keep: (rule: PhraseRule) => boolean): PhraseRule[] {
  const lang = analysis.language;
  const wanted = new Set<string>(analysis.settings.languages);
  return [...builtinRules, ...analysis.settings.rules].filter((rule) => {
    if (!keep(rule)) return false;
    if (rule.lang === '*' || rule.lang === 'en') return true;
    if (!wanted.has(rule.lang)) return false;
    return lang === undefined || lang === rule.lang;
  });
}

export interface RuleHit {
  block: number;
  rule: PhraseRule;
  match: RegExpExecArray;
}

/** The first rule each block matches, tried on blocks no longer than the rule allows. */
export function matchRules(analysis: Analysis, rules: readonly PhraseRule[]): RuleHit[] {
  const hits: RuleHit[] = [];
  const longest = rules.reduce((m, r) => Math.max(m, r.maxChars ?? DEFAULT_MAX_CHARS), 0);
  for (const block of analysis.doc.blocks) {
    const text = block.text;
    if (text.length > longest) continue;
    for (const rule of rules) {
      if (text.length > (rule.maxChars ?? DEFAULT_MAX_CHARS)) continue;
      const match = rule.pattern.exec(text);
      if (match) {
        hits.push({ block: block.index, rule, match });
        break;
      }
    }
  }
  return hits;
}
