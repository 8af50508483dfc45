// What scrapers vary between two copies of the same paragraph, folded away so the copies compare equal.
const SPACES = /[\s\u00a0\u1680\u180e\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]+/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const ASCII = /^[\x00-\x7f]*$/;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

/** The comparison key of a block's text: NFKC, one kind of quote and dash, single spaces, lower case. */
export function normalizeForMatch(text: string): string {
  // Plain ASCII needs no Unicode folding; most scraped English is, and NFKC is the costly step.
  if (ASCII.test(text)) return text.replace(/`/g, "'").replace(/-{2,}/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
  return text
    .normalize('NFKC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/-{2,}/g, '-')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}
