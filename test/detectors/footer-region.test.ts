/** footer-region: the tail after the last body paragraph, when it is chrome and short lines, as one region. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { analyse, resolveSettings } from '../../src/core/analysis.js';
import type { Finding } from '../../src/core/types.js';
import { footerRegion } from '../../src/detectors/footer-region.js';
import { allDetectors } from '../../src/detectors/index.js';
import { cleanText } from '../../src/index.js';
import { BODY, paragraphs } from '../support/articles.js';

const TITLE = '# Life on the Harbour';
// Run with every detector: a region is judged by what the line detectors found in it.
const by = (detector: string, doc: string) =>
  cleanText(doc).findings.filter((f) => f.detector === detector).map((f) => f.lines);

describe('footer-region', () => {
  test("a forum thread's later posts stay after their posters' frames; the board's furniture under the thread goes", () => {
    const frame = (name: string, n: number, posts: string) => ['--------------------', `${name} - a lathe, a few chisels, not much idea`, 'Top', `${name} Posted: Mar ${10 + n} 2007, 09:14 PM`, `Post #${n}`, 'Member', 'Group: Members', `Posts: ${posts}`, 'Joined: 4-January 07', 'From: Matlock', `Member No.: ${2000 + n}`];
    const replies = [
      'Agree with all of that. The only thing I would add is that ash forgives a lot more than cherry does when it dries.',
      'Thanks both, that is really helpful. I cut two new blanks tonight with the pith taken out and painted the ends.',
      'Sounds like a good start. Post a picture in the gallery when it is finished in June, we like to see them.',
    ];
    const board = ['Posting Rules', 'You may not post new threads', 'You may not post replies', 'BB code is On', 'Forum Jump', 'All times are GMT +1. The time now is 10:12.'];
    const doc = paragraphs(
      '# Ash bowl cracked overnight',
      ...frame('chippy_dave', 1, '23'), BODY[0], BODY[1], BODY[2],
      ...frame('oldgrainer', 2, '3,418'), BODY[3], BODY[4], BODY[5],
      ...frame('jen_in_the_shed', 3, '312'), replies[0]!,
      ...frame('chippy_dave', 4, '24'), replies[1]!,
      ...frame('oldgrainer', 5, '3,421'), replies[2]!,
      ...board,
    );
    const out = cleanText(doc).text;
    for (const reply of replies) expect(out).toContain(reply);
    for (const line of board) expect(out).not.toContain(line);
  });

  test("a 'Back to top' link under the last section does not end the article; an old site's signature under it goes", () => {
    const contacts = ['### Contacts', 'Vicar: The Revd Canon Michael Ashworth, The Vicarage, 3 Church Lane. Tel 01632 960 341.', 'Curate: The Revd Sarah Kemble. Tel 01632 960 389', 'Churchwardens: Geoffrey Haigh (01632 960 352) and Mrs Ann Brook (01632 960 317)'];
    const signature = ['Back to top', 'Page updated 14th October 2005', 'You are visitor number 012874 since March 2003', 'This site is best viewed at 800 x 600 with Internet Explorer 5 or above.'];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...contacts, ...signature);
    expect(cleanText(doc).text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...contacts));
  });

  test('short chrome lines after the last body paragraph go as one region', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], 'About us', 'Contact', 'Privacy policy', 'Terms of use', '© 2024 Harbour Times');
    expect(by('footer-region', doc)).toEqual([[9, 17]]);
    expect(cleanText(doc).text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2]));
  });

  test('a last section under a subheading a rule knows ("## Privacy policy") is the article, not a box that opens a footer', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], '## Privacy policy', BODY[3]!, BODY[4]!, BODY[5]!);
    const out = cleanText(doc).text;
    for (const paragraph of BODY.slice(0, 6)) expect(out).toContain(paragraph);
    expect(by('footer-region', doc)).toEqual([]);
  });

  test('prose under a chrome heading is a box that opens the footer only when the article above it is longer', () => {
    const BIO = 'Anna Berg has written about the coast for twenty years, and her book on the lighthouses of the north came out last spring.';
    const long = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], '## About the author', BIO, '© 2024 Harbour Times');
    expect(cleanText(long).text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2]));
    // One paragraph above the heading, and more prose under it than in that paragraph: the prose
    // under the heading is the article's, whatever the heading says.
    const short = paragraphs(BODY[0], '### Comment policy', `${BODY[3]} ${BODY[4]}`, '# Sourdough for beginners', '![Logo](https://example.com/logo.png)');
    expect(cleanText(short).text).toContain(BODY[3]);
  });

  test('a list that the last paragraph, wrapped at a fixed width, introduces with a colon stays; the chrome after it goes', () => {
    const last = ['The work will also bring three changes to the footbridge', 'next to the depot, which the council says will be finished', 'before the library opens:'].join('\n');
    const list = ['  * New lighting along the deck', '  * A ramp at the Mill Lane end', '  * Wider steps on the east side'].join('\n');
    const doc = paragraphs(TITLE, BODY[0], BODY[1], last, list, '(c) 2025 The Northfield Echo. All rights reserved.', 'Privacy | Terms | Contact us');
    expect(cleanText(doc).text).toBe(paragraphs(TITLE, BODY[0], BODY[1], last, list));
  });

  test("the rest of a chrome line's sentence, wrapped under it, goes with the footer; it is no paragraph of the article", () => {
    const pitch = ['   Sign up for our free newsletter to get the best of our', '   local stories delivered to your inbox every', '   weekday. You can unsubscribe at any time.'].join('\n');
    const body = BODY.slice(0, 3).map((p) => `   ${p}`);
    const doc = paragraphs(...body, pitch, '   (c) 2025 The Northfield Echo. All rights reserved.');
    expect(cleanText(doc).text).toBe(paragraphs(...body));
  });

  test('a short sentence right under the last paragraph closes the article and is protected; a question or a list item there is not', () => {
    const share = ['Share:', 'Facebook', 'WhatsApp', 'Like this:', 'Like Loading...'];
    // What footer-region protects (the planner then keeps it, whatever a later detector finds), by line.
    const protectedLines = (last: string) => {
      const analysis = analyse([TITLE, '', BODY[0], BODY[1], last, '', ...share, ''].join('\n'), resolveSettings());
      const earlier: Finding[] = [];
      for (const d of allDetectors) {
        if (d.id === 'footer-region') break;
        earlier.push(...d.detect(analysis, earlier).findings);
      }
      return (footerRegion.detect(analysis, earlier).protect ?? []).map((p) => analysis.doc.blocks[p.block]!.line + 1);
    };
    expect(protectedLines('Happy harvest to you all.')).toEqual([5]);
    expect(protectedLines('Is it rude to decline a wedding invitation?')).toEqual([]);
    expect(protectedLines('* Happy harvest to you all.')).toEqual([]);
  });

  test('short lines after the last paragraph, closed by a sentence, stay; the chrome after them goes', () => {
    const verse = ['The tide goes out', 'and the boats lie down', 'on the mud of the harbour', 'until the water comes back.'];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...verse, 'Share | Tweet | Email', 'About us', 'Contact', '© 2024 Harbour Times');
    expect(cleanText(doc).text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...verse));
    expect(by('footer-region', doc)).toEqual([[17, 23]]);
  });

  test('a short closing line with chrome under it ends the article; the same line at the text\'s end does not stop a footer', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], 'Ferry strike ends', 'Thanks, everyone.', 'Share | Tweet | Email', '© 2024 Harbour Times');
    expect(by('footer-region', doc)).toEqual([[13, 15]]);
    const last = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], 'About us', 'Contact', 'Privacy', 'Powered by Blogger.');
    expect(by('footer-region', last)).toEqual([[9, 15]]);
  });

  test('the line that closes the article, above the chrome, stays even where the block classifier would take it', () => {
    // A newsletter post's sign-off under its last paragraph, then the platform's subscribe box.
    const page = readFileSync(fileURLToPath(new URL('../../fixtures/pages/06-substack-en-thanks/input.txt', import.meta.url)), 'utf8');
    const result = cleanText(page);
    expect(result.text.split('\n')).toContain('Thanks for reading.');
    expect(cleanText(page, { disable: ['footer-region'] }).text.split('\n')).not.toContain('Thanks for reading.');
  });

  test("a last section of a few short lines and a sentence after the main stretch is the article's; the footer starts after it", () => {
    const tickets = ['Tickets', 'Weekend adult: £85', 'Day adult: £45', 'Under 16s: free with a paying adult', 'Children under 16 must be accompanied by an adult at all times.'];
    // Under the chrome, a blurb that reads like prose: the footer must still start after the tickets.
    const blurb = 'The Harbour Festival is run by a small charity of volunteers, and every ticket sold pays for the music workshops it holds in the town schools.';
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...tickets, 'Venue information', 'Castle Meadows', 'Sign up for our newsletter', blurb, '© 2025 Harbour Festival. All rights reserved.');
    expect(cleanText(doc).text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...tickets));
  });

  test("a review's last subsections of short lines under headings of one level, and the verdict under them, are the article's", () => {
    const article = [TITLE, ...BODY.slice(0, 5), '## Should you buy it?', BODY[5]];
    const sections = ['### Pros', '  * Fast, accurate mapping', '  * Quiet on hard floors', '  * Large bin', '  * Schedules by room', '### Cons', '  * Struggles on thick rugs', '  * Taller than before', '  * Few voice commands'];
    const verdict = 'Verdict: the best robot vacuum under $400 that you can buy this year, if your floors are mostly hard ones.';
    const blurb = 'The Harbour Times is owned by its readers, and every subscription pays for the reporting of the council, the courts and the harbour board.';
    const chrome = ['Most read', 'Ferry strike ends after three weeks', 'New bakery opens on the quay', 'Sign up for our newsletter', blurb, '© 2025 Harbour Times'];
    const out = cleanText(paragraphs(...article, ...sections, verdict, ...chrome)).text;
    expect(out).toBe(paragraphs(...article, ...sections, verdict));
    expect(cleanText(out).text).toBe(out);
    // Under headings of two levels, as many short lines are a list of links, and the paragraph under them goes with them.
    const mixed = sections.map((line) => line.replace('### Cons', '## Cons'));
    expect(cleanText(paragraphs(...article, ...mixed, verdict, ...chrome)).text).toBe(paragraphs(...article));
  });

  test("a footer's columns under headings of one level, with no section of the article over them, go with the blurb under them", () => {
    const columns = ['### Explore the harbour', '  * The lighthouse walk\n  * Boat trips\n  * The fish market\n  * Visitor centre', '### Get involved', '  * Volunteer days\n  * Guided walks\n  * School groups'];
    const blurb = 'The Harbour Journal is published by the Harbour Trust, a charity that looks after the quay and its buildings.';
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...columns, blurb, '© 2019 Harbour Trust', 'Harbour Trust is a charity registered in England and Wales, and its office is at the old fish market.');
    expect(cleanText(doc).text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2]));
  });

  test("a last section's table of figures, however long, and the paragraph under it are the article's; the footer starts after them", () => {
    const results = [
      'Results in full',
      'Harbour Independents: 4,812 (38.4%)',
      'Labour: 3,907 (31.2%)',
      'Conservative: 2,215 (17.7%)',
      'Green: 1,021 (8.2%)',
      'Liberal Democrat: 561 (4.5%)',
      'Turnout: 41.6%',
      'How the council looks now',
      'Independents: 22 seats (up 4)',
      'Labour: 15 seats (down 3)',
    ];
    const closing = 'The new council meets for the first time on Thursday, when the independents are expected to choose their group leader as mayor. Labour said it would not seek a coalition.';
    const article = [TITLE, ...BODY.slice(0, 6)];
    // Under the chrome, a blurb that reads like prose, so the article's end must be found above it.
    const blurb = 'The Harbour Times is owned by its readers, and every subscription pays for the reporting of the council, the courts and the harbour board.';
    const chrome = ['Most read', 'Ferry strike ends after three weeks', 'New bakery opens on the quay', 'Sign up for our newsletter', blurb, '© 2025 Harbour Times'];
    const out = cleanText(paragraphs(...article, ...results, closing, ...chrome)).text;
    expect(out).toBe(paragraphs(...article, ...results, closing));
    expect(cleanText(out).text).toBe(out);
    // As many short lines without figures are a list of links: they go with the chrome, and so does
    // the paragraph under them.
    const links = results.map((line) => line.replace(/:.*/, ''));
    expect(cleanText(paragraphs(...article, ...links, closing, ...chrome)).text).toBe(paragraphs(...article));
    // So are teasers with a colon and a figure: their values start with words, or go on in them.
    const teasers = ['Business', 'Inflation: prices up 4.2% in March', 'Budget 2025: £3.1bn for harbour schools', 'Rates: Bank holds at 5.25%', 'Housing: rents up 12.5% in a year', 'Jobs: 1,200 new posts at the port', 'Mortgages: 5 things to know'];
    expect(cleanText(paragraphs(...article, ...teasers, closing, ...chrome)).text).toBe(paragraphs(...article));
  });

  test('without a closing sentence, short lines after the last paragraph go with the chrome under them', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], 'Ferry strike ends', 'New bakery opens', 'Share | Tweet | Email', 'About us', '© 2024 Harbour Times');
    expect(cleanText(doc).text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2]));
  });

  test('a short line between body paragraphs is body', () => {
    const doc = paragraphs(TITLE, BODY[0], 'Not quite.', BODY[1], BODY[2]);
    expect(cleanText(doc).text).toBe(doc);
  });

  test('a Chinese last section closed by a full stop (。) stays above the chrome that follows it', () => {
    const body = [
      '本报讯　记者从市民政局获悉，截至今年二月底，全市已建成社区食堂三百余家，覆盖所有街道。六十岁以上老年人凭身份证就餐可享受优惠，八十岁以上老人还有额外补贴。',
      '上城区某社区食堂每天中午都排起长队。七十六岁的陈阿姨告诉记者，老伴去世后，她一个人懒得做饭，常常一碗面条对付一顿，现在走五分钟就到，菜每天都不一样。',
      '对此，市民政局表示，今年将出台新的补贴办法，按照实际就餐人次给予补助，并鼓励食堂与周边企业合作，扩大客源，让更多老人在家门口吃上热饭。',
    ];
    const section = ['怎么办理', '1. 六十岁以上户籍老人，凭身份证即可就餐；', '2. 八十岁以上老人每餐可再享受补贴；', '3. 需要送餐服务的，可向社区居委会申请。'];
    const doc = paragraphs('江南日报网', '首页 | 新闻 | 财经 | 科技', '社区食堂扩至三百家 老年人午餐最低十二元', ...body, ...section, '关于我们 | 广告服务 | 联系我们', 'Copyright © 2025 江南日报网 All Rights Reserved.');
    const out = cleanText(doc).text;
    for (const line of [...body, ...section]) expect(out).toContain(line);
    expect(out).not.toContain('All Rights Reserved');
  });

  test('paragraphs under an ad marker and a "Read more: TITLE" link, and a last sentence under one, stay above the footer', () => {
    const last = 'The repair is expected to cost £3.1 million.';
    const doc = paragraphs(TITLE, BODY[0], BODY[1], 'Advertisement', BODY[2], 'READ MORE: Skelder Show confirmed for August', last, 'Enter your email', 'Sign up', '© 2025 Harbour Times');
    const out = cleanText(doc).text;
    for (const line of [BODY[0], BODY[1], BODY[2], last]) expect(out).toContain(line);
    expect(out).not.toContain('READ MORE');
    expect(out).not.toContain('Sign up');
  });

  test("a last section under a heading of the article's own sections' level stays above the footer; under another level it goes", () => {
    const items = ['  * @tamsin-r made their first contribution in #398', '  * @yuki-ok made their first contribution in #405', '  * @bencroft made their first contribution in #412'];
    const release = (heading: string) => paragraphs(TITLE, '## Highlights', BODY[0], '## Fixes', BODY[1], BODY[2], heading, items.join('\n'), 'Share this:', '© 2025 Harbour Times');
    const out = cleanText(release('## New Contributors')).text;
    for (const line of ['## New Contributors', ...items]) expect(out).toContain(line);
    expect(out).not.toContain('Share this:');
    expect(cleanText(release('#### Around the web')).text).not.toContain(items[0]);
  });

  test('a closing note in Markdown italics ("_…._") closes the article above the links under it', () => {
    const note = "_Ruth Almond's exhibition, Night Shift, is at the Heritage Centre from 1 March to 27 April._";
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], 'Photograph: Ruth Almond', note, '### Explore more on these topics', '  * [Photography](/photography)\n  * [Features](/features)', '© 2025 Harbour Times');
    expect(cleanText(doc).text).toContain(note);
  });

  test("a last sentence under an ad marker stays above the share bar and footer; a box heading's teasers there go", () => {
    const last = 'The repair is expected to cost £3.1 million.';
    const marked = paragraphs(TITLE, BODY[0], BODY[1], 'Related stories', 'Skelder Show confirmed for August', 'Advertisement', last, 'Share this article', 'Tags: harbour, repairs', '© 2025 Harbour Times');
    const out = cleanText(marked).text;
    expect(out).toContain(last);
    for (const line of ['Related stories', 'Advertisement', 'Share this article', 'Tags:']) expect(out).not.toContain(line);
    // Two sentences under the marker, above more chrome, are the advertisement's copy.
    const copy = ['Save 30% on your first order at Brightside Energy.', 'Switch today and get a free smart meter installed.'];
    const advert = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], 'Advertisement', ...copy, 'Share this article', 'Tags: harbour, repairs', '© 2025 Harbour Times');
    for (const line of copy) expect(cleanText(advert).text).not.toContain(line);
    // Under a box's heading, above more chrome, the sentences are the box's teasers.
    const teaser = 'Skelder Show confirmed for August after a year away.';
    const box = paragraphs(TITLE, BODY[0], BODY[1], 'Advertisement', 'More from the coast:', teaser, 'Share this article', 'Tags: harbour, repairs', '© 2025 Harbour Times');
    expect(cleanText(box).text).not.toContain(teaser);
  });

  test.each([
    [['Cheers,', 'Dave'], '__________________'],
    [['— Owen and the Tallysheet team'], 'Share: Twitter Facebook LinkedIn'],
    [['Best wishes,', 'Ann Holt'], 'Share this:'],
    [['See you on the plots,', 'Marta Oduya'], 'Share: Twitter Facebook'],
    [['Happy baking,', 'Jo'], 'Share this:'],
  ])('the sign-off %j under the last paragraph stays; the chrome under it goes', (signOff, chrome) => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...signOff, chrome, 'Measure twice, cut once.', 'Privacy policy', '© 2024 Harbour Times');
    const out = cleanText(doc).text;
    for (const line of signOff) expect(out).toContain(line);
    expect(out).not.toContain(chrome);
    expect(out).not.toContain('Privacy policy');
  });

  test('a sign-off with the name on its line ("xo, Marnie", "R x", "Happy sewing! ~ Becca", "Answered by NAME") closes the article, under the last paragraph or under a closing line', () => {
    const chrome = ['Linking up with:', 'Sew Cute Tuesday at Quilt Story | WIP Wednesday at Freshly Pieced', 'Posted by Marnie at 9:30 AM', 'Email ThisBlogThis!Share to TwitterShare to Facebook', 'Labels: quilting, tutorials', '9 comments:'];
    for (const closing of [['xo, Marnie'], ['Happy stitching!', 'xo, Marnie'], ['R x'], ['Jen xx'], ['See you in Laos!', 'Rosie x'], ['~ Becca'], ['Happy sewing! ~ Becca'], ['Answered by Keith Ambrose, Senior Energy Adviser, 14 February 2007']]) {
      const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...closing, ...chrome);
      expect(cleanText(doc).text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...closing));
    }
  });

  test("the writer's name on a line of its own under a message's last paragraph closes it, when a line above names the writer", () => {
    const header = ['From: Ian Threlfall <ian.t...@example.co.uk>', 'Date: Sun, 2 Jul 2006 21:14:07 +0100'];
    const tail = ['--', 'Ian Threlfall', 'Chorley, Lancs - heavy clay, plot 14', 'Reply | Reply to author | Forward | Print', 'Create a group - Google Groups - Google Home - Terms of Service - Privacy', '©2006 Google'];
    const out = cleanText(paragraphs(TITLE, ...header, BODY[0], BODY[1], BODY[2], 'Ian', ...tail)).text;
    expect(out).toContain(`${BODY[2]}\n\nIan\n`);
    expect(out).not.toContain('©2006 Google');
    // A name no line above gives is no sign-off.
    expect(cleanText(paragraphs(TITLE, BODY[0], BODY[1], BODY[2], 'Ian', ...tail)).text).not.toContain('\nIan\n');
  });

  test('a postscript under the sign-off closes the article, not the sign-off', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], '— Owen', 'P.S. See you at the open day on Friday!', 'Share: Twitter Facebook', 'Privacy policy', '© 2024 Harbour Times');
    const out = cleanText(doc).text;
    expect(out).toContain('P.S. See you at the open day on Friday!');
    expect(out).not.toContain('Privacy policy');
  });


  test("a press release's contact for journalists under its last paragraph stays; the page's footer goes", () => {
    const contact = ['Media contact', 'Kari Lunde, Head of Communications', 'press@halvorsen-marine.example', '+47 55 00 00 00'];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...contact, '###', 'Related news', 'New CFO appointed', 'Sign up for press releases', '© 2024 Halvorsen Marine AS. All rights reserved.');
    const out = cleanText(doc).text;
    for (const line of contact) expect(out).toContain(line);
    expect(out).not.toContain('All rights reserved');
  });

  test("a match report's line-ups under its last paragraph stay, on the first look and on the next", () => {
    const lineUps = ['Harbour City: Doyle; Lennox, Mensah, Okafor; Barnes, Whelan, Adjei; Kinsella, Moore, Ross.', 'Subs not used: Pike, Darby, Nunez.', 'Referee: Peter Gallagher.', 'Attendance: 14,208.'];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...lineUps, 'ADVERTISEMENT', 'More on this story', 'Sign up for our daily sport newsletter', '© 2025 Harbour Times');
    const out = cleanText(doc).text;
    for (const line of lineUps) expect(out).toContain(line);
    expect(out).not.toContain('newsletter');
    expect(cleanText(out).text).toBe(out);
  });
});

