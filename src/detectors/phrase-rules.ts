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

// One alternation of the rules that may apply to a line of a given length, tried first: most lines
// match no rule, and one test is cheaper than seventy. Cached by the rules' ids, since the same
// tables serve every document.
const screens = new Map<string, RegExp | null>();

function screenFor(rules: readonly PhraseRule[]): RegExp | null {
  const key = rules.map((r) => r.id).join(' ');
  let screen = screens.get(key);
  if (screen === undefined) {
    if (!rules.every((r) => r.pattern.source.startsWith('^'))) return null;
    try {
      // Sticky: every rule is anchored at the line's start, so no other start is worth trying.
      screen = new RegExp(rules.map((r) => `(?:${r.pattern.source})`).join('|'), 'iuy');
    } catch {
      screen = null; // a user rule that only compiles without the u flag: test rule by rule
    }
    if (screens.size > 256) screens.clear();
    screens.set(key, screen);
  }
  return screen;
}

const maxChars = (r: PhraseRule) => r.maxChars ?? DEFAULT_MAX_CHARS;

/** The first rule each block matches, tried on blocks no longer than the rule allows. */
export function matchRules(analysis: Analysis, rules: readonly PhraseRule[]): RuleHit[] {
  const hits: RuleHit[] = [];
  // The rules in force change only at the rules' length limits: one screen per limit.
  const limits = [...new Set(rules.map(maxChars))].sort((a, b) => a - b);
  const tiers = limits.map((limit) => {
    const inForce = rules.filter((r) => maxChars(r) >= limit);
    return { limit, rules: inForce, screen: analysis.settings.rules.length ? null : screenFor(inForce) };
  });
  for (const block of analysis.doc.blocks) {
    const text = block.text;
    const tier = tiers.find((t) => text.length <= t.limit);
    if (!tier) continue;
    if (tier.screen) {
      tier.screen.lastIndex = 0;
      if (!tier.screen.test(text)) continue;
    }
    for (const rule of tier.rules) {
      if (text.length > maxChars(rule)) continue;
      const match = rule.pattern.exec(text);
      if (match) {
        hits.push({ block: block.index, rule, match });
        break;
      }
    }
  }
  return hits;
}
