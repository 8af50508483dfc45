/** block-classifier: blocks outside the article's main stretch that a trained model reads as chrome. */
import { describe, expect, test } from 'vitest';
import { analyse, resolveSettings } from '../../src/core/analysis.js';
import { cleanText } from '../../src/index.js';
import type { Finding } from '../../src/core/types.js';
import { blockClassifier, blockTable, FEATURES, makeBlockClassifier, type Model } from '../../src/detectors/block-classifier.js';
import weights from '../../src/detectors/block-classifier.weights.json' with { type: 'json' };
import type { Detector } from '../../src/detectors/detector.js';
import { allDetectors } from '../../src/detectors/index.js';
import { BODY, paragraphs } from '../support/articles.js';

const TITLE = '# Life on the Harbour';
// A site's section list as html2text renders it: a title, then one list item per link.
const SECTIONS = [
  'Harbour Festival Guide', 'Best Fish And Chips', 'Ferry Timetable Changes', 'Meet The Lifeboat Crew', 'Island Walks For Families',
  'Tide Tables', 'Sailing Club News', 'Lighthouse Tours', 'Market Day Photos', 'Harbour Webcam', 'Contact The Editor', 'Boat Repairs',
  'Harbour History', 'Letters Page', 'School Sports Day', 'Weather Warnings', 'Parish Council Minutes', 'Fishing Quotas', 'Summer Concerts',
];
const SIDEBAR = ['Around The Bay', ...SECTIONS.map((s) => `  * ${s}`)];
// Prose after the sidebar keeps the footer detector from taking it: only the classifier can.
const BLURB =
  'Anna Berg has written about the coast for twenty years, and her book on the lighthouses of the north was published last spring by a small press in the harbour town.';

/**
 * What the detector finds in `doc`, as "first-last: reason", after the detectors that run before
 * it (all of them while it is not in the list: it is meant to run last), or alone.
 */
function flagged(doc: string, detector: Detector = blockClassifier, alone = false): string[] {
  const analysis = analyse(doc, resolveSettings());
  const earlier: Finding[] = [];
  for (const d of alone ? [] : allDetectors) {
    if (d.id === 'block-classifier') break;
    earlier.push(...d.detect(analysis, earlier).findings);
  }
  return detector.detect(analysis, earlier).findings.map((f) => `${f.lines[0]}-${f.lines[1]}: ${f.reason}`);
}

const lines = (found: string[]) => found.map((f) => f.slice(0, f.indexOf(':')));
const ranges = (found: string[]) => lines(found).map((r) => r.split('-').map(Number) as [number, number]);