describe('footer-region and quotation marks', () => {
  // German closes a quotation with “ („…“), French with »: a last line closed so ends as a sentence.
  test.each([
    ['de', 'Neue Sporthalle beschlossen', 'Vereinschef Jonas Weber war zufrieden.', '„Endlich haben wir wieder ein Zuhause.“', 'Der Gemeinderat hat am Dienstagabend den Bau der neuen Sporthalle beschlossen. Die Halle soll bis zum Herbst 2026 fertig sein und rund 4,2 Millionen Euro kosten.'],
    ['fr', 'Le nouveau gymnase est voté', 'Le président du club, Jonas Weber, était satisfait.', '« Nous avons enfin une maison.»', 'Le conseil municipal a voté mardi soir la construction du nouveau gymnase. La salle doit être prête à l’automne 2026 et coûter environ 4,2 millions d’euros.'],
  ])('(%s) a last quotation closed by its language\'s mark, under a short sentence and over chrome, stays', (_lang, title, short, quote, opening) => {
    const doc = paragraphs(title, opening, BODY[1], BODY[2], short, quote, 'Teilen', 'Facebook', 'X', 'E-Mail', 'Impressum', 'Datenschutz');
    const out = cleanText(doc).text;
    expect(out).toContain(quote);
    expect(out).not.toContain('Impressum');
  });
});

