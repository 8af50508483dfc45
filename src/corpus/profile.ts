import { documentFingerprints, FINGERPRINT_SCHEME, fingerprintHex, fingerprintKey, keyFingerprint, parseFingerprint } from './fingerprint.js';

/**
 * A corpus profile: for each site, how many documents were counted and in how many of them each
 * block fingerprint appeared. Profiles of shards add up: {@link mergeProfiles} sums documents and
 * counts, so merging is associative and order-independent, and {@link serializeProfile} writes
 * sites and fingerprints in sorted order, so equal profiles are equal bytes.
 */
export interface Profile {
  options: ProfileOptions;
  /** By site name; `''` holds documents no site was found for. */
  sites: Map<string, SiteCounts>;
}

export interface ProfileOptions {
  /** How fingerprints were made ({@link FINGERPRINT_SCHEME}); profiles made another way do not add up. */
  fingerprint: string;
  /**
   * Fingerprints seen in fewer documents of their site than this were dropped (1: none were).
   * A pruned profile is exact for every count at or above it, but summing it with another would
   * undercount, so it cannot be merged.
   */
  prunedBelow: number;
}

export interface SiteCounts {
  documents: number;
  /** Fingerprint (as fingerprintKey makes it; 16 hex digits in the file) to the number of documents it appeared in. */
  blocks: Map<string, number>;
}

export const PROFILE_VERSION = 1;

/** A problem with a profile's contents or with combining profiles; the CLI prints it after the file name. */
export class ProfileError extends Error {
  override name = 'ProfileError';
}

export function emptyProfile(): Profile {
  return { options: { fingerprint: FINGERPRINT_SCHEME, prunedBelow: 1 }, sites: new Map() };
}

/** Counts one document of `site` into `profile`: each of its block fingerprints once. */
export function countDocument(profile: Profile, site: string, text: string): void {
  const counts = siteCounts(profile, site);
  counts.documents++;
  for (const fingerprint of documentFingerprints(text)) counts.blocks.set(fingerprint, (counts.blocks.get(fingerprint) ?? 0) + 1);
}

function siteCounts(profile: Profile, site: string): SiteCounts {
  let counts = profile.sites.get(site);
  if (!counts) {
    counts = { documents: 0, blocks: new Map() };
    profile.sites.set(site, counts);
  }
  return counts;
}

/** The number of documents counted, over all sites. */
export function documentCount(profile: Profile): number {
  let total = 0;
  for (const counts of profile.sites.values()) total += counts.documents;
  return total;
}

/**
 * The sum of profiles: documents and counts added site by site. Refused when they were made with
 * different fingerprints or when one was pruned, since the sum would not be the profile of the
 * documents together.
 */
export function mergeProfiles(profiles: readonly Profile[], names: readonly string[] = []): Profile {
  const merged = emptyProfile();
  profiles.forEach((profile, index) => {
    const name = names[index] ?? `profile ${index + 1}`;
    if (profile.options.fingerprint !== merged.options.fingerprint) {
      throw new ProfileError(`${name}: made with another fingerprint ("${profile.options.fingerprint}"); profile its documents again`);
    }
    if (profile.options.prunedBelow > 1) {
      throw new ProfileError(
        `${name}: pruned below ${profile.options.prunedBelow} documents, so its counts would not add up; merge the unpruned profiles, then prune`,
      );
    }
    for (const [site, counts] of profile.sites) {
      const into = siteCounts(merged, site);
      into.documents += counts.documents;
      for (const [fingerprint, count] of counts.blocks) into.blocks.set(fingerprint, (into.blocks.get(fingerprint) ?? 0) + count);
    }
  });
  return merged;
}

/**
 * The profile without the fingerprints seen in fewer than `below` documents of their site. Body
 * paragraphs appear once each, so this is where nearly all of a profile's size goes; drop them
 * once all shards are merged, never before (a block seen once in each of three shards is a block
 * seen in three documents).
 */
export function pruneProfile(profile: Profile, below: number): Profile {
  const sites = new Map<string, SiteCounts>();
  for (const [site, counts] of profile.sites) {
    const blocks = new Map<string, number>();
    for (const [fingerprint, count] of counts.blocks) if (count >= below) blocks.set(fingerprint, count);
    sites.set(site, { documents: counts.documents, blocks });
  }
  return { options: { ...profile.options, prunedBelow: Math.max(profile.options.prunedBelow, below) }, sites };
}