describe('block-classifier', () => {
  test("the items of a listicle between shop buttons stay: those buttons stand inside articles and do not end its main stretch", () => {
    const items = [1, 2, 3, 4].flatMap((n) => [`${n}. Harbour Kettle ${n}00 – best for small kitchens`, BODY[n]!, 'View Deal', `£${n}9 at Amazon`]);
    const doc = paragraphs(TITLE, BODY[0], ...items, BODY[5]!);
    const out = cleanText(doc).text;
    for (const n of [1, 2, 3, 4]) expect(out).toContain(`${n}. Harbour Kettle ${n}00 – best for small kitchens`);
    expect(out).not.toContain('View Deal');
  });

  test('a sidebar of short title-cased links after the article is flagged where it is far from the article, with a reason', () => {
    const doc = paragraphs(TITLE, ...BODY, ...SIDEBAR, BLURB);
    // Lines: title 1, body 3-13, sidebar title 15 and its items 17-53, blurb 55. The model is sure
    // only some way from the article: near it, a list may still be the article's.
    const found = flagged(doc);
    expect(found.length).toBeGreaterThan(0);
    for (const [a, z] of ranges(found)) {
      expect(a).toBeGreaterThan(15);
      expect(z).toBeLessThanOrEqual(53);
    }
    expect(ranges(found).at(-1)![1]).toBe(53);
    for (const f of found) expect(f).toMatch(/^\d+-\d+: (\d+ blocks read as chrome: )?list items, \d+ blocks after the main stretch, .*; p\(body\)=0\.\d\d(–0\.\d\d)?$/);
  });

  test('article paragraphs outside the main stretch are not flagged', () => {
    const doc = paragraphs(TITLE, ...BODY.slice(0, 4), ...SIDEBAR, BODY[4], BODY[5], BLURB);
    const analysis = analyse(doc, resolveSettings());
    const main = blockTable(analysis, []).main!;
    expect(main.last).toBe(4);
    const body = new Set([BODY[4], BODY[5], BLURB].map((p) => doc.split('\n').indexOf(p) + 1));
    for (const [a, z] of ranges(flagged(doc))) {
      for (const line of body) expect(line < a || line > z).toBe(true);
    }
  });

  test('a block inside the main stretch is never flagged, even by a model that flags everything else', () => {
    const everything = makeBlockClassifier({ ...(weights as Model), threshold: 1 });
    const doc = paragraphs('Home', 'News', TITLE, BODY[0], BODY[1], 'Harbour Life Today', BODY[2], BODY[3], ...SIDEBAR.slice(0, 6));
    // Lines: menu 1-3, title 5, body 7-9, subheading 11, body 13-15, sidebar 17-27.
    // Alone, so that no header or footer finding takes the menu and the sidebar first.
    const found = ranges(flagged(doc, everything, true));
    expect(found.length).toBeGreaterThan(0);
    const covered = found.flatMap(([a, z]) => Array.from({ length: z - a + 1 }, (_, k) => a + k));
    for (const line of [5, 7, 9, 11, 13, 15]) expect(covered).not.toContain(line);
  });

  test("a review's points under a subheading of its verdict section stay whole above the main text; a footer's columns of links under headings do not", () => {
    const head = ['Skip to main content', '  * Reviews\n  * Best picks\n  * Deals\n  * News', 'Home > Reviews > Headphones', '# Halden Quietline 2 review', 'By Priya Raman'];
    const pros = ['  * Noise cancelling on a par with the best', '  * Comfortable for long sessions', '  * 34-hour battery life', '  * Rich, detailed bass'].join('\n');
    const cons = ['  * Companion app is clumsy', '  * No automatic pause when you take them off', '  * Case is bulky'].join('\n');
    const verdict = 'The Quietline 2 is the rare sequel that listens to its critics: it is comfortable for a whole flight, the noise cancelling now rivals the class leaders, and the sound is warm without being woolly.';
    const deals = ["Today's best Halden Quietline 2 deals", '$299.99', 'View at Amazon', '$329', 'View at Crutchfield', 'Show More Deals'];
    const doc = paragraphs(...head, '## Our Verdict', verdict, '### For', pros, '### Against', cons, ...deals, ...BODY.slice(0, 5));
    const out = cleanText(doc).text;
    expect(out).toContain(pros);
    expect(out).toContain(cons);
    const columns = ['### About the Harbour Times', 'The Harbour Times is a weekly paper for the harbour and the islands, published every Thursday since 1921.', '#### About Us', '  * About\n  * Read Our Blog', '#### Get in Touch', '  * Contact Us\n  * Give Feedback'];
    const footer = cleanText(paragraphs(TITLE, ...BODY.slice(0, 5), ...columns)).text;
    expect(footer).not.toContain('Give Feedback');
  });

  describe('a list is kept whole where the model takes a third of its items or fewer', () => {
    // A model that takes every line with digits in more than a twentieth of its characters for chrome, and nothing else.
    const DIGITS_ARE_CHROME: Model = {
      ...(weights as Model),
      mean: FEATURES.map(() => 0),
      scale: FEATURES.map(() => 1),
      coef: FEATURES.map((f) => (f === 'digit_share' ? -100 : 0)),
      intercept: 5,
      threshold: 0.5,
    };
    const detector = makeBlockClassifier(DIGITS_ARE_CHROME);
    const step = (n: number, text: string) => `  ${n}. ${text}`;
    const plain = ['Melt the butter in a small pan until it smells of toasted nuts.', 'Pour it into a shallow dish and freeze it until it is firm.', 'Whisk the flour, oats, sugar and salt together in a large bowl.', 'Beat the cream and the egg together and stir them in gently.', 'Pat the dough into a round and cut it into eight wedges.'];
    const numbered = ['Heat the oven to 200°C, or 180°C with a fan, for 15 minutes.', 'Bake the scones for 18 to 20 minutes, until they are golden.', 'Cool them for 10 to 15 minutes on a rack, then serve.'];
    const coveredBy = (doc: string) => ranges(flagged(doc, detector)).flatMap(([a, z]) => Array.from({ length: z - a + 1 }, (_, k) => a + k));
    const lineOf = (doc: string, text: string) => doc.split('\n').indexOf(text) + 1;

    test('one step among six stays', () => {
      const steps = [...plain.slice(0, 3), numbered[0]!, ...plain.slice(3, 5)].map((t, i) => step(i + 1, t));
      const doc = paragraphs(TITLE, ...BODY.slice(0, 4), ...SIDEBAR, ...steps, BLURB);
      expect(coveredBy(doc)).not.toContain(lineOf(doc, steps[3]!));
    });

    test('one bullet point among four, on lines one under another, stays', () => {
      const bullets = [...plain.slice(0, 3), numbered[2]!].map((t) => `  * ${t}`);
      const doc = paragraphs(TITLE, ...BODY.slice(0, 4), ...SIDEBAR, bullets.join('\n'), BLURB);
      expect(coveredBy(doc)).not.toContain(lineOf(doc, bullets[3]!));
    });

    test('so does one among four with a blank line between each (a loose list), and not one far below them or at another indent', () => {
      const bullets = [...plain.slice(0, 3), numbered[2]!].map((t) => `  * ${t}`);
      const doc = paragraphs(TITLE, ...BODY.slice(0, 4), ...SIDEBAR, ...bullets, BLURB);
      expect(coveredBy(doc)).not.toContain(lineOf(doc, bullets[3]!));
      const apart = paragraphs(TITLE, ...BODY.slice(0, 4), ...SIDEBAR, ...bullets.slice(0, 3), '', bullets[3]!, BLURB);
      expect(coveredBy(apart)).toContain(lineOf(apart, bullets[3]!));
      // Nor one a blank line below at another indent: another list (a menu over share buttons).
      const indented = `    * ${numbered[2]!}`;
      const other = paragraphs(TITLE, ...BODY.slice(0, 4), ...SIDEBAR, ...bullets.slice(0, 3), indented, BLURB);
      expect(coveredBy(other)).toContain(lineOf(other, indented));
    });

    test('a list numbered from 1, five items or more, stays whole under a line that introduces it with a colon, however much the model takes', () => {
      const songs = ['Saint Helens 1980', 'Glass Orchard 1982', 'Weathervane 1983', 'The Long Way Round 1985', 'Widow Walk 1986', 'Hollow Sound 1988'].map((t, i) => step(i + 1, t));
      const doc = paragraphs(TITLE, ...BODY.slice(0, 4), ...SIDEBAR, 'The album tracklist:', songs.join('\n'), BLURB);
      for (const song of songs) expect(coveredBy(doc)).not.toContain(lineOf(doc, song));
      const bare = paragraphs(TITLE, ...BODY.slice(0, 4), ...SIDEBAR, songs.join('\n'), BLURB);
      expect(coveredBy(bare)).toContain(lineOf(bare, songs[1]!));
    });

    test('a list the model takes half of stays whole under a line of the text that introduces it with a colon', () => {
      const bullets = [plain[0]!, numbered[0]!, plain[1]!, numbered[1]!].map((t) => `  * ${t}`);
      const doc = paragraphs(TITLE, ...BODY.slice(0, 4), ...SIDEBAR, 'What you will need to do:', bullets.join('\n'), BLURB);
      const covered = coveredBy(doc);
      for (const b of bullets) expect(covered).not.toContain(lineOf(doc, b));
      // The same list under a heading of its own is judged item by item.
      const headed = paragraphs(TITLE, ...BODY.slice(0, 4), ...SIDEBAR, '## What you will need to do', bullets.join('\n'), BLURB);
      expect(coveredBy(headed)).toContain(lineOf(headed, bullets[1]!));
    });

    test('under a lead-in line, a list the model takes more than half of, or under a line it takes too, is judged item by item', () => {
      const most = [plain[0]!, numbered[0]!, numbered[1]!, numbered[2]!].map((t) => `  * ${t}`);
      const doc = paragraphs(TITLE, ...BODY.slice(0, 4), ...SIDEBAR, 'What you will need to do:', most.join('\n'), BLURB);
      expect(coveredBy(doc)).toContain(lineOf(doc, most[1]!));
      const half = [plain[0]!, numbered[0]!, plain[1]!, numbered[1]!].map((t) => `  * ${t}`);
      const taken = paragraphs(TITLE, ...BODY.slice(0, 4), ...SIDEBAR, 'Before 9 May, 2 of you will need:', half.join('\n'), BLURB);
      expect(coveredBy(taken)).toContain(lineOf(taken, half[1]!));
    });

    test('a list the model takes half of is judged item by item', () => {
      const steps = [plain[0]!, numbered[0]!, plain[1]!, numbered[1]!, plain[2]!, numbered[2]!].map((t, i) => step(i + 1, t));
      const doc = paragraphs(TITLE, ...BODY.slice(0, 4), ...SIDEBAR, ...steps, BLURB);
      const covered = coveredBy(doc);
      for (const s of [steps[1]!, steps[3]!]) expect(covered).toContain(lineOf(doc, s));
      for (const s of [steps[0]!, steps[2]!]) expect(covered).not.toContain(lineOf(doc, s));
    });
  });

  test('a headline right above its byline is not judged, even as a list item and by a model that flags everything', () => {
    const everything = makeBlockClassifier({ ...(weights as Model), threshold: 1 });
    const headline = '  *     * Ferry Timetable: Now on Your Phone';
    const doc = paragraphs('Harbour Blog', 'Sign in', 'Harbour Page · RSS Feed', headline, 'by Ann Holt on Thursday, December 15, 2011 at 10:00am', BODY[0], BODY[1], BODY[2], BODY[3]);
    const covered = ranges(flagged(doc, everything)).flatMap(([a, z]) => Array.from({ length: z - a + 1 }, (_, k) => a + k));
    expect(covered).not.toContain(7);
  });

  test.each(['Dear Parents and Carers,', 'Hi friends!', 'Liebe Eltern,', 'Chers parents,'])(
    "a letter's salutation %j right above its first paragraph stays, however short",
    (salutation) => {
      // The letter's opening is short and the main stretch starts further down, at the class news.
      const nav = ['Skip to content', 'Beckside Primary School', 'Home', 'About Us', 'Parents', 'Term Dates', 'Letters Home', 'Newsletters', 'Clubs', 'Contact'].join('\n');
      const opening = [salutation, 'What a week it has been! Thank you to everyone who came to our assembly on Wednesday.', 'Mrs H. Carradine', 'Headteacher'].join('\n');
      const dates = ['Dates for your diary', '  * Mon 10 Feb: Year 6 trip', '  * Wed 12 Feb: Parents evening', '  * Fri 14 Feb: Half term'].join('\n');
      const doc = paragraphs(nav, 'Parents > Newsletters', 'Friday Flyer – 7 February 2025', 'Posted on 7th February 2025 by Beckside Office', 'Download as PDF', opening, dates, '## Class news', BODY[0], BODY[1], BODY[2], BODY[3], BODY[4]!);
      const out = cleanText(doc).text;
      expect(out).toContain(salutation);
      expect(out).not.toContain('Download as PDF');
    },
  );

  test('the weights file holds one mean, scale and coefficient for each feature the code computes, in order', () => {
    expect(weights.features).toEqual([...FEATURES]);
    for (const key of ['mean', 'scale', 'coef'] as const) expect(weights[key]).toHaveLength(FEATURES.length);
    expect(weights.threshold).toBeGreaterThan(0);
    expect(weights.threshold).toBeLessThan(0.5);
  });

  test("a program listing above the article's main stretch is not judged, line by line, as chrome", () => {
    const listing = [
      "app.get('/login', (req, res) => {",
      "  res.cookie('sid', 'abc123', {",
      '    httpOnly: true,',
      '    secure: true,',
      '    maxAge: 1000 * 60 * 60,',
      '  });',
      "  res.send('Logged in');",
      '});',
    ];
    const doc = paragraphs('DevNotes', 'Tutorials | Guides | About', '# Set a session cookie', 'Add the route:', ...listing, 'Copy', BODY[0], BODY[1], BODY[2], BODY[3]);
    const out = cleanText(doc).text;
    for (const line of listing) expect(out).toContain(line);
  });

  test('a configuration block of one-word directives between braces is not judged, line by line, as chrome', () => {
    const config = ['/var/log/harbour/*.log {', '    weekly', '    rotate 8', '    compress', '    missingok', '    notifempty', '}'];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], BODY[3], ...SIDEBAR, 'Save this as /etc/logrotate.d/harbour:', ...config, 'That keeps two months of logs and compresses all but the newest.', BLURB);
    const out = cleanText(doc).text;
    for (const line of config) expect(out).toContain(line);
  });

  describe('lines a model takes from text wrapped at a fixed width and from listings a sentence introduces', () => {
    // A model that takes every line of fewer than about 20 characters for chrome, and nothing else.
    const SHORT_IS_CHROME: Model = {
      ...(weights as Model),
      mean: FEATURES.map(() => 0),
      scale: FEATURES.map(() => 1),
      coef: FEATURES.map((f) => (f === 'log_chars' ? 10 : 0)),
      intercept: -30,
      threshold: 0.5,
    };
    const detector = makeBlockClassifier(SHORT_IS_CHROME);
    const coveredBy = (doc: string) => ranges(flagged(doc, detector)).flatMap(([a, z]) => Array.from({ length: z - a + 1 }, (_, k) => a + k));
    const lineOf = (doc: string, text: string) => doc.split('\n').indexOf(text) + 1;

    test('the last line of a wrapped paragraph stays with the lines above it, however short; the same line as a paragraph of its own does not', () => {
      const wrapped = ['One site accounted for nearly all of the space, about eleven gigabytes of plain', 'text.'];
      const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], BODY[3], ...SIDEBAR, wrapped.join('\n'), BLURB);
      expect(coveredBy(doc)).not.toContain(lineOf(doc, wrapped[1]!));
      const apart = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], BODY[3], ...SIDEBAR, wrapped[0]!, wrapped[1]!, BLURB);
      expect(coveredBy(apart)).toContain(lineOf(apart, wrapped[1]!));
    });

    test("a list item's wrapped lines, indented under it, stay with it; the next item is no continuation", () => {
      const step = ['  4. Crack an egg into each hollow, cover the pan and cook for four minutes until', '     they are set.'];
      const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], BODY[3], ...SIDEBAR, step.join('\n'), BLURB);
      expect(coveredBy(doc)).not.toContain(lineOf(doc, step[1]!));
      const next = ['  4. Crack an egg into each hollow, cover the pan and cook for four minutes until', '  5. serve.'];
      const items = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], BODY[3], ...SIDEBAR, next.join('\n'), BLURB);
      expect(coveredBy(items)).toContain(lineOf(items, next[1]!));
    });

    test("an entry of a listing between two of the page's action links is not taken, however short; the same lines without the links are", () => {
      // Ads short enough for the model to take (fewer than about 20 characters).
      const ads = ['Bike, red. £45.', 'Logs, ash. £95.', 'Table, oak. £180.'];
      const listing = ads.flatMap((ad) => [ad, 'Report this ad']);
      const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], BODY[3], ...SIDEBAR, 'Report this ad', ...listing, BLURB);
      for (const ad of ads) expect(coveredBy(doc)).not.toContain(lineOf(doc, ad));
      // The same lines, one under another with no action link between them, are taken.
      const plain = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], BODY[3], ...SIDEBAR, ...ads, BLURB);
      for (const ad of ads) expect(coveredBy(plain)).toContain(lineOf(plain, ad));
    });

    test('a listing a sentence introduces stays whole; the same lines under a short label do not, nor names under a sentence', () => {
      const listing = ['    [logs]', '    path=/var/log/web/*.log', '    ', '    [rotate]', '    keep=30', '    compress=yes'];
      const introduced = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], BODY[3], ...SIDEBAR, 'Mine, for the web server, looks like this:', listing.join('\n'), BLURB);
      for (const line of listing.filter((l) => l.trim())) expect(coveredBy(introduced)).not.toContain(lineOf(introduced, line));
      const labelled = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], BODY[3], ...SIDEBAR, 'Settings:', listing.join('\n'), BLURB);
      expect(coveredBy(labelled)).toContain(lineOf(labelled, '    [logs]'));
      // Names under a sentence with a colon are no listing: nothing in them reads as code.
      const sponsors = ['    Linode', '    DigitalOcean', '    Hetzner Cloud'];
      const named = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], BODY[3], ...SIDEBAR, 'This guide is brought to you by our sponsors this month:', sponsors.join('\n'), BLURB);
      expect(coveredBy(named)).toContain(lineOf(named, '    Linode'));
    });
  });

  // A forum post whose main stretch is the reply under its buttons: the lists of the first post lie
  // between two of its paragraphs, the second introduced with a colon and longer than five lines.
  test.each([
    [
      'a list between two paragraphs before the main stretch',
      'The house dates from 1952, a storey and a half, about 130 square metres, and until last year it was heated by an oil boiler.',
      'What we did:',
      ['- the oil boiler and tank were taken out', '- an air-to-water heat pump went in', '- new thermostats on every radiator'],
    ],
    [
      'a longer list the prose introduces with a colon',
      'Around 14,000 households will get a weekly food waste collection from 30 September, as the first stage of a roll-out.',
      'The new service will start in six wards:',
      ['* Abbotsmead', '* Castle Hill', '* Fennick', '* Marsh Lane', "* St Jude's", '* Wyvern Park'],
    ],
  ])('%s is not judged as chrome', (_what, before, intro, items) => {
    const after = 'All in, it came to 14,600 euros, and every household in the street got a leaflet about it the week before.';
    const doc = paragraphs('# A first post', before, intro, ...items, after, 'Reply', 'Quote', 'Report', '#2 Sat 15.2.2025 19:42', BODY[0], BODY[1], BODY[2], BODY[3], BODY[4]!);
    const out = cleanText(doc).text;
    for (const item of items) expect(out).toContain(item);
  });
});
