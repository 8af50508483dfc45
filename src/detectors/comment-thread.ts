import { derived, type Analysis } from '../core/analysis.js';
import { blockFinding, plural, type Detector } from './detector.js';
import { matchRules, rulesFor } from './phrase-rules.js';
import { DATE, mainRun, roles } from './regions.js';

// What a thread's heading calls comments in French, German, Spanish, Portuguese, Italian and Dutch.
const OTHER_COMMENTS = 'commentaires?|réactions?|kommentare?|reaktionen|comentarios?|comentários?|reacciones|reações|commenti|commento|reacties?';
// "46 Comments on “Title”", "12 Responses to …", "Comments (3)", "3 thoughts on …", "37 comentários", "Reacties (4)".
const THREAD_HEADING = new RegExp(
  String.raw`^(?:(?:\d+|no|one|two|three)\s+(?:comments?|responses?|replies|thoughts?|reactions?|trackbacks?)(?:\s+(?:on|to|for)\s+.{1,200})?|(?:reader |user )?comments?(?:\s*\(\d+\))?|discussion(?:\s*\(\d+\))?|what (?:people|readers) are saying|join the conversation|\d+\s+(?:${OTHER_COMMENTS})|(?:${OTHER_COMMENTS})\s*\(\d+\))\s*:?$`,
  'iu',
);
// The links printed under each comment.
const REPLY_LINK = /^(?:reply(?:delete)?|replies|delete|(?:log ?in|sign ?in) to reply|reply\s*[↓→]|report(?: abuse)?|like|quote|flag|permalink|edit|↑)$/iu;
// "Anna says:", "Tom on March 3, 2012 said:".
// A short name and no comma, after a date where the theme puts one ("18. Jul, 2012 / Anna says:");
// "As you may recall, Colon writes:" introduces a quote, not a comment.
const SPEAKER_LINE = /^(?:.{1,40}\s[/|]\s+)?(?:[^\s,]+\s+){0,3}[^\s,]+(?:\s+(?:on|at)\s+.{1,40})?\s(?:says|said|wrote)\s*:?$/iu;
const TIME_OF_DAY = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\b/iu;
// A line that ends with a time of day, in the words the other languages put after it.
const ENDS_WITH_TIME = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?\s*$/iu;

type Mark = 'heading' | 'reply' | 'says' | 'stamp' | undefined;

const SPEECH_VERBS = ['says', 'said', 'wrote'];

/**
 * Whether the text ends in "says", "said" or "wrote", then only spaces and a colon: what SPEAKER_LINE needs
 * at its end, checked from the end first, as SPEAKER_LINE itself is tried at every word of the line. By
 * character, as this runs on every short line.
 */
function endsInSpeechVerb(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpaceAt(text, end - 1)) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 58) end--;
  while (end > 0 && isSpaceAt(text, end - 1)) end--;
  return SPEECH_VERBS.some((verb) => endsWithWord(text, end, verb));
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(text[i]!);
}

