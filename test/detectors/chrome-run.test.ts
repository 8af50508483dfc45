/** chrome-run: short lines caught between two chrome lines, such as a widget's items. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/index.js';
import { BODY, paragraphs } from '../support/articles.js';

const TITLE = '# Life on the Harbour';
// Run with every detector: a region is judged by what the line detectors found in it.
const by = (detector: string, doc: string) =>
  cleanText(doc).findings.filter((f) => f.detector === detector).map((f) => f.lines);

describe('chrome-run', () => {
  test('short lines between two chrome lines are chrome', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], 'Popular Posts', 'Ferry strike ends', 'New bakery opens', 'Blog Archive', BODY[2], BODY[3]);
    const result = cleanText(doc);
    expect(result.text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2], BODY[3]));
    expect(by('chrome-run', doc)).toEqual([[9, 11]]);
  });

  test("a picture's caption that ends as a sentence stays between two pictures; its credit and a gallery's headlines go", () => {
    const caption = 'Tea break, 5.30am.';
    const essay = paragraphs(TITLE, BODY[0], '![Steam over a cup of tea](/img/05.jpg)', caption, 'Photograph: Ruth Almond', '![A forklift in the dark](/img/06.jpg)', BODY[1], BODY[2]);
    const out = cleanText(essay).text;
    expect(out).toContain(caption);
    expect(out).not.toContain('Photograph: Ruth Almond');
    const gallery = paragraphs(TITLE, BODY[0], BODY[1], '![Ferry](/img/a.jpg)', 'Ferry strike ends', '![Bakery](/img/b.jpg)', 'New bakery opens', '![Quay](/img/c.jpg)', BODY[2]);
    expect(cleanText(gallery).text).not.toContain('Ferry strike ends');
  });

  test('a headline between a sign-in row and a follow button stays; the lines around it go', () => {
    const headline = 'How we cut our test time from forty minutes to nine';
    const doc = paragraphs('Open in app', 'Sign in', 'Write', headline, 'Priya Natarajan', 'Follow', '7 min read', BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe(headline);
    expect(result.text).toBe(paragraphs(headline, BODY[0], BODY[1], BODY[2]));
    // The sign-in row and what stands before the headline go with the header; the name under it, between chrome lines.
    expect(by('header-region', doc)).toEqual([[1, 5]]);
    expect(by('chrome-run', doc)).toEqual([[9, 9]]);
  });

  test("a post's title with its byline under it, between a sidebar's subscribe box and the share buttons, stays", () => {
    const title = '## How to Write a Re-Engagement Email Your Sleeping Subscribers Will Actually Open';
    const doc = paragraphs('# The Leadstream Marketing Blog', 'Subscribe by Email', 'Your email:', 'Get Marketing Updates by Email', title, 'Posted by Carly Weintraub on Tue, Apr 16, 2013 @ 11:00 AM', '  * Tweet 318\n  * Share 142', BODY[0], BODY[1], BODY[2]);
    expect(cleanText(doc).text).toContain(title);
    // A widget's item with no byline under it goes.
    const widget = paragraphs('# The Leadstream Marketing Blog', 'Subscribe by Email', 'Your email:', '## Get Marketing Updates by Email', '  * Tweet 318\n  * Share 142', BODY[0], BODY[1], BODY[2]);
    expect(cleanText(widget).text).not.toContain('## Get Marketing Updates by Email');
  });

  test('a poem between a menu and a share button is the text, not a widget, nor a head above the body', () => {
    const poem = ['my mother wakes before the light', 'and fills it at the cold tap', 'and she waits for the pipes to knock', 'who knows he is not welcome', 'and still the kettle sings'];
    const doc = paragraphs('Home | Archive | Ask me anything', ...poem, 'Share this:', BODY[0], BODY[1]);
    expect(by('chrome-run', doc)).toEqual([]);
    for (const line of poem) expect(cleanText(doc).text).toContain(line);
  });

  test("a related-articles box between two paragraphs goes with its items, numbered or not; the paragraphs stay", () => {
    const items = ['1', 'Police appeal after a van is driven into the canal', '2', 'Town promoted after a penalty shoot-out', '3', 'Market café to close after 32 years'];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], ['Most read', ...items].join('\n'), BODY[2], BODY[3]);
    expect(cleanText(doc).text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2], BODY[3]));
    expect(by('chrome-run', doc)).toEqual([[8, 13]]);
  });

  test("with no blank lines at all, the last short line of a related-articles box right over a paragraph is its subheading", () => {
    const box = ['Mehr zum Thema', 'Radweg an der Iller: Lücke bei Lenzfried soll 2026 geschlossen werden', 'Bahnhof Kempten: Neue Unterführung kommt später'];
    const doc = [TITLE, '', BODY[0], BODY[1], ...box, 'Was jetzt passiert', BODY[2], BODY[3]].join('\n');
    const out = cleanText(doc).text;
    expect(out).toContain('Was jetzt passiert');
    for (const line of box) expect(out).not.toContain(line);
  });

  test('a related-articles box a blank line under its heading goes: a list of headlines, some ending as sentences do', () => {
    const items = ['  * What to know about the ferry timetable this winter', "  * Harbour fees: what's changing in April?", '  * Why is the sea wall repair taking so long?'];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], 'Related coverage', items.join('\n'), '## What happens next', BODY[2], BODY[3]);
    expect(cleanText(doc).text).toBe(paragraphs(TITLE, BODY[0], BODY[1], '## What happens next', BODY[2], BODY[3]));
  });

  test("so does one whose headlines stand a blank line apart, but the last, right over a paragraph, may be its subheading and stays", () => {
    const items = ['Why the ferry leaves before 7 a.m.', 'Harbour fees linked to fewer visiting yachts', 'Is the sea wall safe? Read the survey'];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], 'Related Coverage', ...items, BODY[2], BODY[3]);
    expect(cleanText(doc).text).toBe(paragraphs(TITLE, BODY[0], BODY[1], items[2]!, BODY[2], BODY[3]));
  });

  test("the article's own summary under a box's heading stays: its points end with a full stop, as headlines do not", () => {
    const points = ['  * Two people were taken to hospital with minor injuries.', '  * The eastbound carriageway may reopen by 6pm.'];
    const doc = paragraphs(TITLE, BODY[0], 'Latest news', points.join('\n'), BODY[1], BODY[2]);
    for (const point of points) expect(cleanText(doc).text).toContain(point);
  });

  test("a related box's heading right under another rule's line still heads its items (one finding holds both lines)", () => {
    const items = ['Pêche : le thon rouge de retour en Méditerranée', 'Sète : le port de commerce bat un record'];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], 'Déjà abonné ? Se connecter\nLire aussi\n' + items.join('\n'), BODY[2], BODY[3]);
    const out = cleanText(doc).text;
    for (const line of items) expect(out).not.toContain(line);
    expect(out).toContain(BODY[2]);
  });

  test('a subheading a blank line under a related-articles box is the article\'s; the box goes', () => {
    const doc = paragraphs(TITLE, BODY[0], ['Related stories', 'Ferry fares rise again', 'Bakery opens on the quay'].join('\n'), 'Scientists urge caution', BODY[1], BODY[2]);
    expect(cleanText(doc).text).toBe(paragraphs(TITLE, BODY[0], 'Scientists urge caution', BODY[1], BODY[2]));
  });

  test('a list under a heading that may be the article\'s own ("Don\'t miss:") stays between two paragraphs', () => {
    const items = ['- The lantern parade on Friday night', '- Fireworks over the water at ten on Saturday', '- The sea shanty choir at the lifeboat station'];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], ["Don't miss:", ...items].join('\n'), BODY[2], BODY[3]);
    for (const item of items) expect(cleanText(doc).text).toContain(item);
  });

  test('a long headline under a teaser, between chrome lines, stays: it is taken for a standfirst, not chrome', () => {
    const headline = 'Council confirms the Wend Valley bypass will open two years later than planned after costs rise again';
    const doc = paragraphs('Menu', 'Search', 'Police appeal after van driven into the canal', headline, 'Share this article', 'Facebook', 'Twitter', BODY[0], BODY[1], BODY[2]);
    expect(cleanText(doc).text).toContain(headline);
  });

  test('sentences under a related heading between two paragraphs are the article\'s; they stay', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], 'See also', 'The ferry strike ended in May.', 'The bakery reopened in June.', BODY[2], BODY[3]);
    expect(by('chrome-run', doc)).toEqual([]);
    expect(cleanText(doc).text).toContain('The ferry strike ended in May.');
  });

  test('link titles between two chrome lines still go, whatever their stopwords', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], 'Popular Posts', 'Ferry Strike Ends After Two Weeks', 'New Bakery Opens On The Quay', 'Blog Archive', BODY[2], BODY[3]);
    expect(by('chrome-run', doc)).toEqual([[9, 11]]);
  });

  test('a list under a "Read more: TITLE" link and above an ad marker is the article\'s, not the link\'s items', () => {
    const list = ['What you can borrow', 'A cordless drill and bits', 'An electric sander', 'A tent for four'];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], 'Read more: Ostrava plans new cycle paths along the river', ...list, 'Advertisement', BODY[2], BODY[3]);
    const out = cleanText(doc).text;
    for (const line of list) expect(out).toContain(line);
    expect(by('chrome-run', doc)).toEqual([]);
  });

  test('the items under a tag line or a share row still go', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], 'Tags: harbour, ferry, strike', 'Ferry Strike Ends', 'New Bakery Opens', 'Blog Archive', BODY[2], BODY[3]);
    expect(by('chrome-run', doc)).toEqual([[9, 11]]);
  });

  test('sentence-case headlines of a widget are not a poem: they still go', () => {
    const titles = ['Why the ferry timetable changed overnight', 'What we know about the fire at the mill', 'How to get tickets for the festival'];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], 'Most popular', ...titles, 'Blog Archive', BODY[2], BODY[3]);
    const out = cleanText(doc).text;
    for (const line of titles) expect(out).not.toContain(line);
  });
});

describe('chrome-run: entries of a listing between its action links', () => {
  // Small ads: short lines of few words, full of figures, that read like no paragraph.
  const ads = [
    'ROWING MACHINE, folding, 2 years old, barely used. £60. Kellsby. 07700 900 118.',
    'Garden bench, teak, seats 3, needs oiling. £35 ono. Tel 01632 960 774.',
    'PIANO STOOL, adjustable, black. Free to collector. Harbour Road. 07700 900 342.',
  ];
  const comment = 'I bought a bench from this page last year and it is still in my garden, so thank you to whoever placed the ad.';

  test("a line of two sentences or more between two of the same action link, seen three times or more, is the page's entry and stays", () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], 'Report this ad', ads[0]!, 'Report this ad', ads[1]!, 'Report this ad', ads[2]!, 'Report this ad', BODY[2], BODY[3]);
    const out = cleanText(doc).text;
    for (const ad of ads) expect(out).toContain(ad);
    expect(cleanText(out).text).toBe(out);
  });

  test('one such line between two ad markers is still taken, and a headline between the links still goes', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], 'Advertisement', ads[1]!, 'Advertisement', BODY[2], BODY[3]);
    expect(cleanText(doc).text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2], BODY[3]));
    // Three markers on the page, but only two under an entry: not a listing.
    const three = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], 'Advertisement', 'Ferry Strike Ends After Two Weeks', 'Advertisement', ads[1]!, 'Advertisement', BODY[3], 'Share this:', 'Like this:', 'Leave a Reply', '© 2024 Harbour Times');
    expect(cleanText(three).text).not.toContain(ads[1]!);
    const headline = paragraphs(TITLE, BODY[0], BODY[1], 'Report this ad', ads[0]!, 'Report this ad', 'Ferry Strike Ends After Two Weeks', 'Report this ad', BODY[2], BODY[3]);
    expect(cleanText(headline).text).not.toContain('Ferry Strike Ends');
  });

  test("a section's heading over an entry between the same two links stays with it; a heading alone there does not", () => {
    const wanted = 'OLD TOOLS wanted, planes, chisels, saws. Cash paid, will collect. Ring Ken 07700 900 615.';
    const doc = paragraphs(TITLE, BODY[0], BODY[1], 'Report this ad', ads[0]!, 'Report this ad', ads[1]!, 'Report this ad', 'Wanted', wanted, 'Report this ad', ads[2]!, 'Report this ad', BODY[2], BODY[3]);
    const out = cleanText(doc).text;
    for (const line of [...ads, 'Wanted', wanted]) expect(out).toContain(line);
    const alone = paragraphs(TITLE, BODY[0], BODY[1], 'Report this ad', ads[0]!, 'Report this ad', ads[1]!, 'Report this ad', 'Wanted', 'Browse all', 'Report this ad', ads[2]!, 'Report this ad', BODY[2], BODY[3]);
    expect(cleanText(alone).text).not.toContain('Browse all');
  });

  test('past the main stretch, the footer steps over entries between ad markers to the paragraph after them', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], 'Advertisement', ads[0]!, 'Advertisement', ads[1]!, 'Advertisement', BODY[3], 'Share this:', 'Like this:', 'Leave a Reply', comment, 'Reply');
    const out = cleanText(doc).text;
    expect(out).toContain(BODY[3]);
    expect(out).not.toContain('Leave a Reply');
  });
});

describe('chrome-run and headings written over an underline', () => {
  test('a top-level heading over a line of equals signs, between a logo and the article\'s picture, stays', () => {
    const doc = [
      '![Image 1: Harbour Times](https://harbour.example/logo.png)',
      '',
      '*   [News](https://harbour.example/news)',
      '*   [Sport](https://harbour.example/sport)',
      '*   [What\'s on](https://harbour.example/whats-on)',
      '',
      '[Home](https://harbour.example/) > [News](https://harbour.example/news) > Ferry',
      '',
      'Ferry timetable changes again this winter',
      '=========================================',
      '',
      'Posted 03/03/2025 – Transport',
      '',
      '![Image 2: The ferry at the quay](https://harbour.example/ferry.jpg)',
      '',
      BODY[0],
      '',
      BODY[1],
      '',
      BODY[2],
      '',
    ].join('\n');
    const out = cleanText(doc).text;
    expect(out).toContain('Ferry timetable changes again this winter\n====');
    expect(out).not.toContain('logo.png');
  });
});

describe('chrome-run after the audit of its new guards', () => {
  test('on a page whose paragraphs read as body, a line of another language between two ad markers still goes', () => {
    const de = [
      'Der Stadtrat von Kaufbeuren hat am Donnerstagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen. Die Stadt will vor allem in die Sanierung der Schulen investieren.',
      'Oberbürgermeister Stefan Bosse sprach von einem soliden Haushalt, der trotz gestiegener Energiepreise ohne neue Schulden auskomme. Die Opposition kritisierte dagegen die Verschiebung der Sanierung des Hallenbads.',
      'Insgesamt umfasst der Haushalt rund 180 Millionen Euro. Die Kreisumlage steigt um zwei Prozentpunkte, was die Stadt nach Angaben des Kämmerers etwa 1,5 Millionen Euro zusätzlich kosten wird.',
    ];
    const ad = 'Discover the new electric SUV with up to five hundred kilometres range and book your free test drive today.';
    const doc = paragraphs('# Stadtrat beschließt neuen Haushalt', de[0]!, ['Anzeige', ad, 'Learn more', 'Anzeige'].join('\n'), de[1]!, de[2]!);
    expect(cleanText(doc).text).not.toContain(ad);
  });

  test("a box's heading written over an underline, between two paragraphs, goes with the box", () => {
    const box = ['Share on Facebook', 'Elsewhere in Calder', '===================', 'Man charged after disturbance in town centre', 'Brewery site homes plan thrown out', 'Harrowby Rovers sign new striker', 'Advertisement'].join('\n');
    const out = cleanText(paragraphs('# Harrowby bypass approved', BODY[0], box, BODY[1], BODY[2])).text;
    expect(out).not.toContain('Elsewhere in Calder');
    expect(out).not.toContain('Brewery site homes plan thrown out');
  });
});

describe("chrome-run and an event's details", () => {
  test("a box of an event's details inside a run of short lines between chrome lines stays, and the classifier leaves it", () => {
    const details = ['Date: Saturday 21 June 2025', 'Time: Doors 7pm, music 7.30pm – 11pm', 'Venue: The Corn Exchange, Market Place, Aldbury', 'Price: £14 / £10 under-18s and students', 'Age: All ages welcome; under-14s with an adult'];
    const about = [
      'The Weir Sisters return to the Corn Exchange for the longest night of the year, with songs from their new album and a few old favourites.',
      'Kate and Elspeth Weir grew up on a farm at the edge of the Wolds and have been singing together since they were children.',
      'Support comes from the Fenland Ceilidh Band, who will get everyone up for a dance in the second half. No experience is needed.',
    ];
    const doc = paragraphs('# Midsummer Folk Night with The Weir Sisters', ['Share on Facebook', 'Music', 'Folk', ...details, 'Buy tickets', 'Add to calendar', 'Share'].join('\n'), ...about);
    const out = cleanText(doc).text;
    for (const line of details) expect(out).toContain(line);
  });
});

