import { createHash } from 'node:crypto';
import { normalizeForMatch } from '../core/normalize.js';
import { DuplicateIndex, type DocumentPrint } from '../corpus/duplicate-index.js';
import { signText } from '../corpus/minhash.js';

/** The Jaccard similarity of word shingles from which a document is a near copy of an earlier one. */
export const DEFAULT_DUPLICATE_THRESHOLD = 0.8;

/** An earlier input that a later one duplicates, as its record says. */
export interface DuplicateOf {
  /** The earlier input, as shown in messages and in its own record. */
  input: string;
  similarity: number;
}

/** What the check of one document found: the print to keep if it is not a duplicate, or what it duplicates. */
export type DuplicateCheck = { print: DocumentPrint; of?: undefined } | { print?: undefined; of: DuplicateOf };

/**
 * Duplicate documents across the inputs of one run. Documents are compared by their *cleaned*
 * text: the same article scraped from two pages with different chrome is the same article, and
 * that chrome is what cleaning removes. Called from the main thread in input order, so which copy
 * counts as the first never depends on which worker finished first.
 */
export class DuplicateDocuments {
  private readonly index: DuplicateIndex;
  /** Input names of the kept documents, by their number in the index. */
  private readonly inputs: string[] = [];

  constructor(threshold = DEFAULT_DUPLICATE_THRESHOLD) {
    this.index = new DuplicateIndex(threshold);
  }

  /** Compares one cleaned text with the kept documents; undefined when it has no word to compare. */
  check(cleaned: string): DuplicateCheck | undefined {
    const print = printOf(cleaned, this.index.threshold);
    return print && this.find(print);
  }

  /** The similarity from which a document is a copy, as printOf takes it. */
  get threshold(): number {
    return this.index.threshold;
  }

  /** Compares a print made elsewhere (a worker thread, see {@link printOf}) with the kept documents. */
  find(print: DocumentPrint): DuplicateCheck {
    const match = this.index.find(print);
    if (!match) return { print };
    return { of: { input: this.inputs[match.of]!, similarity: match.similarity } };
  }

  /** Keeps a document that is not a duplicate (and was delivered), so later ones are compared with it. */
  keep(print: DocumentPrint, input: string): void {
    this.index.add(print);
    this.inputs.push(input);
  }
}

/**
 * What the duplicate check keeps of a cleaned text: a hash of the folded text and, below a
 * threshold of 1, its MinHash signature; undefined when it has no word to compare. Pure, so it
 * can be made in whichever thread cleaned the text, and compared later in input order.
 */
export function printOf(cleaned: string, threshold: number): DocumentPrint | undefined {
  const normalized = normalizeForMatch(cleaned);
  const signature = threshold < 1 ? signText(normalized) : undefined;
  if (signature === undefined && !/[\p{L}\p{N}]/u.test(normalized)) return undefined;
  // 128 bits of SHA-256 name the normalised text: no two different texts share them in practice.
  const exact = createHash('sha256').update(normalized).digest('base64').slice(0, 22);
  return { exact, signature };
}