/** Whether `text[0..end)` ends with the lower-case ASCII `word`, in any case. */
function endsWithWord(text: string, end: number, word: string): boolean {
  if (end < word.length) return false;
  for (let k = 0, at = end - word.length; k < word.length; k++, at++) {
    let c = text.charCodeAt(at);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

function mark(text: string, raw: string, words: number, digits: number, heading: number): Mark {
  if (text.length > 120) return undefined;
  if (THREAD_HEADING.test(text)) return 'heading';
  if (REPLY_LINK.test(text)) return 'reply';
  // A section's heading may end so ("## What the numbers actually said", a vox pop's "#### Margaret
  // Hill says:" over what she said): a commenter's name stands on a line of its own, no heading.
  if (heading === 0 && endsInSpeechVerb(text) && SPEAKER_LINE.test(text)) return 'says';
  // A comment's time stamp: a short line with a date and a time of day (at least "3:15"). A German
  // date ("3. März 2024 um 10:15") opens like a numbered item, and only the line as written holds
  // its day; there the line must end with the time, as a stamp does, while a timeline's entry goes
  // on ("3. März 2024, 18:30 Uhr: Die Feuerwehr meldet…").
  if (words <= 16 && digits >= 3 && text.includes(':') && TIME_OF_DAY.test(text) && (DATE.test(text) || (ENDS_WITH_TIME.test(raw) && DATE.test(raw)))) return 'stamp';
  return undefined;
}

const WINDOW = 40;

/** Where a reader comment thread begins, if the document has one after its body text. */
export function threadStart(analysis: Analysis, firstBody: number): { start: number; evidence: string } | undefined {
  const { blocks } = analysis.doc;
  // A block's mark follows from its text: a later look reuses it.
  const marks = derived<Mark | null>(analysis, 'comment-thread:marks');
  for (let i = firstBody + 1; i < blocks.length; i++) {
    const f = analysis.features[i]!;
    marks[i] ??= mark(blocks[i]!.text, blocks[i]!.raw, f.wordCount, f.digits, blocks[i]!.heading) ?? null;
  }
  for (let i = firstBody + 1; i < blocks.length; i++) {
    const m = marks[i];
    if (!m) continue;
    // Evidence: what marks follow within the window, this one included.
    let stamps = 0;
    let replies = 0;
    let says = 0;
    for (let j = i; j < Math.min(blocks.length, i + WINDOW); j++) {
      if (marks[j] === 'stamp') stamps++;
      else if (marks[j] === 'reply') replies++;
      else if (marks[j] === 'says') says++;
    }
    const follow = stamps + replies + says;
    // Time stamps alone also head the items of a news list; a thread shows replies or speakers too.
    const strong = m === 'heading' ? follow >= 1 : (stamps >= 2 && replies + says >= 1) || replies >= 2 || says >= 2;
    if (!strong) continue;
    // A comment's marks stand close together (its author, its time, a few paragraphs, "Reply"): a
    // mark with none other near it is something else dated in the article (an embedded post's "A
    // post shared by … on Nov 2, 2019 at 8:14am"), even when a thread follows further down; so is
    // one with the thread's heading next ("3 Comments"): the thread starts there.
    if (m !== 'heading' && !markNear(marks, i)) continue;
    // A comment opens with its author's name on the line before its first mark.
    let start = i;
    if (m !== 'heading' && i - 1 > firstBody && analysis.readings[i - 1] === 'short') start = i - 1;
    const parts = [m === 'heading' && `"${blocks[i]!.text.slice(0, 60)}"`, stamps && plural(stamps, 'time stamp'), replies && plural(replies, 'reply link'), says && plural(says, '"says:" line')];
    return { start, evidence: parts.filter(Boolean).join(', ') };
  }
  return undefined;
}

// The most blocks between a comment's marks: a comment's paragraphs stand between its time and its "Reply".
const MARK_GAP = 16;

/** Whether a comment's mark (no thread heading) is the next mark after block `i`'s, within MARK_GAP blocks. */
function markNear(marks: readonly (Mark | null | undefined)[], i: number): boolean {
  for (let j = i + 1; j <= i + MARK_GAP && j < marks.length; j++) if (marks[j]) return marks[j] !== 'heading';
  return false;
}

export const commentThread: Detector = {
  id: 'comment-thread',
  description: 'Reader comment threads after the article, from where they begin ("12 Comments", "Name says:", time stamps, "Reply" links) to the end.',
  detect(analysis, earlier) {
    const role = roles(analysis, earlier);
    // The thread follows the article: look for it only after the main stretch of prose begins.
    const main = mainRun(analysis, role);
    if (!main) return { findings: [] };
    const thread = threadStart(analysis, main.first);
    if (!thread) return { findings: [] };
    const { start, evidence } = thread;
    if (forumThread(analysis, main.first, start)) return { findings: [] };
    const line = analysis.doc.blocks[start]!.line + 1;
    const reason = `reader comments from line ${line} (${evidence} within ${WINDOW} lines)`;
    // A thread runs to the end, or to the next top-level headline: text that holds several
    // articles (a digest, concatenated scrapes) must not lose the ones after a thread.
    let last = role.length - 1;
    for (let i = start + 1; i < role.length; i++) {
      if (analysis.doc.blocks[i]!.heading === 1) {
        last = i - 1;
        break;
      }
    }
    while (last > start && role[last] === 'claimed') last--;
    return { findings: [blockFinding(analysis, this.id, 'comments', start, last, reason, 0.8)] };
  },
};

// How far above the first paragraph a forum's first post may print its poster's frame.
const FRAME_BLOCKS = 12;
// A forum post's header: its number at the line's start or end ("11-05-2006, 09:12 PM  #1", "#1 Sat
// Jan 06, 2024"; "Wildcats climb to #3 in the rankings" is a headline), "Post #1", phpBB's "Post
// subject:" or "(Post) by NAME » DATE". A blog numbers its comments, not its post.
const POST_HEADER = /^#\d{1,7}\s|\s#\d{1,7}$|\bpost #\d+|\bpost subject:|^(?:post )?by [^»]{1,40}»/i;
// A poster's frame has two lines a rule knows at least ("Joined: …" and "Posts: …"): one alone is a
// profile's detail ("Joined: July 2014" in a footballer's box).
const FRAME_LINES = 2;

/**
 * Whether the text is a forum's thread: the first post has a forum's header over it, or a poster's
 * frame ("Joined: 02 Mar 2005", "Posts: 41") stands over it or inside it, from FRAME_BLOCKS above the
 * main stretch to where the marks begin. Its replies are the page's text, as the first post is; a
 * blog's comments follow a post that has neither. (The frame goes with the first look; the header
 * stays, so later looks and a second run judge alike.)
 */
function forumThread(analysis: Analysis, firstBody: number, start: number): boolean {
  const { blocks } = analysis.doc;
  for (let b = Math.max(0, firstBody - FRAME_BLOCKS); b <= firstBody; b++) if (POST_HEADER.test(blocks[b]!.text)) return true;
  let frame = 0;
  for (const hit of matchRules(analysis, rulesFor(analysis, 'boilerplate'))) {
    if (hit.block >= start) break;
    if (hit.block >= firstBody - FRAME_BLOCKS && hit.rule.id === 'forum-chrome' && ++frame >= FRAME_LINES) return true;
  }
  return false;
}
