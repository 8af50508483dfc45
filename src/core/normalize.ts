// What scrapers vary between two copies of the same paragraph, folded away so the copies compare equal.
const SPACES = /[\s\u00a0\u1680\u180e\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]+/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

/** The comparison key of a block's text: NFKC, one kind of quote and dash, single spaces, lower case. */
export function normalizeForMatch(text: string): string {
  const shape = shapeOf(text);
  // Most scraped text, English or not, holds nothing to fold but case.
  if (shape === PLAIN) return text.toLowerCase();
  // Plain ASCII needs no Unicode folding; NFKC is the costly step.
  if (shape === ASCII) return text.replace(/`/g, "'").replace(/-{2,}/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
  return (inNfkc(text) ? text : text.normalize('NFKC'))
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/-{2,}/g, '-')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}

const PLAIN = 0;
const ASCII = 1;
const OTHER = 2;

// What each character below U+2070 is, learnt on first sight (a process sees few of them, and
// learning all at start-up cost more than cleaning a small file). Below U+0300 and in General
// Punctuation no character combines with its neighbours, so one that NFKC keeps on its own it
// keeps in any text: NFKC_STABLE. Of those beyond ASCII, the ones the folding below leaves alone
// too (no quote, dash or space) are PLAIN_OTHER as well.
const UNSEEN = 0;
const NFKC_STABLE = 1;
const PLAIN_OTHER = 2;
const CHANGES = 3;
const kinds = new Uint8Array(0x2070);
for (let c = 0; c < 0x80; c++) kinds[c] = NFKC_STABLE;
for (let c = 0x300; c < 0x2000; c++) kinds[c] = CHANGES;

function kindOf(c: number): number {
  let kind = kinds[c]!;
  if (kind === UNSEEN) {
    const ch = String.fromCharCode(c);
    const stable = ch.normalize('NFKC') === ch;
    const folded = [SINGLE_QUOTES, DOUBLE_QUOTES, DASHES, SPACES].some((re) => ch.replace(re, '') !== ch) || /\s/u.test(ch);
    kinds[c] = kind = !stable ? CHANGES : folded ? NFKC_STABLE : PLAIN_OTHER;
  }
  return kind;
}

/**
 * PLAIN when folding would only lower-case the text: no backtick, no run of hyphens, no whitespace
 * but single spaces between other characters, and beyond ASCII only characters that NFKC and the
 * folding leave alone. ASCII when it is other ASCII; OTHER when it holds anything else.
 */
function shapeOf(text: string): number {
  let shape = PLAIN;
  let ascii = true;
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) {
      if (c >= 0x2070 || kindOf(c) !== PLAIN_OTHER) return OTHER;
      ascii = false;
    } else if (c === 96 || (c === 45 && text.charCodeAt(i + 1) === 45) || (c >= 9 && c <= 13) || (c === 32 && (i === 0 || i === last || text.charCodeAt(i + 1) === 32))) {
      shape = ASCII;
    }
  }
  return shape === ASCII && !ascii ? OTHER : shape;
}

/** True when NFKC would not change the text (accented Latin with curly quotes, say): normalising it costs more than this look. */
function inNfkc(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2070 || kindOf(c) === CHANGES) return false;
  }
  return true;
}
