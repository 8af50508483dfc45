/** comment-thread: reader comments after the article, from where they begin to the end. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/index.js';
import { BODY, paragraphs } from '../support/articles.js';
import { findings } from '../support/findings.js';

const TITLE = '# Life on the Harbour';
const THREAD = [
  '3 Comments',
  'Anna says:',
  'March 3, 2012 at 10:15 am',
  'Lovely piece. I grew up near that harbour and the bakery was always the first place we went after school.',
  'Reply',
  'Tom says:',
  'March 4, 2012 at 9:02 pm',
  'The ferry timetable has been a scandal for years; nobody on the council takes the boat.',
  'Reply',
];

describe('comment-thread', () => {
  test("a forum thread's replies are the page's text: the first post's header and frame show it, and no comment thread is cut", () => {
    const frame = (name: string, joined: string, posts: string, stamp: string) => [name, `Joined: ${joined}`, `Posts: ${posts}`, 'Location: Driffield', `Posted: ${stamp}    Post subject:`];
    const replies = [
      'Two separate things going on there, Al, and it is worth keeping them apart before you buy any parts at all.',
      'Done that tonight. I get 38mA with everything switched off, so something is drawing current when it should not.',
      'It will be the alarm. Pull its fuse for a week and see if the battery still goes flat before you buy anything.',
    ];
    const doc = paragraphs(
      '# CX500 flat battery after a week',
      ...frame('gritter_al', '02 Mar 2005', '41', 'Sun Oct 16, 2005 8:41 pm'), BODY[0], BODY[1], BODY[2], 'Back to top',
      ...frame('wolds_wolfie', '11 Jan 2004', '2317', 'Sun Oct 16, 2005 9:20 pm'), replies[0]!, 'Back to top',
      ...frame('gritter_al', '02 Mar 2005', '42', 'Mon Oct 17, 2005 7:55 pm'), 'wolds_wolfie wrote:', '> Put a meter on amps between the negative terminal and the earth lead.', replies[1]!, 'Back to top',
      ...frame('pete_the_feet', '23 Jul 2004', '688', 'Mon Oct 17, 2005 8:30 pm'), 'gritter_al wrote:', '> I get 38mA with everything switched off.', replies[2]!, 'Back to top',
    );
    const result = cleanText(doc);
    expect(result.findings.filter((f) => f.kind === 'comments')).toEqual([]);
    for (const reply of replies) expect(result.text).toContain(reply);
    // A blog's comments under its post still go.
    const blog = cleanText(paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...THREAD));
    expect(blog.findings.filter((f) => f.kind === 'comments')).toHaveLength(1);
  });

  test("a rank in a headline or one profile line is no forum's frame: the comments under the story still go; phpBB's 'by NAME » DATE' heads a forum's posts", () => {
    const ranked = cleanText(paragraphs('# Wildcats climb to #3 in national rankings', BODY[0], BODY[1], BODY[2], ...THREAD));
    expect(ranked.findings.filter((f) => f.kind === 'comments')).toHaveLength(1);
    const profile = cleanText(paragraphs('# Santos signs for two more years', 'Position: Striker\nJoined: July 2014', BODY[0], BODY[1], BODY[2], ...THREAD));
    expect(profile.findings.filter((f) => f.kind === 'comments')).toHaveLength(1);
    const post = (name: string, stamp: string, text: string) => [`by ${name} » ${stamp}`, text, 'Reply'];
    const phpbb = paragraphs(
      '# CX500 flat battery after a week',
      ...post('gritter_al', 'Sun Oct 16, 2005 8:41 pm', `${BODY[0]} ${BODY[1]}`),
      ...post('wolds_wolfie', 'Sun Oct 16, 2005 9:20 pm', 'Two separate things going on there, Al, and it is worth keeping them apart before you buy any parts.'),
      ...post('pete_the_feet', 'Mon Oct 17, 2005 8:30 pm', 'It will be the alarm. Pull its fuse for a week and see if the battery still goes flat.'),
    );
    expect(cleanText(phpbb).findings.filter((f) => f.kind === 'comments')).toEqual([]);
  });

  test('a thread after the article goes, from its heading to the end', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...THREAD);
    const result = cleanText(doc, { only: ['comment-thread'] });
    expect(findings(result)).toEqual(['9-25 comments']);
    expect(result.text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2]));
  });

  test.each([
    ['37 comentários', 'Rosângela', '15 de junho de 2024 às 10:22', 'Fiz ontem e ficou igualzinho ao da minha mãe!'],
    ['Commentaires (2)', 'Claire', '3 mars 2024 à 10:15', 'Merci pour la recette, nous la referons cet été.'],
    ['5 Kommentare', 'Jana', '3. März 2024 um 10:15', 'Danke für das Rezept, es hat wunderbar geklappt.'],
    ['Reacties (3)', 'Sanne', '3 maart 2024 om 10:15', 'Dank voor het recept, we maken het zeker nog eens.'],
  ])('a thread under the heading %j, in another language, goes from there to the end', (heading, name, stamp, comment) => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], heading, name, stamp, comment, name, stamp, comment);
    const result = cleanText(doc, { only: ['comment-thread'] });
    expect(findings(result)).toEqual(['9-21 comments']);
  });

  test("a German timeline's entries, which open with a date and a time and go on, are no comments' time stamps", () => {
    const entries = [
      '3. März 2024, 18:30 Uhr: Der Deutsche Wetterdienst gibt eine Unwetterwarnung für die ganze Stadt heraus.',
      '3. März 2024, 22:10 Uhr: Die Feuerwehr meldet die ersten umgestürzten Bäume in Altona.',
      '4. März 2024, 02:45 Uhr: Die Elbe erreicht am Fischmarkt einen Pegel von 3,10 Metern über dem Normalwert.',
    ];
    const doc = paragraphs(TITLE, BODY[0], ...entries, BODY[1], 'Teilen:', 'Facebook', 'Like');
    expect(cleanText(doc).text).toContain(entries[2]);
  });

  test('keepComments keeps what the readers wrote, and says the thread finding was not applied', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...THREAD);
    const result = cleanText(doc, { keepComments: true });
    for (const comment of [THREAD[3]!, THREAD[7]!]) expect(result.text).toContain(comment);
    expect(result.skipped.filter((s) => s.kind === 'comments').map((s) => [s.lines, s.why])).toEqual([[[9, 25], expect.stringMatching(/keepComments/)]]);
  });

  test('quotes introduced inside the article ("As you may recall, Anna writes:") do not start the thread', () => {
    const quoteIntro = 'As you may recall, the harbour master writes:';
    const doc = paragraphs(TITLE, BODY[0], quoteIntro, '> The ferry will sail on time this winter, whatever the weather does.', BODY[1], BODY[2], ...THREAD);
    const result = cleanText(doc, { only: ['comment-thread'] });
    expect(result.text).toContain(quoteIntro);
    expect(result.text).toContain(BODY[2]!);
    expect(result.findings.map((f) => f.kind)).toEqual(['comments']);
  });

  test('a theme that puts the date before the name ("18. Jul, 2012 / Anna says:") still marks speakers', () => {
    const thread = ['18. Jul, 2012 / Anna says:', THREAD[3]!, '19. Jul, 2012 / Tom says:', THREAD[7]!];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...thread);
    const result = cleanText(doc, { only: ['comment-thread'] });
    expect(result.text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2]));
  });

  test('an article that talks about comments has no thread', () => {
    const doc = paragraphs(
      TITLE,
      BODY[0],
      'Comments at the meeting were mostly about the ferry. Anna said the timetable was a scandal, and Tom replied that nobody on the council takes the boat anyway.',
      BODY[1],
    );
    expect(findings(cleanText(doc, { only: ['comment-thread'] }))).toEqual([]);
  });

  test("an embedded post's dated frame in the body starts no thread: the thread starts at its own marks further down", () => {
    const embed = ['View this post on Instagram', 'Rested dough on the right, fresh on the left.', 'A post shared by Marta Quell (@crumbandkettle) on Nov 2, 2019 at 8:14am PST'];
    const body = [
      BODY[3],
      BODY[4],
      '## How to rest it',
      '1. Scoop the dough.',
      '2. Cover it.',
      '3. Chill it for a day.',
      '4. Bake it cold.',
      BODY[5],
      'Have you tried resting your dough? Tell me below how long you leave yours, I would love to know.',
    ];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...embed, ...body, ...THREAD);
    const result = cleanText(doc, { only: ['comment-thread'] });
    expect(result.text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...embed, ...body));
  });

  test('a section heading that ends in "said" is no commenter\'s line: the thread starts at its first commenter', () => {
    const section = ['## What the numbers actually said', BODY[3], BODY[4], BODY[5]];
    const thread = THREAD.slice(1);
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...section, ...thread);
    const result = cleanText(doc, { only: ['comment-thread'] });
    expect(result.text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...section));
  });

  test('a vox pop\'s speakers in headings ("#### Margaret Hill says:") are the article\'s, not a thread', () => {
    const voxPop = ['#### Margaret Hill says:', THREAD[3]!, '#### Jordan Pike says:', THREAD[7]!, 'The consultation closes on 30 June.'];
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...voxPop);
    expect(cleanText(doc, { only: ['comment-thread'] }).text).toBe(doc);
  });
});
