/**
 * The scorer of ../shared/eval (score.mjs), re-implemented to run in-process: the same tokens, the
 * same multiset overlap, the same micro P/R/F1 over base documents with gold, the same duplicate
 * residue over the `ID.dup.txt` variants and the same snippet checks. Keep it in step with score.mjs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { evalDevDir, readManifest } from './corpus.js';

const TOKEN_RE = /[\p{L}\p{N}]+/gu;
const MIN_DUP_PARA = 80;

type Bag = Map<string, number>;

export function tokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(TOKEN_RE) ?? [];
}

/** Tokens counted: the multiset the overlap is taken over. */
export function bagOf(words: readonly string[]): Bag {
  const m: Bag = new Map();
  for (const t of words) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function bag(text: string): Bag {
  return bagOf(tokens(text));
}

function bagSize(m: Bag): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

/** Σ_t min(A(t), B(t)): text the gold holds once counts once however often the output repeats it. */
export function overlap(a: Bag, b: Bag): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const [t, c] of small) {
    const d = big.get(t);
    if (d) n += Math.min(c, d);
  }
  return n;
}

function norm(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

function countOccurrences(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Gold paragraphs (lines of ID.gold.txt) of at least 80 characters that occur once in the gold. */
function dupParas(gold: string): string[] {
  const paras = gold.split('\n').map(norm).filter(Boolean);
  const count = new Map<string, number>();
  for (const p of paras) count.set(p, (count.get(p) ?? 0) + 1);
  return paras.filter((p) => p.length >= MIN_DUP_PARA && count.get(p) === 1);
}

function hasDupResidue(text: string, paras: readonly string[]): boolean {
  const h = norm(text);
  return paras.some((p) => countOccurrences(h, p) >= 2);
}

export interface PRF {
  p: number;
  r: number;
  f1: number;
}

function prf(inter: number, nOut: number, nGold: number): PRF {
  const p = nOut ? inter / nOut : 0;
  const r = nGold ? inter / nGold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export interface Score extends PRF {
  /** Base documents with gold. */
  goldDocs: number;
  /** Duplicated-body variants scored. */
  dupVariants: number;
  /** Share of variants whose output still holds some gold paragraph twice. */
  dupres: number;
  /** Ids of the variants with residue. */
  residueIds: string[];
  /** Share of `with` snippets kept and of `without` snippets removed (snippet-only documents). */
  withKept: number;
  withoutRemoved: number;
}

/** Scores `clean` over an evaluation set the way `node score.mjs --cmd …` scores a command. */
export function scoreSet(clean: (input: string) => string, dir = evalDevDir): Score {
  const read = (f: string) => readFileSync(`${dir}${f}`, 'utf8');
  let I = 0, O = 0, G = 0, goldDocs = 0;
  let withKept = 0, withTotal = 0, withoutRemoved = 0, withoutTotal = 0;
  let dupVariants = 0;
  const residueIds: string[] = [];
  for (const rec of readManifest(dir)) {
    const goldFile = `${rec.id}.gold.txt`;
    const gold = rec.has_gold !== false && existsSync(`${dir}${goldFile}`) ? read(goldFile) : null;
    const out = clean(read(`${rec.id}.txt`));
    if (rec.with?.length || rec.without?.length) {
      const h = norm(out);
      for (const s of rec.with ?? []) {
        const n = norm(s);
        if (!n) continue;
        withTotal++;
        if (h.includes(n)) withKept++;
      }
      for (const s of rec.without ?? []) {
        const n = norm(s);
        if (!n) continue;
        withoutTotal++;
        if (!h.includes(n)) withoutRemoved++;
      }
    }
    if (gold !== null) {
      const gb = bag(gold);
      const ob = bag(out);
      I += overlap(gb, ob);
      O += bagSize(ob);
      G += bagSize(gb);
      goldDocs++;
    }
    const dupFile = `${rec.id}.dup.txt`;
    if (rec.has_dup_variant && existsSync(`${dir}${dupFile}`)) {
      dupVariants++;
      if (hasDupResidue(clean(read(dupFile)), dupParas(gold ?? ''))) residueIds.push(rec.id);
    }
  }
  return {
    ...prf(I, O, G),
    goldDocs,
    dupVariants,
    dupres: dupVariants ? residueIds.length / dupVariants : NaN,
    residueIds,
    withKept: withTotal ? withKept / withTotal : NaN,
    withoutRemoved: withoutTotal ? withoutRemoved / withoutTotal : NaN,
  };
}
