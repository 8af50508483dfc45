/** header-region: the head before the article's title, when it is navigation and short lines; the title stays. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/index.js';
import { BODY, paragraphs } from '../support/articles.js';

const lines = (...xs: string[]) => `${xs.join('\n')}\n`;

const TITLE = '# Life on the Harbour';
// Run with every detector: a region is judged by what the line detectors found in it.
const by = (detector: string, doc: string) =>
  cleanText(doc).findings.filter((f) => f.detector === detector).map((f) => f.lines);

describe('header-region', () => {
  test('navigation before the title goes; the title stays', () => {
    const doc = paragraphs('Harbour Times', 'Home', 'News', 'Sport', 'Weather', TITLE, BODY[0], BODY[1], BODY[2]);
    expect(by('header-region', doc)).toEqual([[1, 9]]);
    expect(cleanText(doc).text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2]));
  });

  test('a top-level heading that reads as two sentences is the title over a byline and share buttons; the masthead and menus above it go', () => {
    const headline = "# Vesely: I read all 412 comments on the pool story. Here's what I learned.";
    const head = ['The Harbour Courier-Journal', 'Subscribe for $1   Sign In', 'News   Sports   Business   Opinion   Obituaries   e-Edition', 'Opinion\nColumnists\nEditorials\nLetters to the Editor', 'Opinion'];
    const doc = paragraphs(...head, headline, 'Marta Vesely, Harbour Courier-Journal', '  * Facebook\n  * Twitter\n  * Email', BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe(headline.slice(2));
    expect(result.text.startsWith(`${headline}\n`)).toBe(true);
    for (const line of head) expect(result.text).not.toContain(line);
  });

  test("a top-level headline that reads as a sentence is the title over its '##' deck and byline; the paper's name above it goes", () => {
    const headline = '# Mill Lane bridge to shut for a year; detour adds nine miles for farmers';
    const deck = "## Council says 1931 span can't wait; harvest traffic, school buses to be rerouted";
    const head = ['Skip to main content', 'Thursday, October 11, 2012 | Partly Cloudy 58°F', '# The Harbour County Courier', 'Serving the harbour since 1884', 'Home | News | Sport | Opinion | Obituaries', 'Home » News » Local News'];
    const doc = paragraphs(...head, headline, deck, 'By Karen Witt, Staff Writer', BODY[0], BODY[1], BODY[2]);
    expect(cleanText(doc).text).toBe(paragraphs(headline, deck, 'By Karen Witt, Staff Writer', BODY[0], BODY[1], BODY[2]));
  });

  test('a section heading that reads as a sentence, under the title and the intro, is no headline: the title and the intro stay', () => {
    const heading = '## You will need a tin, a bowl and a little patience, because the dough rests overnight.';
    const list = ['300 g dark rye flour', '200 g strong white flour', '60 g sunflower seeds', '40 g pumpkin seeds', '2 tbsp black treacle', '10 g salt', '7 g dried yeast', '450 ml warm water'].map((x) => `  * ${x}`).join('\n');
    const intro = 'This is the loaf I bake every Sunday. It keeps for a week, slices thin, and it is the only bread my grandmother ever asked me for.';
    const doc = paragraphs('Hob & Crumb', 'Home | Recipes | Baking | About', 'Seeded rye loaf', intro, heading, list, BODY[0], BODY[1], BODY[2]);
    const out = cleanText(doc).text;
    expect(out).toContain('Seeded rye loaf');
    expect(out).toContain(intro);
  });

  test("a '#' heading right over the first paragraph is the title however far down the main stretch's section heading stands (a long FAQ)", () => {
    const intro = 'We get asked a lot of the same questions, so we have put the answers in one place. If yours is not here, just ring us.';
    const qa = (n: number) => [`**Q: Question number ${n} about the cottages?**`, n % 3 ? 'A: Yes.' : 'A: No.'];
    const short = Array.from({ length: 14 }, (_, n) => qa(n + 1)).flat();
    const long = [BODY[0], BODY[1], BODY[2], BODY[3]].flatMap((answer, n) => [`**Q: Longer question ${n + 1}?**`, `A: ${answer}`]);
    const head = ['  * Home\n  * Our Cottages\n  * Availability\n  * FAQs\n  * Contact', '## Check availability', 'Nights: 3 4 7 10 14', 'Guests: 1 2 3 4 5 6', 'Search'];
    const doc = paragraphs(...head, '# Frequently Asked Questions', intro, '## Booking', ...short, '## If something goes wrong', ...long);
    const result = cleanText(doc);
    expect(result.text).toContain(intro);
    expect(result.text).toContain('**Q: Question number 1 about the cottages?**');
    expect(result.metadata.title).toBe('Frequently Asked Questions');
  });

  test("a higher heading right over the first section's heading is the page's title; the archive links above it go", () => {
    const head = ['Millbrook Ramblers', 'Newsletter archive', '2007: Spring | Summer | Autumn | Winter', '2006: Spring | Summer | Autumn | Winter', 'Download this newsletter as a PDF (340 KB)'];
    const doc = paragraphs(...head, '## Newsletter No. 47 - Spring 2008', '### From the Chairman', BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe('Newsletter No. 47 - Spring 2008');
    expect(result.text).toBe(paragraphs('## Newsletter No. 47 - Spring 2008', '### From the Chairman', BODY[0], BODY[1], BODY[2]));
  });

  test("a '#' title with its date line under it is the title over a section of key figures and the first section's heading; the figures stay", () => {
    const head = ['Skip to main content', 'Millbrook Wildlife Trust', '  * About us\n  * What we do\n  * Get involved\n  * News\n  * Contact', 'You are here: Home / About us / Reports'];
    const figures = [
      '  * 1,240 volunteers gave more than 31,000 hours between them',
      '  * 86 hectares of meadow were cut and raked by hand',
      '  * 412 children visited the reserve with their schools',
      '  * 9 new ponds were dug on the old gravel workings',
      '  * 77p of every pound we spent went directly on the reserves',
    ].join('\n');
    const doc = paragraphs(...head, '# Annual Review 2018', 'Published 12 March 2019', 'Download the review (PDF, 2.3MB)', '## The year in figures', figures, '## From our Chair', BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe('Annual Review 2018');
    expect(result.text).toContain('# Annual Review 2018');
    expect(result.text).toContain('## The year in figures');
    expect(result.text).toContain(figures);
    for (const line of head) expect(result.text).not.toContain(line);
  });

  test("a '#' title over a section, its subsections of dates and the subsection over the first paragraph stays the title; the dates stay", () => {
    const head = ['Millbrook Primary School', '"Learning and growing together"', 'Home | About Us | Classes | Term Dates | Contact'];
    const term = (name: string, items: string[]) => [`### ${name}`, items.map((x) => `  * ${x}`).join('\n')];
    const autumn = term('Autumn Term 2007', ['School opens for pupils: Wednesday 5th September', 'Half term: Monday 22nd October to Friday 26th October', 'Term ends: Wednesday 19th December at 2pm']);
    const spring = term('Spring Term 2008', ['School opens for pupils: Tuesday 8th January', 'Half term: Monday 18th February to Friday 22nd February', 'Term ends: Thursday 20th March at 2pm']);
    const article = ['# Term Dates and Uniform', '## Term dates 2007-2008', ...autumn, ...spring, '### Summer Term 2008', BODY[0], BODY[1], BODY[2]];
    const result = cleanText(paragraphs(...head, ...article));
    expect(result.metadata.title).toBe('Term Dates and Uniform');
    expect(result.text).toBe(paragraphs(...article));
  });

  test.each(['Live match stats', 'Share this event', 'Sign this petition', 'Quick summary'])('a line of page furniture under the headline (%j) is not taken for it', (furniture) => {
    const headline = 'Calder Town beat Ashworth Rovers with a late header';
    const doc = paragraphs('Harbour Times', 'Home | News | Sport | Weather', headline, furniture, BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe(headline);
    expect(result.text).toContain(headline);
  });

  test("a site's tagline with more words than a short headline is taken for the title; the headline stays", () => {
    const doc = paragraphs('HARBOUR TIMES', 'Local news for the harbour and the islands', 'Home | News | Sport | Weather', 'Ferry fares rise again', BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe('Local news for the harbour and the islands');
    expect(result.text).toContain('Ferry fares rise again');
  });

  // The headline is the last headline-like line above the body, so a line under it that is not
  // one must not look like one: bylines with more after the name, and dates in any language.
  test.each([
    ['a byline with a role', 'By Helen Ashworth, Local Democracy Reporter'],
    ['a byline with two names', 'By Helen Ashworth and Tom Reed'],
    ['an interview credit', 'Interview by Joel Ferris'],
    ['a German date line', 'Veröffentlicht am 14. Mai 2023'],
    ['a Spanish date line', 'Publicado el 2 de febrero de 2024'],
    ['a Russian date line', '18 июня 2024, 14:30'],
    ['a Japanese date line', '2024年5月20日 10時15分'],
  ])('under the headline, %s is not taken for it', (_what, line) => {
    const headline = 'Harbour ferry returns after winter repairs';
    const doc = paragraphs('Harbour Times', 'Home | News | Sport | Weather', headline, line, BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe(headline);
    expect(result.text).toContain(headline);
  });

  test.each([
    ['a one-word share label in Cyrillic', 'Поділитися', 'У Полтаві на вихідних відбудеться перший книжковий фестиваль'],
    ['a short share label in Chinese', '分享到：', '杭州社区食堂扩至三百家 老年人午餐最低十二元'],
    ['a Korean date line', '소소한부엌 2025. 6. 9. 18:20', '애호박 새우젓 볶음, 10분이면 끝나는 밥반찬'],
    ['a Hindi date line', 'अपडेटेड: सोमवार, 10 मार्च 2025, 04:15 PM IST', 'जयपुर की सड़कों पर दौड़ीं 50 नई इलेक्ट्रिक बसें, छह रूटों पर शुरू हुई सेवा'],
  ])('%s under the headline is not taken for it', (_what, furniture, headline) => {
    const doc = paragraphs('Home | News | Sport | Weather', headline, furniture, BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe(headline);
    expect(result.text).toContain(headline);
  });

  test("a picture's credit under the headline is not taken for it, though it has more words", () => {
    const headline = 'Margaret Alderton, 1938–2025';
    const doc = paragraphs('The Dunmore Gazette', 'Subscribe | Log in | E-edition', headline, 'Photo courtesy of the Alderton family', BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe(headline);
    expect(result.text).toContain(headline);
  });

  test('a long standfirst under the headline is not taken for it', () => {
    const headline = 'Renters in three cities to get new protections as councils test licensing';
    const standfirst = 'Landlords in Leeds, Bristol and Coventry will need a licence to let homes from next April under a pilot ministers hope will cut disrepair';
    const doc = paragraphs('The Northern Chronicle', 'News | Opinion | Sport', headline, standfirst, 'By Patrick Aldous', BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe(headline);
    expect(result.text).toContain(headline);
  });

  test('a standfirst only a little past the cap, right under a shorter headline, is not taken for it', () => {
    const headline = "Why every bakery now wants you to 'Join the club'";
    const standfirst = 'A count of 300 loyalty schemes finds the deal is stacked against the customer';
    const doc = paragraphs('The Valley Courier', 'Menu', 'Search', 'Sign in', '  * News', '  * Business', 'Business', headline, standfirst, 'Ruth Ambler', BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe(headline);
    expect(result.text).toContain(headline);
    expect(result.text).toContain(standfirst);
  });

  test("a picture's caption that ends with its credit is not taken for the headline", () => {
    const headline = 'Harbour crews finish the new slipway a month early';
    const caption = 'The last section goes into place. Picture: Tom Raine';
    const doc = paragraphs('Harbour Times', 'Live', '  * News', '  * Sport', 'News | Harbour', 'TIDES TODAY', 'High 06:12', 'Low 12:30', headline, 'By Anna Pell, Reporter', 'Saturday, 21 September 2024, 5:48pm', 'Updated 6:32pm', caption, 'Slipway length 64m', 'Cost £1.2m', BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe(headline);
    expect(result.text).toContain(headline);
  });

  test('a line that introduces what follows ("…instead:") or a line of code is not the headline', () => {
    const question = 'Why does my list comprehension return None values?';
    const doc = paragraphs('Questions | Tags | Users', question, 'Asked 3 years ago', "I'm trying to uppercase every name in a list, but I get a list of None instead:", 'result = [n.upper() if len(n) > 3 else print(n) for n in names]', BODY[0], BODY[1]);
    expect(cleanText(doc).metadata.title).toBe(question);
  });

  test("a how-to's title and intro stay above a subheading over its steps, when a date line marks the title", () => {
    const intro = 'If the top of a radiator stays cold while the bottom is warm, there is air trapped inside it, and letting it out takes about ten minutes.';
    const steps = [BODY[0], BODY[1], BODY[2], BODY[3]].map((b, i) => `  ${i + 1}. ${b}`);
    const doc = paragraphs('HomeFixHow', '  * Home', '  * Plumbing', 'Home » Plumbing » Heating', '# How to Bleed a Radiator', 'Updated: November 2, 2016', intro, '## Things You\'ll Need', '  * A radiator key', '  * An old towel', 'Advertisement', '### Part 1: Getting ready', ...steps);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe('How to Bleed a Radiator');
    for (const line of ['# How to Bleed a Radiator', intro]) expect(result.text).toContain(line);
  });

  test("without a date line too, a how-to's title and intro stay over its section headings, when nothing between ends articles", () => {
    const intro = 'Blunt shears crush stems instead of cutting them, which leaves plants open to disease, and sharpening them takes about twenty minutes.';
    const steps = [BODY[0], BODY[1], BODY[2], BODY[3]].map((b, i) => `  ${i + 1}. ${b}`);
    const doc = paragraphs('Home | Garden | Kitchen', '# How to sharpen garden shears', intro, '## Tools', '  * A flat file', '  * A stiff brush', 'Advertisement', '## Method', '### Part 1: Cleaning', ...steps);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe('How to sharpen garden shears');
    for (const line of ['# How to sharpen garden shears', intro]) expect(result.text).toContain(line);
    // A blog's name over its blurb, with a sidebar that ends articles before the post, is no title.
    const blog = paragraphs('# Pruning Shears', `> ${intro}`, 'Archives', 'Categories', '## Why the pool must stay open', ...steps.map((s) => s.replace(/^\s+\d+\. /, '')));
    expect(cleanText(blog).metadata.title).toBe('Why the pool must stay open');
  });

  test("a review's # title stays over its standfirst, verdict and pros and cons, above the section the main stretch starts under", () => {
    const verdict = 'The Nimbus 9a is the best camera phone you can buy for under £400, with a bright screen and a battery that lasts two days.';
    const doc = paragraphs(
      'Gadgetry',
      '  * News\n  * Reviews\n  * Deals',
      '# Nimbus 9a review: the cheap phone that finally gets the camera right',
      'By Sanjay Mehta published 3 days ago',
      'A £349 phone with a main camera that punches well above its price, held back by a slow charger',
      'When you purchase through links on our site, we may earn an affiliate commission.',
      '## Verdict',
      verdict,
      '### Pros',
      '  * Excellent main camera\n  * 120Hz OLED screen\n  * Two-day battery life',
      '## Nimbus 9a: two-minute review',
      BODY[0],
      BODY[1],
      BODY[2],
      BODY[3],
    );
    const result = cleanText(doc);
    expect(result.metadata.title).toBe('Nimbus 9a review: the cheap phone that finally gets the camera right');
    for (const line of ['# Nimbus 9a review', verdict, '### Pros']) expect(result.text).toContain(line);
  });

  test('a top-level heading a line or two above the first section\'s heading is the title', () => {
    const doc = paragraphs('St Aldhelm\'s, Cheriton Magna', '  * Home', '  * Newsletter', 'Home » Newsletter » October 2015', '# Parish News, October 2015', "Download this month's newsletter as a PDF (412 KB)", '## From the Vicarage', BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe('Parish News, October 2015');
    expect(result.text).toContain('# Parish News, October 2015');
    expect(result.text).toContain('## From the Vicarage');
  });

  test('a headline of twenty words stays the title over a shorter kicker under it', () => {
    const headline = 'Council votes to close the last public swimming pool in the valley after years of rising costs and falling numbers';
    const doc = paragraphs('Home | News | Sport | Weather', headline, 'Residents fear the closure will hurt local shops', BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe(headline);
    expect(result.text).toContain(headline);
  });

  // The title is guessed as the line with the most words; under a short headline that is often the
  // standfirst or a details line, and the head cut before it took the headline.
  test.each([
    ['a standfirst longer than the headline', 'Why I stopped digging my vegetable beds', 'Fifteen years of sore backs, and what the worms taught me instead'],
    ['a score-line headline over its standfirst', 'Harbour Town 2-1 Calder Rovers', 'A late header sends Harbour top as ten-man Rovers fall apart at the end'],
    ['a headline with a date in it', 'Your stars for Tuesday 16 April: Mercury asks everyone to read the small print', 'Our astrologer on the week ahead for every sign'],
  ])('the headline over %s stays', (_what, headline, standfirst) => {
    const doc = paragraphs('Harbour Times', 'Subscribe', 'Sign in', 'Share', 'Copy link', 'Email', headline, standfirst, 'By Ann Other', BODY[0], BODY[1], BODY[2]);
    const text = cleanText(doc).text;
    expect(text).toContain(headline);
    expect(text).toContain(standfirst);
    expect(text).not.toContain('Copy link');
  });

  test.each([
    ['a section label', 'Science and engineering'],
    ['a run of score lines', 'Eastmere 0-0 Harton Vale\n\nGresley 2-2 Ormskirk Athletic'],
    ['a breadcrumb', 'News › Harbour › Ferries and boats'],
  ])('%s right above a headline-length title still goes with the head', (_what, line) => {
    const headline = 'Harbour ferry returns after a long winter of repairs';
    const doc = paragraphs('Harbour Times', 'Home', 'News', 'Sport', line, headline, BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe(headline);
    expect(result.text).toBe(paragraphs(headline, BODY[0], BODY[1], BODY[2]));
  });
});

describe('header-region on paragraphs wrapped at a fixed width', () => {
  // A standfirst as text browsers and converters wrap it: its second line ends mid-sentence, with
  // more words than the headline and no punctuation, as a headline would.
  const HEADLINE = 'Ferry fares to rise again in April';
  const STANDFIRST = [
    'The company that runs the ferries to the three islands will put its fares up',
    'by six per cent from the first of April, the second rise in a year that',
    'islanders say they cannot afford.',
  ].join('\n');

  test('the lines of a wrapped standfirst are not taken for the headline: the head stops at the headline and the standfirst stays', () => {
    const doc = paragraphs('Harbour Times', 'Home | News | Sport | Weather', HEADLINE, STANDFIRST, BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe(HEADLINE);
    expect(result.text).toBe(paragraphs(HEADLINE, STANDFIRST, BODY[0], BODY[1], BODY[2]));
  });

  test('a line over a byline in lower case is still the headline ("by NAME" does not continue its sentence)', () => {
    const headline = 'Letter to the harbour board on the future of the fish market';
    const doc = paragraphs('Harbour Times', 'Home | News | Sport | Weather', `${headline}\nby Ruth Calloway, 4 May 1998`, BODY[0], BODY[1], BODY[2]);
    expect(cleanText(doc).metadata.title).toBe(headline);
  });

  test('a lower-case title over a long paragraph is a title, not a wrapped line', () => {
    const headline = 'how I got my old sewing machine running again (long post, sorry)';
    const doc = paragraphs('threadbare', 'Archive', 'Submit', `${headline}\n${BODY[0].toLowerCase()}`, BODY[1], BODY[2]);
    expect(cleanText(doc).metadata.title).toBe(headline);
  });

  test('a headline over a wrapped first paragraph stays the title; a subheading further down does not take its place', () => {
    const first = ['The cost of the scheme, about four million pounds, will be met partly by', 'a government grant and partly by the sale of the old library building on', 'Castle Street.'].join('\n');
    const second = ['Work on the foundations is due to begin in March, once the last of the', "bus company's fuel tanks has been dug out and taken away from the site."].join('\n');
    const doc = paragraphs('Library plan approved', first, 'What happens next', second);
    const result = cleanText(doc);
    expect(result.text).toBe(doc);
  });

  test('a lower-case headline under a long line of chrome is not that line\'s continuation', () => {
    const headline = 'new library for the town at last';
    const doc = paragraphs(`Privacy policy | Cookie policy | Terms of use | Contact the newsroom\n${headline}`, BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe(headline);
    expect(result.text).toBe(paragraphs(headline, BODY[0], BODY[1], BODY[2]));
  });

  test('a standfirst that opens with a name in lower case ("iPhone") does not continue the headline above it', () => {
    const headline = 'The best phones of the year, tested and ranked';
    const doc = paragraphs('TechDaily', 'Home | Reviews | News | Deals | Podcasts', `${headline}\niPhone 16 Pro leads a crowded field this autumn`, BODY[0], BODY[1], BODY[2]);
    expect(cleanText(doc).text).toContain(headline);
  });

  test('in a text with no margin, a centred headline over the body is the title; a centred caption under a headline is not', () => {
    const headline = 'Library to be built on old bus depot site';
    const centred = paragraphs('Home | News | Sport | Weather | Letters | Contact us', `${' '.repeat(13)}${headline}`, BODY[0], BODY[1], BODY[2]);
    expect(cleanText(centred).metadata.title).toBe(headline);
    expect(cleanText(centred).text).toContain(headline);
    const caption = paragraphs('Riverside Gazette', 'News | Sport | What\'s on | Contact', 'Bridge reopens after repairs', `${' '.repeat(17)}The new deck seen from the east bank at dawn`, BODY[0], BODY[1], BODY[2]);
    expect(cleanText(caption).metadata.title).toBe('Bridge reopens after repairs');
    expect(cleanText(caption).text).toContain('Bridge reopens after repairs');
  });
});

describe('header-region and dates', () => {
  // A headline may name a day ("…from 7 April"); a date line holds little besides its date, or
  // joins its parts with separators or commas, and is still not taken for the headline.
  test.each([
    ['Resurfacing works on Mill Road and surrounding streets from 7 April', 'Published: 17 March 2025'],
    ['Minutes of the meeting held on 10 February 2025', 'Posted on 14 February 2025 by Clerk'],
  ])('a headline that holds a date (%j) is the title over its date line', (headline, dateLine) => {
    const doc = lines('Skip to main content', 'Ashdown District Council', 'Menu', 'Bins and recycling  Council tax  Planning  Parking  Housing  Jobs', 'Home', 'News', '2025', '', headline, dateLine, '', BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe(headline);
    expect(result.text.startsWith(`${headline}\n`)).toBe(true);
  });

  test.each([
    ['This article was last updated on Monday 3 March 2025 at 10:15', 'not over a date line of its own'],
    ['Posted in Community News on 3 March 2025 by the Parish Clerk', 'not over a date line of its own'],
    ['Valid from 18:00 Thu 21 Nov to 15:00 Fri 22 Nov', 'few words besides the dates'],
    ['Ananya Rao, Ledger News Service, Bengaluru, Mar 11 2019, 00:12 IST', 'a byline of parts joined by commas'],
    ['February 11, 2024 · 6 min read · 1187 words · Anika Vance', 'parts joined by separators'],
  ])('a long date line (%j: %s) under the headline is not taken for it', (dateLine) => {
    const headline = 'Yellow warning of wind';
    const doc = lines('Harbour Times', 'Home', 'News', 'Weather', '', headline, dateLine, '', BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe(headline);
    expect(result.text).toContain(headline);
  });
});

describe("header-region and the page's title", () => {
  // Copies of the rendered page and crawl dumps open with the page's title, the headline and the
  // site's name: the line below that is the headline is it, whatever longer line stands lower.
  const page = [
    'The Salt House, Portwenna: restaurant review | Westward Life',
    'Westward Life',
    'Food & Drink',
    'Travel',
    'Homes',
    'Home',
    'Restaurant reviews',
    'The Salt House, Portwenna: restaurant review',
    'A former pilchard cellar on the quay is now serving some of the best fish cooking in the county, says our critic',
    'By Martha Quayle',
    'Share on Facebook',
    'Share on X',
    'The dining room at The Salt House, in the old pilchard cellar on Quay Row',
  ];

  test('the line the title names is the headline, over a longer caption; the title line stays above it', () => {
    const result = cleanText(lines(...page, BODY[0], BODY[1], BODY[2]));
    expect(result.metadata.title).toBe('The Salt House, Portwenna: restaurant review');
    expect(result.text.startsWith(`${page[0]}\nThe Salt House, Portwenna: restaurant review\nA former pilchard cellar`)).toBe(true);
    expect(cleanText(result.text).text).toBe(result.text);
  });

  test("a breadcrumb's last item that repeats the headline right above it goes with the head", () => {
    const withCrumb = [...page.slice(0, 7), page[7]!, ...page.slice(7)];
    const result = cleanText(lines(...withCrumb, BODY[0], BODY[1], BODY[2]));
    expect(result.text.startsWith(`${page[0]}\nThe Salt House, Portwenna: restaurant review\nA former pilchard cellar`)).toBe(true);
  });

  test('a copy of the headline under other lines (a caption under the ingredients) is not it: the lines between stay', () => {
    const recipe = ["Lemon drizzle cake | Mary's Kitchen", 'Lemon drizzle cake', 'A tangy, moist cake that keeps for days', 'Serves 8', 'Ingredients', '225g softened butter', '225g caster sugar', '4 large eggs', 'Lemon drizzle cake'];
    const out = cleanText(lines(...recipe, BODY[0], BODY[1], BODY[2])).text;
    for (const line of recipe.slice(2, 8)) expect(out).toContain(line);
  });

  test.each([
    ['Harwick Gazette | Council tax to rise by five per cent', 'Harwick Gazette'],
    ['Local News | Harwick Gazette', 'Local News'],
  ])("a site's or a section's name before the separator (%j) names no headline", (top, name) => {
    const result = cleanText(lines(top, name, 'Home', 'News', 'Sport', 'Council tax to rise by five per cent as budget gap grows', BODY[0], BODY[1], BODY[2]));
    expect(result.metadata.title).toBe('Council tax to rise by five per cent as budget gap grows');
    expect(result.text.startsWith('Council tax to rise by five per cent as budget gap grows\n')).toBe(true);
  });

  test("a title with a section's name before the site's names its headline too; a long headline is no shorter copy of the title line", () => {
    const headline = 'Un fin de semana en Albarracín de Sierra: el pueblo de piedra rosa que se vacía en invierno';
    const standfirst = 'En enero, sin autobuses de turistas, la villa medieval recupera un silencio que los vecinos dicen haber olvidado';
    const doc = lines(`${headline} | Viajes | Diario del Ebro`, 'Diario del Ebro', 'Suscríbete', 'Iniciar sesión', 'Aragón', 'España', 'Viajes', 'Escapadas', headline, standfirst, 'Lucía Benedí', 'Compartir en Facebook', 'Compartir en X', BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe(headline);
    expect(result.text.startsWith(`${headline} | Viajes | Diario del Ebro\n${headline}\n${standfirst}\n`)).toBe(true);
  });

  test('a headline of a paragraph\'s length is no shorter copy of the title line that names it', () => {
    const headline = 'Loire-Atlantique. Le pont de Saint-Hermel fermé aux poids lourds après la découverte de fissures';
    const body = [
      'Le conseil départemental a fermé le pont lundi après une inspection de routine. Les camions de plus de 3,5 tonnes doivent désormais faire un détour de vingt kilomètres par la route de Nantes.',
      'Les fissures ont été repérées sur deux piles de l’ouvrage, construit en 1968. Un bureau d’études doit rendre ses conclusions avant la fin du mois, a précisé le vice-président chargé des routes.',
      'Les travaux de réparation doivent commencer au printemps et durer au moins six mois, selon les services du Département, qui promettent de maintenir la circulation des voitures.',
    ];
    const doc = lines(`${headline} - L'Écho de l'Estuaire`, "L'Écho de l'Estuaire", 'Menu', "S'abonner", 'Actualités', 'Nantes', 'Sports', 'Accueil', 'Loire-Atlantique', headline, 'Par Maëlle Guérin', 'Publié le 18/03/2025 à 17h42', ...body);
    const result = cleanText(doc);
    expect(result.findings.filter((f) => f.kind === 'duplicate')).toEqual([]);
    expect(result.text).toContain(`\n${headline}\n`);
  });

  test("a title with a section's name first ('Food and Drink | HEADLINE | Site') names the headline, not the section's label under it", () => {
    const headline = 'The Salt House, Portwenna: restaurant review';
    const doc = lines(`Food and Drink | ${headline} | Westward Life`, 'Skip to content', headline, 'Food and Drink', '', BODY[0], BODY[1], BODY[2]);
    const result = cleanText(doc);
    expect(result.metadata.title).toBe(headline);
    expect(result.text).toContain(`\n${headline}\n`);
  });

  test("a department's name between two separators names nothing", () => {
    const doc = lines('GEOG 2150 Rivers and People - Spring 2009 - Department of Geography - Hallam Ridge University', 'Hallam Ridge University', 'Department of Geography', 'Home | About | Courses | Contact', 'GEOG 2150: Rivers and People', BODY[0], BODY[1], BODY[2]);
    expect(cleanText(doc).metadata.title).not.toBe('Department of Geography');
  });

  test('without the title line, the caption is taken for the title, as before', () => {
    const result = cleanText(lines(...page.slice(1), BODY[0], BODY[1], BODY[2]));
    expect(result.metadata.title).toBe(page[12]);
  });
});

describe('header-region and menus copied from the rendered page', () => {
  test('a line of two items set apart by a run of spaces is a menu, not the title', () => {
    const doc = lines('Jump to content', 'Main menu', 'Create account  Log in', 'Article  Talk', 'From Wikifolk, the free encyclopedia', '', 'Tidewater clock', '', BODY[0], BODY[1], BODY[2]);
    expect(cleanText(doc).metadata.title).toBe('Tidewater clock');
  });
});

