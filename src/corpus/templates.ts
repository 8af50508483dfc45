import { keyFingerprint, type Fingerprint } from './fingerprint.js';
import { byCodeUnits, type Profile } from './profile.js';

/** When a block that recurs across a site's documents counts as the site's template text. */
export interface TemplateThresholds {
  /** In at least this many documents of the site. Default 3. */
  minDocs: number;
  /** And in at least this share (0..1) of the site's documents. Default 0.01. */
  minShare: number;
}

export const DEFAULT_THRESHOLDS: TemplateThresholds = { minDocs: 3, minShare: 0.01 };

/**
 * The template fingerprints of a profile, packed for the engine: only those that meet the
 * thresholds, sorted by site and fingerprint in typed arrays. It is plain data, so it can go to
 * worker threads; built on SharedArrayBuffers (see {@link templateTable}'s `allocate`), the
 * arrays are shared, not copied.
 */
export interface TemplateTable {
  thresholds: TemplateThresholds;
  /** Site names in code-unit order. */
  sites: string[];
  /** Documents counted for each site. */
  documents: number[];
  /** Site `s`'s fingerprints are at indexes `starts[s]` up to `starts[s + 1]`. */
  starts: number[];
  hi: Uint32Array;
  lo: Uint32Array;
  /** In how many of its site's documents each fingerprint appeared. */
  counts: Uint32Array;
}

/** The template fingerprints of `profile` under `thresholds`. */
export function templateTable(
  profile: Profile,
  thresholds: TemplateThresholds = DEFAULT_THRESHOLDS,
  allocate: (bytes: number) => ArrayBufferLike = (bytes) => new ArrayBuffer(bytes),
): TemplateTable {
  const sites = [...profile.sites.keys()].sort(byCodeUnits);
  const chosen: [Fingerprint, number][][] = sites.map((site) => {
    const { documents, blocks } = profile.sites.get(site)!;
    const entries: [Fingerprint, number][] = [];
    for (const [key, count] of blocks) if (isTemplate(count, documents, thresholds)) entries.push([keyFingerprint(key), count]);
    return entries.sort(([a], [b]) => a.hi - b.hi || a.lo - b.lo);
  });
  const total = chosen.reduce((sum, entries) => sum + entries.length, 0);
  const hi = new Uint32Array(allocate(total * 4));
  const lo = new Uint32Array(allocate(total * 4));
  const counts = new Uint32Array(allocate(total * 4));
  const starts = [0];
  let at = 0;
  for (const entries of chosen) {
    for (const [fingerprint, count] of entries) {
      hi[at] = fingerprint.hi;
      lo[at] = fingerprint.lo;
      counts[at] = count;
      at++;
    }
    starts.push(at);
  }
  return { thresholds, sites, documents: sites.map((site) => profile.sites.get(site)!.documents), starts, hi, lo, counts };
}

/** Both thresholds: enough documents, and enough of the site's. */
export function isTemplate(count: number, documents: number, { minDocs, minShare }: TemplateThresholds): boolean {
  return count >= minDocs && count >= minShare * documents;
}

/** The index of `site` in the table, or -1. */
export function siteIndex(table: TemplateTable, site: string): number {
  let low = 0;
  let high = table.sites.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const order = byCodeUnits(table.sites[mid]!, site);
    if (order === 0) return mid;
    if (order < 0) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** In how many documents of site number `site` the fingerprint appeared, when it is template text there; else 0. */
export function templateCount(table: TemplateTable, site: number, { hi, lo }: Fingerprint): number {
  let low = table.starts[site]!;
  let high = table.starts[site + 1]! - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const order = table.hi[mid]! - hi || table.lo[mid]! - lo;
    if (order === 0) return table.counts[mid]!;
    if (order < 0) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}
