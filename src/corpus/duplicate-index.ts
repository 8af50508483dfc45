import { SIGNATURE_SIZE, chooseBanding, estimateSimilarity, type Banding, type Signature } from './minhash.js';

/** What the index knows of a document: a key of its whole normalised text, and its MinHash signature (none when it has no words). */
export interface DocumentPrint {
  exact: string;
  signature: Signature | undefined;
}

/** An earlier document that a later one duplicates. */
export interface Match {
  /** The earlier document's number: the order in which it was added, from 0. */
  of: number;
  /** 1 for an exact copy; for a near copy, its estimated Jaccard similarity. */
  similarity: number;
  exact: boolean;
}

/**
 * The documents kept so far, by exact key and by MinHash signature with LSH buckets, to tell
 * whether a new one duplicates one of them. Memory per document: its key, a 256-byte signature
 * and 12 to 20 bytes per band (25 bands at the default threshold), about 1 kB with the
 * caller's name for it; never its text.
 *
 * Only documents that are not duplicates are added, so a match always points at a copy that was
 * kept, and a run of near copies cannot drift away from the document they all resemble.
 */
export class DuplicateIndex {
  readonly banding: Banding;
  private readonly exact = new Map<string, number>();
  private count = 0;
  /** Signatures of the added documents, one after the other. */
  private signatures = new Uint16Array(SIGNATURE_SIZE * 1024);
  /**
   * LSH buckets as one open-addressing table. An entry (document × bands + band) stands for the
   * document's values in that band; a slot holds the newest entry of a bucket (+1, so 0 is
   * empty) and `next` links each entry to the previous one with the same values.
   */
  private slots = new Int32Array(1 << 12);
  private used = 0;
  private next = new Int32Array(1024);

  /** `threshold`: the estimated similarity from which a document is a near copy; at 1 only exact copies count. */
  constructor(readonly threshold: number) {
    this.banding = chooseBanding(threshold);
  }

  get size(): number {
    return this.count;
  }

  /** The earlier document this one duplicates: an exact copy first, else the most similar near copy (the earliest of equals). */
  find(print: DocumentPrint): Match | undefined {
    const exact = this.exact.get(print.exact);
    if (exact !== undefined) return { of: exact, similarity: 1, exact: true };
    const { signature } = print;
    if (signature === undefined || this.threshold >= 1) return undefined;
    const { bands } = this.banding;
    let best: Match | undefined;
    const seen = new Set<number>();
    for (let band = 0; band < bands; band++) {
      let entry = this.slots[this.slotOf(signature, band)]!;
      for (; entry !== 0; entry = this.next[entry - 1]!) {
        const doc = Math.floor((entry - 1) / bands);
        if (seen.has(doc)) continue;
        seen.add(doc);
        const similarity = estimateSimilarity(signature, this.signatureOf(doc));
        if (similarity < this.threshold) continue;
        if (!best || similarity > best.similarity || (similarity === best.similarity && doc < best.of)) best = { of: doc, similarity, exact: false };
      }
    }
    return best;
  }

  /** Adds a document that is not a duplicate; returns its number. */
  add(print: DocumentPrint): number {
    const doc = this.count++;
    if (!this.exact.has(print.exact)) this.exact.set(print.exact, doc);
    const { signature } = print;
    if (signature === undefined || this.threshold >= 1) return doc;
    if (this.signatures.length < this.count * SIGNATURE_SIZE) this.signatures = grow(this.signatures, this.count * SIGNATURE_SIZE);
    this.signatures.set(signature, doc * SIGNATURE_SIZE);
    const { bands } = this.banding;
    if (this.next.length < this.count * bands) this.next = grow(this.next, this.count * bands);
    for (let band = 0; band < bands; band++) {
      if ((this.used + 1) * 2 > this.slots.length) this.rehash();
      const slot = this.slotOf(signature, band);
      const entry = doc * bands + band + 1;
      if (this.slots[slot] === 0) this.used++;
      this.next[entry - 1] = this.slots[slot]!;
      this.slots[slot] = entry;
    }
    return doc;
  }

  private signatureOf(doc: number): Signature {
    return this.signatures.subarray(doc * SIGNATURE_SIZE, (doc + 1) * SIGNATURE_SIZE);
  }

  /** The slot of a band's values: the one holding the same values, or the empty one where they would go. */
  private slotOf(signature: Signature, band: number): number {
    const { rows, bands } = this.banding;
    const start = band * rows;
    let h = Math.imul(band + 1, 0x9e3779b1);
    for (let i = 0; i < rows; i++) h = Math.imul(h ^ signature[start + i]!, 0x01000193);
    h ^= h >>> 15;
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return slot;
      if ((entry - 1) % bands !== band) continue;
      const other = Math.floor((entry - 1) / bands) * SIGNATURE_SIZE + band * rows;
      let same = true;
      for (let i = 0; i < rows && same; i++) same = this.signatures[other + i] === signature[start + i];
      if (same) return slot;
    }
  }

  /** Doubles the table; each bucket moves as a whole, by its newest entry. */
  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    const { bands } = this.banding;
    for (const entry of old) {
      if (entry === 0) continue;
      const doc = Math.floor((entry - 1) / bands);
      const band = (entry - 1) % bands;
      this.slots[this.slotOf(this.signatureOf(doc), band)] = entry;
    }
  }
}

function grow<T extends Uint16Array | Int32Array>(array: T, needed: number): T {
  let length = array.length;
  while (length < needed) length *= 2;
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}
