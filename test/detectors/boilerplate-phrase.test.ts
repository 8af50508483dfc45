/** boilerplate-phrase: known chrome lines, from the rule tables, wherever they stand. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/index.js';
import { BODY, FOREIGN, paragraphs } from '../support/articles.js';

const only = { only: ['boilerplate-phrase'] };

describe('boilerplate-phrase', () => {
  // The chrome the issue names, platform by platform.
  test.each([
    'Share:',
    '0 comments:',
    'Post a Comment',
    'Powered by Blogger.',
    'Blog Archive',
    'Followers',
    'Newer Post Older Post Home',
    'Subscribe to: Post Comments (Atom)',
    'Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest',
    'Like this:',
    'Related',
    'Leave a Reply',
    'Your email address will not be published.',
    'Required fields are marked *',
    'Posted in Travel | Tagged harbour, islands',
    'Share this:',
    'Follow us on Twitter',
    'Subscribe to our newsletter',
    'We use cookies to improve your experience on our site. By continuing you accept our use of cookies.',
    '© 2024 Harbour Times. All rights reserved.',
    'Skip to content',
    'Advertisement',
    'Read more',
    'Print',
    'Log in',
    'Home » News » Harbour',
  ])('finds %j between two body paragraphs', (chrome) => {
    const doc = paragraphs('Life on the Harbour', BODY[0], chrome, BODY[1]);
    const result = cleanText(doc, only);
    expect(result.findings.map((f) => f.lines)).toEqual([[5, 5]]);
    expect(result.findings[0]?.reason).toContain(`rule ${result.findings[0]?.rule}`);
    expect(result.text).toBe(paragraphs('Life on the Harbour', BODY[0], BODY[1]));
  });

  test.each(Object.entries(FOREIGN))('finds the rights line under an article in %s, by that language\'s table', (lang, { body, copyright }) => {
    const doc = paragraphs(...body, copyright);
    expect(cleanText(doc, only).findings.map((f) => [f.lines, f.rule])).toEqual([[[5, 5], `${lang}-copyright`]]);
  });


  test('leaves body prose that mentions comments, cookies and sharing', () => {
    const doc = paragraphs(
      'Life on the Harbour',
      BODY[0],
      'Share your thoughts with the harbour master before the vote, she said, because the comments she has received so far are mostly about the cookies sold at the kiosk.',
      BODY[1],
    );
    expect(cleanText(doc, only).findings).toEqual([]);
  });

  test('a related heading written as a Markdown heading over a paragraph of the text is its section; over link titles it goes', () => {
    const section = ['## Up next', 'The Comets host Bayview on Saturday night, with the winner going top of the division for the first time since the spring.'];
    const doc = paragraphs('# Comets hold on in the ninth', BODY[0], BODY[1], ...section, BODY[2]);
    expect(cleanText(doc, only).text).toBe(doc);
    const links = paragraphs('# Comets hold on in the ninth', BODY[0], BODY[1], '## Up next', 'Bayview sign a new catcher', BODY[2]);
    expect(cleanText(links, only).text).not.toContain('## Up next');
  });

  test("a label's heading over a sentence that leads into a list is the article's section ('## Topics' in a call for papers); over tags it goes", () => {
    const topics = ['  * Selection policies for web archives', '  * Crawling strategies and crawl quality', '  * Storage formats and long-term preservation'].join('\n');
    const doc = paragraphs('# Call for Papers', BODY[0], '## Topics', 'Topics of interest include, but are not limited to:', topics, BODY[1]);
    expect(cleanText(doc, only).text).toBe(doc);
    const tags = paragraphs('# Call for Papers', BODY[0], BODY[1], '## Topics', '  * Archives\n  * Crawling\n  * Preservation');
    expect(cleanText(tags, only).text).not.toContain('## Topics');
  });

  test("a wire story's last section under a label in capitals ('UP NEXT' over 'Team: At X next Sunday.') is the story's", () => {
    const upNext = ['UP NEXT', 'Mariners: Host Portland next Sunday.', 'Monarchs: At Houston next Sunday.'];
    const doc = paragraphs('# Mariners edge Monarchs in overtime', BODY[0], BODY[1], 'INJURIES', 'Mariners: LT Paul Everly left in the third quarter with a knee injury and did not return.', ...upNext);
    expect(cleanText(doc, only).text).toBe(doc);
    const links = paragraphs('# Mariners edge Monarchs in overtime', BODY[0], BODY[1], 'UP NEXT', 'Monarchs sign a new kicker', 'Five things we learned in week 6');
    expect(cleanText(links, only).text).not.toContain('UP NEXT');
  });

  test("a related heading over a list of works cited is the article's bibliography or reading list; over headlines it goes", () => {
    const works = ['  * R. Pennell, Clockmakers of Somerset and Dorset, 1650-1850, 2nd edition, 1995, pp. 211-214.', '  * M. Dyer, "The Wrens of Ashcombe", Ashcombe Local History Society Journal 14 (1988), pp. 3-19.'].join('\n');
    const doc = paragraphs('# Longcase clock by Josiah Wren', BODY[0], BODY[1], '## Further reading', works);
    expect(cleanText(doc, only).text).toBe(doc);
    // So is a blog's reading list, each title with who wrote it.
    const reading = ['  * The Curse of Knowledge in technical writing, by Marguerite Hale, on the Write the Docs blog', '  * Nobody reads your docs (and that is OK), a talk by Arun Pillai at Write the Docs Prague'].join('\n');
    const blog = paragraphs('# Rewriting our install guide', BODY[0], BODY[1], '## Further reading', reading);
    expect(cleanText(blog, only).text).toBe(blog);
    const links = paragraphs('# Longcase clock by Josiah Wren', BODY[0], BODY[1], '## Further reading', '  * Bracket clock by Josiah Wren\n  * Watch paper of Josiah Wren');
    expect(cleanText(links, only).text).not.toContain('## Further reading');
  });

  test("a widget's label written as a heading over a paragraph of the text is the article's section; a related box's lead-in that points at the site's stories is no section", () => {
    const catchUp = 'If you missed it, the season finale of Harbour Lights is on catch-up for thirty days, and the whole series can be streamed free until the end of March.';
    for (const heading of ['## Replay', '## Responses', '## Register online', '## Add to playlist']) {
      const doc = paragraphs('# This week on television', BODY[0], BODY[1], heading, catchUp);
      expect(cleanText(doc, only).text).toBe(doc);
    }
    const box = paragraphs('# Mill plan approved', BODY[0], BODY[1], '## Related stories', 'You may also be interested in these stories from our archive:', '  * Mill site sold to developer\n  * Residents form action group');
    expect(cleanText(box, only).text).not.toContain('## Related stories');
    const teasers = paragraphs('# Ten films of the year', BODY[0], BODY[1], '## Related', '  * "Aftersun" (2022) review: a devastating debut\n  * "Tár" (2022) review: Blanchett at her peak');
    expect(cleanText(teasers, only).text).not.toContain('## Related');
  });

  test("a player's or a sign-up box's messages listed as an article's items stay; on lines of their own they go", () => {
    const items = ['  * Play now', '  * Tap to play', '  * Invalid email', '  * Pin it'];
    const doc = paragraphs('# What the buttons say', BODY[0], items.join('\n'), BODY[1]);
    expect(cleanText(doc, only).text).toBe(doc);
    const widget = paragraphs('# What the buttons say', BODY[0], 'Play now', 'Invalid Email', BODY[1]);
    expect(cleanText(widget, only).text).toBe(paragraphs('# What the buttons say', BODY[0], BODY[1]));
  });

  test('a quoted line is the text quoting chrome, not the chrome itself', () => {
    const quote = "> We use cookies to remember what's in your basket and to understand how you use the shop.";
    const doc = paragraphs('# Our old cookie banner, and why we dropped it', BODY[0], 'For years our site opened with this:', quote, BODY[1], BODY[2]);
    expect(cleanText(doc).text).toContain(quote);
    expect(cleanText(paragraphs('# Title here', BODY[0], quote.slice(2), BODY[1])).text).not.toContain(quote.slice(2));
  });
});

describe('code examples', () => {
  test('lines inside a fenced code example are the example\'s: no phrase rule takes them', () => {
    const example = ['```markdown', '![The harbour at dawn](harbour.jpg)', 'Subscribe', 'Copyright 2024 Harbour Times. All rights reserved.', '```'];
    const doc = paragraphs('# Pictures in Markdown', BODY[0], 'Write a picture like this:', example.join('\n'), BODY[1], BODY[2]);
    const out = cleanText(doc).text;
    for (const line of example) expect(out).toContain(line);
  });

  test('a fence never closed fences nothing', () => {
    const doc = paragraphs('# Life on the Harbour', BODY[0], BODY[1], '```', 'Subscribe', BODY[2]);
    expect(cleanText(doc).text).not.toContain('Subscribe');
  });
});

describe('lists with counts', () => {
  const TITLE = '# Harbour Council';
  const archive = ['Blog Archive', '► 2012 (19)', '▼ May (3)', '► April (6)'];

  test.each([
    ['bulleted, a blank line under the lead-in', (items: string[]) => ['The seats now stand as follows:', ...items.map((i) => `* ${i}`)]],
    ['plain lines right under it', (items: string[]) => [['The seats now stand as follows:', ...items].join('\n')]],
  ])("items with a count under the article's own lead-in line stay (%s); an archive widget's go", (_name, list) => {
    const seats = ['Labour (12)', 'Conservative (9)', 'Independent (3)'];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], ...list(seats), BODY[2], ...archive);
    const result = cleanText(doc);
    for (const seat of seats) expect(result.text).toContain(seat);
    for (const entry of archive.slice(1)) expect(result.text).not.toContain(entry);
    expect(result.skipped.filter((s) => s.why.startsWith('it is an item of the list that line')).length).toBe(seats.length);
    expect(cleanText(result.text).text).toBe(result.text);
  });

  test.each([
    ['a sentence that does not end with a colon', 'The seats changed hands in the spring.'],
    ["a rule's line, though it ends with a colon", 'Fill in your details below or click an icon to log in:'],
  ])('counts under %s are not its list: they go', (_name, above) => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], above, ['Labour (12)', 'Conservative (9)', 'Independent (3)'].join('\n'), BODY[3]);
    const out = cleanText(doc).text;
    for (const seat of ['Labour (12)', 'Conservative (9)', 'Independent (3)']) expect(out).not.toContain(seat);
  });

  test("an archive's months and years under a lead-in line are still an archive", () => {
    const months = ['June 2024 (3)', 'May (4)', '2023 (19)'];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], 'Browse the posts of this blog by month:', months.join('\n'), BODY[2], BODY[3]);
    const out = cleanText(doc).text;
    for (const month of months) expect(out).not.toContain(month);
  });

  test('a list held back as the article\'s but inside a region another finding removes is not reported as kept', () => {
    const seats = ['Politics (12)', 'Local news (31)', 'Sport (7)'];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], 'Leave a Reply', 'Here are the topics we cover:', seats.join('\n'), '© 2024 Harbour Notes');
    const result = cleanText(doc);
    for (const seat of seats) expect(result.text).not.toContain(seat);
    expect(result.skipped.filter((s) => s.why.startsWith('it is an item of the list'))).toEqual([]);
  });

  test("a title's year in brackets is not a post count: a film list's lines stay", () => {
    const films = ['Heat (1995)', 'Ronin (1998)', 'Collateral (2004)'];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], films.join('\n'), BODY[2], BODY[3]);
    const result = cleanText(doc);
    for (const film of films) expect(result.text).toContain(film);
    expect(result.skipped.filter((s) => s.why.includes("a title's year, not a post count")).length).toBe(films.length);
    expect(cleanText(result.text).text).toBe(result.text);
  });

  test('a year that three or more entries share is a blogroll\'s date, and its entries go', () => {
    const blogroll = ['Vagabond Scholar (2012)', 'Notes From Underground (2012)', 'Zen Comix (2012)'];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], 'Blogroll', ...blogroll);
    const out = cleanText(doc).text;
    for (const entry of blogroll) expect(out).not.toContain(entry);
  });

  test('under a heading of its own, without a lead-in sentence, a list of counts is an archive and goes', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], 'Categories', 'Harbour news (12)', 'Ferry (9)', 'Council (3)');
    expect(cleanText(doc).text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2]));
  });
});

describe('boilerplate-phrase and wrapped paragraphs', () => {
  // Text browsers wrap a paragraph at a fixed width; one that opens a quotation with « starts a
  // line as a link to the previous post does ("« Older posts"), but runs on into the next line.
  test("a wrapped paragraph's first line that opens with « stays; a link to the previous post on a line of its own goes", () => {
    const quote = [
      '  « Affiner nous-mêmes tous nos fromages, c\'est garder la main sur leur',
      '  goût et sur la valeur qu\'ils créent dans la vallée », souligne Hervé',
      '  Mouillard, président de la coopérative.',
    ].join('\n');
    const doc = paragraphs('# La coopérative agrandit sa cave', BODY[0], BODY[1], quote, BODY[2], '« Le marché de Noël revient', 'Partager');
    const out = cleanText(doc).text;
    expect(out).toContain(quote);
    expect(out).not.toContain('« Le marché de Noël revient');
  });
});

describe('boilerplate-phrase and a notice the article quotes', () => {
  test('a consent notice under a sentence of the text that introduces it with a colon is quoted, and stays', () => {
    const lead = 'Der Banner des Portals begann mit dem folgenden Satz:';
    const notice = 'Wir und unsere Partner verarbeiten Daten, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren.';
    const body = [
      'Das Landgericht Calderstadt hat einem Nachrichtenportal untersagt, seine Leser mit einem irreführenden Einwilligungsbanner um Zustimmung zu bitten.',
      'Wie viele Partner das waren, stand erst auf der dritten Seite des Banners. Das Gericht sah darin eine Täuschung der Leser und gab der Klage statt.',
    ];
    const quoted = cleanText(paragraphs('# Gericht kippt Einwilligungsbanner', body[0]!, lead, notice, body[1]!)).text;
    expect(quoted).toContain(notice);
    const banner = cleanText(paragraphs('# Gericht kippt Einwilligungsbanner', body[0]!, notice, body[1]!)).text;
    expect(banner).not.toContain(notice);
  });
});