describe("footer-region and a box of the article's facts", () => {
  const review = [
    'The Lantern Keeper is the second novel by Marta Ferlini, and it is better than her first. It follows three generations of a family who keep the light at Skerry Point.',
    'Ferlini writes the sea as well as anyone working today, and the chapters set during the storm of 1953 are the best thing she has done.',
    'There are weaknesses: the last fifty pages hurry, and the youngest narrator never quite comes alive. But it is a book to read slowly and remember.',
  ];
  const chrome = ['Share', 'Facebook', 'X', 'Email', 'Related reviews', 'Privacy policy', 'Terms of use', '© 2025 Harbour Review'];

  test('labelled details that name what the article names, under its last paragraph, stay; the chrome under them goes', () => {
    const box = ['The details', 'Title: The Lantern Keeper', 'Author: Marta Ferlini', 'Publisher: Tidewater Press', 'Pages: 312'];
    const out = cleanText(paragraphs('# The Lantern Keeper review', ...review, box.join('\n'), ...chrome)).text;
    for (const line of box) expect(out).toContain(line);
    expect(out).not.toContain('Privacy policy');
  });

  test("a match's line-ups under an ad marker stay", () => {
    const report = [
      'Harrowby came from behind to beat Calder 2-1 on Saturday. Okonjo levelled before the break and Sowande won it with ten minutes left.',
      'Calder had led through Brady after a quarter of an hour, and Harrowby manager Gemma Lowther said her side had been slow to wake up.',
      'Sowande, signed in the summer, has now scored in four games in a row and was named man of the match by the home supporters.',
    ];
    const lineups = ['Line-ups', 'Harrowby: Pell; Okonjo, Marsh, Delaney; Sowande, Lyle, Byrne', 'Calder: Fenn; Brady, Stott, McAvoy; Ward, Hennessy, Quayle', 'Referee: Simon Hatch', 'Attendance: 5,912'];
    const out = cleanText(paragraphs('# Sowande seals comeback', ...report, 'Advertisement', lineups.join('\n'), ...chrome)).text;
    for (const line of lineups) expect(out).toContain(line);
    expect(out).not.toContain('Advertisement');
  });

  test("a product's specifications under the review's last paragraph stay: they name no one, but measure it", () => {
    const specs = ['Key specifications', 'Sensor: 12.1 megapixels, 1/2.3-inch CCD', 'Lens: 10x optical zoom, 28-280mm equivalent', 'Screen: 3-inch LCD', 'Dimensions: 104 x 59 x 26 mm', 'Weight: 212g with battery and card'];
    const out = cleanText(paragraphs('# Compact camera review', ...review, specs.join('\n'), ...chrome)).text;
    for (const line of specs) expect(out).toContain(line);
    expect(out).not.toContain('Privacy policy');
  });

  test("an account's box of amounts of data is no product's specifications, and goes", () => {
    const account = ['Your account', 'Storage used: 2 GB', 'Uploads: 40 MB', 'Plan: 5 GB'];
    const out = cleanText(paragraphs('# Compact camera review', ...review, account.join('\n'), ...chrome)).text;
    for (const line of account) expect(out).not.toContain(line);
  });

  test("a row of the paper's social networks that names the paper, as the article does, goes with the footer", () => {
    const article = ['Trader Susan Gale, who has sold cheese in the covered market for thirty years, told the Calder Gazette she could not wait to be back behind her counter.'];
    const follow = ['Follow the Gazette', 'Facebook: Calder Gazette', 'Instagram: Calder Gazette Photos', 'X: @caldergazette', 'WhatsApp: Calder Gazette News Alerts'];
    const out = cleanText(paragraphs('# Market to reopen after fire', BODY[0], BODY[1], ...article, follow.join('\n'), ...chrome)).text;
    for (const line of follow) expect(out).not.toContain(line);
  });

  test('a widget\'s facts that name nothing of the article go with the footer', () => {
    const widget = ['Weather today', 'Pollen: Low', 'UV: 2 Low', 'Air quality: Good'];
    const out = cleanText(paragraphs('# The Lantern Keeper review', ...review, widget.join('\n'), ...chrome)).text;
    for (const line of widget) expect(out).not.toContain(line);
  });
});

