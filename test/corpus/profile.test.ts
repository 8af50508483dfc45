/** Profiles: block counts per site that add up across shards, exactly and in any order. */
import { describe, expect, test } from 'vitest';
import {
  countDocument,
  emptyProfile,
  mergeProfiles,
  parseProfile,
  profileToString,
  pruneProfile,
  ProfileError,
  type Profile,
} from '../../src/corpus/profile.js';
import { siteOfPath, siteOfRecord } from '../../src/corpus/site.js';

const FOOTER = '© Harbour Gazette Trust';
const doc = (n: number, extra = '') => `Story number ${n} begins here.\n\n${extra}\n${FOOTER}\n`;

/** Documents of two sites, as (site, text) pairs. */
const DOCS: [string, string][] = [
  ['gazette', doc(1, 'Most read')],
  ['gazette', doc(2, 'Most read')],
  ['courier', doc(3)],
  ['gazette', doc(4)],
  ['courier', doc(5, 'Most read')],
  ['gazette', doc(1)],
  ['courier', doc(6)],
];

function profileOf(docs: readonly [string, string][]): Profile {
  const profile = emptyProfile();
  for (const [site, text] of docs) countDocument(profile, site, text);
  return profile;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** The count of each block text per site, read back through the fingerprints. */
function counts(profile: Profile, site: string, text: string): number {
  const probe = emptyProfile();
  countDocument(probe, site, text);
  const [fingerprint] = probe.sites.get(site)!.blocks.keys();
  return profile.sites.get(site)?.blocks.get(fingerprint!) ?? 0;
}

describe('counting', () => {
  test('counts documents per site, and each block once per document', () => {
    const profile = profileOf([...DOCS, ['gazette', `${FOOTER}\n${FOOTER}\n`]]);
    expect(profile.sites.get('gazette')!.documents).toBe(5);
    expect(profile.sites.get('courier')!.documents).toBe(3);
    expect(counts(profile, 'gazette', FOOTER)).toBe(5);
    expect(counts(profile, 'courier', FOOTER)).toBe(3);
    expect(counts(profile, 'gazette', 'Most read')).toBe(2);
    expect(counts(profile, 'courier', 'Most read')).toBe(1);
    // The same story in two documents of one site is two documents of evidence.
    expect(counts(profile, 'gazette', 'Story number 1 begins here.')).toBe(2);
  });

  test('keeps fingerprints, not text', () => {
    expect(profileToString(profileOf(DOCS))).not.toContain('Harbour');
  });
});

describe('merging', () => {
  const shards = [DOCS.slice(0, 2), DOCS.slice(2, 3), DOCS.slice(3, 5), DOCS.slice(5)].map(profileOf);

  test('the merge of shard profiles is the profile of all their documents, byte for byte', () => {
    expect(profileToString(mergeProfiles(shards))).toBe(profileToString(profileOf(DOCS)));
  });

  test('is order-independent: every order of the shards gives the same bytes', () => {
    const expected = profileToString(mergeProfiles(shards));
    for (const order of permutations(shards)) expect(profileToString(mergeProfiles(order))).toBe(expected);
  });

  test('is associative: merging merged profiles changes nothing', () => {
    const [a, b, c, d] = shards as [Profile, Profile, Profile, Profile];
    const expected = profileToString(mergeProfiles([a, b, c, d]));
    expect(profileToString(mergeProfiles([mergeProfiles([a, b]), mergeProfiles([c, d])]))).toBe(expected);
    expect(profileToString(mergeProfiles([a, mergeProfiles([b, mergeProfiles([c, d])])]))).toBe(expected);
    expect(profileToString(mergeProfiles([mergeProfiles([mergeProfiles([d, c]), b]), a]))).toBe(expected);
  });

  test('an empty profile is the identity', () => {
    const all = profileOf(DOCS);
    expect(profileToString(mergeProfiles([emptyProfile(), all, emptyProfile()]))).toBe(profileToString(all));
  });

  test('refuses a pruned profile, whose counts would not add up', () => {
    const pruned = pruneProfile(shards[0]!, 2);
    expect(() => mergeProfiles([shards[1]!, pruned], ['a.json', 'b.json'])).toThrow(
      new ProfileError('b.json: pruned below 2 documents, so its counts would not add up; merge the unpruned profiles, then prune'),
    );
  });

  test('a block seen once in each of three shards is a block seen in three documents', () => {
    const three = [1, 2, 3].map((n) => profileOf([['gazette', doc(n, 'Subscribe from £1 a week')]]));
    // Pruning the merge keeps it; pruning each shard first would have lost it everywhere.
    expect(counts(pruneProfile(mergeProfiles(three), 3), 'gazette', 'Subscribe from £1 a week')).toBe(3);
    for (const shard of three) expect(counts(pruneProfile(shard, 2), 'gazette', 'Subscribe from £1 a week')).toBe(0);
  });
});

describe('the profile file', () => {
  test('reads back to the same profile', () => {
    const text = profileToString(profileOf(DOCS));
    expect(profileToString(parseProfile(text))).toBe(text);
  });

  test('lists sites in order, one a line, with their document counts', () => {
    const lines = profileToString(profileOf(DOCS)).split('\n');
    expect(lines[0]).toMatch(/^\{"profileVersion":1,"options":\{"fingerprint":"[^"]+","prunedBelow":1\},"documents":7,"sites":\{$/);
    expect(lines[1]).toMatch(/^"courier":\{"documents":3,"blocks":\{"[0-9a-f]{16}":\d.*\}\},$/);
    expect(lines[2]).toMatch(/^"gazette":\{"documents":4,"blocks":\{.*\}\}$/);
    expect(lines.slice(3)).toEqual(['}}', '']);
  });

  test('records pruning', () => {
    const pruned = pruneProfile(profileOf(DOCS), 2);
    expect(pruned.options.prunedBelow).toBe(2);
    expect(counts(pruned, 'gazette', 'Story number 2 begins here.')).toBe(0);
    expect(counts(pruned, 'gazette', FOOTER)).toBe(4);
    expect(parseProfile(profileToString(pruned)).options.prunedBelow).toBe(2);
  });

  test.each([
    ['not JSON', '{', /^not JSON/],
    ['another kind of JSON', '{"reportVersion":1}', /^not a winnow profile/],
    ['another version', '{"profileVersion":2}', /^profile version 2; this winnow reads version 1$/],
    ['another fingerprint', '{"profileVersion":1,"options":{"fingerprint":"md5","prunedBelow":1},"documents":0,"sites":{}}', /another fingerprint \("md5"\)/],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseProfile(text)).toThrow(message);
  });

  test('refuses counts that cannot be, and totals that do not add up', () => {
    const good = JSON.parse(profileToString(profileOf(DOCS)));
    const fingerprint = Object.keys(good.sites.courier.blocks)[0]!;
    const tooMany = structuredClone(good);
    tooMany.sites.courier.blocks[fingerprint] = 4;
    expect(() => parseProfile(JSON.stringify(tooMany))).toThrow(`site "courier": fingerprint ${fingerprint} has count 4; expected 1 to 3 (its documents)`);
    const badKey = structuredClone(good);
    badKey.sites.courier.blocks['Share this'] = 1;
    expect(() => parseProfile(JSON.stringify(badKey))).toThrow('site "courier": "Share this" is not a fingerprint (16 hex digits)');
    expect(() => parseProfile(JSON.stringify({ ...good, documents: 8 }))).toThrow('"documents" is 8 but its sites hold 7');
  });
});

describe('sites', () => {
  test.each([
    ['example.com/a.txt', 'example.com'],
    ['example.com/2019/05/a.txt', 'example.com'],
    ['example.com\\a.txt', 'example.com'],
    ['./example.com/a.txt', 'example.com'],
    ['a.txt', ''],
    ['../other/a.txt', ''],
  ])('of the file %s: %j', (relative, site) => {
    expect(siteOfPath(relative)).toBe(site);
  });

  test.each([
    [{ site: 'gazette', url: 'https://example.com/a' }, 'gazette'],
    [{ url: 'https://www.Example.com/news/a?x=1' }, 'example.com'],
    [{ url: 'not a url' }, ''],
    [{ site: '  ', url: 'http://blog.example.org/' }, 'blog.example.org'],
    [{}, ''],
  ])('of the record %j: %j', (record, site) => {
    expect(siteOfRecord(record)).toBe(site);
  });
});