/** Code-unit order: the same on every machine and locale. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The profile as JSON, in pieces (one site a line, long sites in several pieces) so that a large
 * profile is written without being one string. Keys are sorted; nothing depends on time or order
 * of counting.
 */
export function* serializeProfile(profile: Profile): Generator<string> {
  const header = { profileVersion: PROFILE_VERSION, options: profile.options, documents: documentCount(profile) };
  yield `${JSON.stringify(header).slice(0, -1)},"sites":{`;
  const sites = [...profile.sites.keys()].sort(byCodeUnits);
  for (const [index, site] of sites.entries()) {
    const counts = profile.sites.get(site)!;
    yield `${index === 0 ? '\n' : ',\n'}${JSON.stringify(site)}:{"documents":${counts.documents},"blocks":{`;
    const keys = [...counts.blocks.keys()].sort(byCodeUnits);
    const PIECE = 4096;
    for (let start = 0; start < keys.length; start += PIECE) {
      yield keys
        .slice(start, start + PIECE)
        .map((key, i) => `${start + i === 0 ? '' : ','}"${fingerprintHex(keyFingerprint(key))}":${counts.blocks.get(key)}`)
        .join('');
    }
    yield '}}';
  }
  yield '\n}}\n';
}

/** {@link serializeProfile} as one string, for tests and small profiles. */
export function profileToString(profile: Profile): string {
  return [...serializeProfile(profile)].join('');
}

const FINGERPRINT_HEX = /^[0-9a-f]{16}$/;

/** Reads a profile written by {@link serializeProfile}, checking every part; throws a ProfileError that says what is wrong. */
export function parseProfile(text: string): Profile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ProfileError(`not JSON (${(error as Error).message})`);
  }
  if (!isObject(data) || data.profileVersion === undefined) throw new ProfileError('not a winnow profile (no "profileVersion"); make one with winnow profile');
  if (data.profileVersion !== PROFILE_VERSION) throw new ProfileError(`profile version ${JSON.stringify(data.profileVersion)}; this winnow reads version ${PROFILE_VERSION}`);
  const options = data.options;
  if (!isObject(options) || typeof options.fingerprint !== 'string' || !isCount(options.prunedBelow)) {
    throw new ProfileError('"options" needs "fingerprint" (a string) and "prunedBelow" (a whole number of at least 1)');
  }
  if (options.fingerprint !== FINGERPRINT_SCHEME) {
    throw new ProfileError(`made with another fingerprint ("${options.fingerprint}"); profile the documents again with this winnow`);
  }
  if (!isObject(data.sites)) throw new ProfileError('"sites" must be an object');
  const sites = new Map<string, SiteCounts>();
  let total = 0;
  for (const [site, value] of Object.entries(data.sites)) {
    const where = `site ${JSON.stringify(site)}`;
    if (!isObject(value) || !isCount(value.documents) || !isObject(value.blocks)) {
      throw new ProfileError(`${where}: needs "documents" (a whole number of at least 1) and "blocks" (an object)`);
    }
    const documents = value.documents;
    const blocks = new Map<string, number>();
    for (const [fingerprint, count] of Object.entries(value.blocks)) {
      if (!FINGERPRINT_HEX.test(fingerprint)) throw new ProfileError(`${where}: "${fingerprint}" is not a fingerprint (16 hex digits)`);
      if (!isCount(count) || count > documents) {
        throw new ProfileError(`${where}: fingerprint ${fingerprint} has count ${JSON.stringify(count)}; expected 1 to ${documents} (its documents)`);
      }
      blocks.set(fingerprintKey(parseFingerprint(fingerprint)), count);
    }
    sites.set(site, { documents, blocks });
    total += documents;
  }
  if (data.documents !== total) throw new ProfileError(`"documents" is ${JSON.stringify(data.documents)} but its sites hold ${total}`);
  return { options: { fingerprint: options.fingerprint, prunedBelow: options.prunedBelow as number }, sites };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}