describe('footer-region and a poem', () => {
  test('lower-case search terms under the last paragraph, one under another with no stanza break, are no poem', () => {
    const searches = ['people also search for', 'how to fix a puncture without a kit', 'what size inner tube do i need for my bike', 'how to put a tyre back on a rim', 'why does my bike tyre keep going flat'];
    const out = cleanText(paragraphs('# Fixing a puncture', BODY[0], BODY[1], BODY[2], searches.join('\n'), 'About us', 'Contact', 'Privacy policy', '© 2024 Roadside Cycling')).text;
    for (const line of searches) expect(out).not.toContain(line);
  });

  test("a poem under the last paragraph, in lower case and without full stops, is the post's, up to the first chrome line", () => {
    const intro = 'I wrote this on the train home on Sunday. It is rough, and I am posting it anyway, because if I do not post it now I will fiddle with it until it is nothing at all.';
    const poem = [
      'the platform, march',
      '',
      'the guard does not look at the rain\nhe looks at the clock over the bridge\nas if it might stop without him\nand somebody would have to say so',
      'two of us on the bench\na man with a bag of oranges\na girl and her brother\nboth pretending not to be tired',
      'nobody speaks\nnobody needs to\nthe train says everything twice',
    ].join('\n\n');
    const doc = paragraphs('# the platform', BODY[0], BODY[1], intro, poem, 'Tags: poems, trains', 'Link | Leave a comment | Share', 'Comments', 'Powered by LiveJournal.com');
    const out = cleanText(doc).text;
    for (const line of poem.split('\n').filter(Boolean)) expect(out).toContain(line);
    expect(out).not.toContain('Powered by');
  });
});

describe('footer-region and a last section introduced with a colon', () => {
  test("the short lines a sentence of the article introduces with a colon, up to the chrome, are the article's", () => {
    const talk = ['Public lecture', 'The results of the survey will be presented at a public lecture:', '"The bats of the Harwick mines"', 'Ines Carvalho, Centre for Ecology', '6 June 2012, 6pm', 'Science Building lecture theatre', 'Free entry'];
    const out = cleanText(paragraphs('# Rare bats found in old mines', BODY[0], BODY[1], BODY[2], talk.join('\n'), 'Share', 'Facebook', 'Twitter', 'Privacy policy', '© 2012 University of Harwick')).text;
    for (const line of talk) expect(out).toContain(line);
    expect(out).not.toContain('Privacy policy');
  });

  test('a short lead-in ("Follow us on:") introduces no section of the article', () => {
    const follow = ['Follow us on:', 'Harwick News Facebook', 'Harwick News Instagram'];
    const out = cleanText(paragraphs('# Rare bats found in old mines', BODY[0], BODY[1], BODY[2], follow.join('\n'), 'Share', 'Facebook', 'Twitter', 'Privacy policy', '© 2012 Harwick News')).text;
    expect(out).not.toContain('Harwick News Instagram');
  });
});
