import type { PhraseRule } from '../../core/types.js';

/** Chrome that WordPress themes and Jetpack print around posts and comment forms. */
export const wordpressRules: PhraseRule[] = [
  {
    id: 'wordpress-like-this',
    kind: 'boilerplate',
    lang: 'en',
    pattern: /^(?:like this:?|like\s+loading\.{2,3}|loading\.{3}|be the first to like this\.?|\d+ (?:bloggers|people) like this\.?)$/i,
    description: "Jetpack's like button",
    examples: ['Like this:', 'Like Loading...', 'Be the first to like this.', '3 bloggers like this.'],
  },
  {
    id: 'wordpress-share-this',
    kind: 'boilerplate',
    lang: 'en',
    pattern: /^(?:share this:?|click to (?:share on [\w.+ ]{1,30}|email (?:a link|this) to a friend|print|email)(?: \(opens in new window\))?|share on (?:facebook|twitter|tumblr|linkedin|reddit|pinterest)(?: \(opens in new window\))?)$/i,
    description: "Jetpack's sharing buttons",
    // Sentences that open the same way and are an article's own (found by an audit of the rules).
    counterexamples: [
      'Click to print the label, then stick it on the parcel before you seal it.',
      'Click to share your location with the driver, and the app shows where they are.',
    ],
    examples: ['Share this:', 'Click to share on Twitter (Opens in new window)', 'Click to email this to a friend (Opens in new window)'],
  },
  {
    id: 'wordpress-reply-form',
    kind: 'boilerplate',
    lang: 'en',
    pattern:
      /^(?:leave a (?:reply|comment)(?: to [^,.!?]{1,80})?(?:\s*cancel reply)?|cancel reply|click here to cancel reply\.?|post comment|submit comment|you can also subscribe without commenting\.?|your e-?mail(?: address)? (?:will not be|is not|will never be|is never) (?:published|shared|displayed|made public)(?: or shared)?\.?(?:\s*required fields are marked(?: with an asterisk)? (?:\*|\(\*\))?\.?)?|required fields are marked(?: with an asterisk)? (?:\*|\(\*\))?\.?|notify me of (?:follow-?up comments|new posts|new comments)(?: via| by) e-?mail\.?(?: you can also subscribe without commenting\.?)?|fill in your details below or click an icon to log in:?|you are commenting using your .{1,40} account\.?(?:\s*\(\s*log ?out\s*\/\s*change\s*\))?|(?:name|e-?mail|website|comment|url|mail)\s*(?:\*|\(required\))?(?:\s*\(will not be published\))?(?:\s*\(required\))?|save my name, email, and website in this browser for the next time i comment\.?|this site uses akismet to reduce spam\..{0,80})$/i,
    description: "WordPress's comment form",
    examples: [
      'Leave a Reply',
      'Leave a Reply Cancel reply',
      'Leave a Reply to Jane Roe Cancel reply',
      'Your email address will not be published.',
      'Your email address will not be published. Required fields are marked *',
      'Your email address is not published or shared. Required fields are marked with an asterisk (*)',
      'Required fields are marked *',
      'Notify me of follow-up comments by email.',
      'Notify me of followup comments via e-mail. You can also subscribe without commenting.',
      'Click here to cancel reply.',
      'Name *',
      'Website',
      'Save my name, email, and website in this browser for the next time I comment.',
    ],
    counterexamples: [
      'Leave a reply on the form at the bottom of this page if you have a better recipe for the sauce, please.',
      'Leave a reply to every letter within a week, or the writer will think you are dead.',
    ],
    maxChars: 240,
  },
  {
    id: 'wordpress-posted-in',
    kind: 'labels',
    lang: 'en',
    pattern: /^(?:this entry was (?:posted|written) (?:on|by) .{1,400}?\b(?:filed under|posted in|bookmark the permalink)\b.{0,400}|(?:article|post|entry) by .{1,60}, filed under .{1,200}|(?:this entry was )?posted in (?!\d|(?:the|a|an|my|our|his|her|their)\b).{1,300}?(?:tagged (?!(?:as|with|by|on|in|for|to)\b).{1,300}|bookmark the permalink\.?|\|\s*(?:\d+|no|leave a) comments?.*|\|\s*leave a comment))$/i,
    description: 'the "Posted in … Tagged …" post footer',
    examples: [
      'Posted in Travel Tagged Mongolia, Ulaanbaatar',
      'This entry was posted in News and tagged economy. Bookmark the permalink.',
      'Posted in Uncategorized | 3 Comments',
      'This entry was posted on Monday, November 5th, 2012 at 11:18 am and is filed under News. You can follow any responses to this entry through the RSS 2.0 feed.',
      'Article by Steph, filed under Cities & Urbanism in the Architecture category.',
    ],
    counterexamples: [
      'This entry was written by my daughter, who was nine at the time.',
      'This entry was posted on the noticeboard of the village hall for a month before anyone replied.',
      'Posted in 1998, the letter took three weeks to arrive and was tagged by customs.',
    ],
    maxChars: 700,
  },
  {
    id: 'wordpress-permalink',
    kind: 'boilerplate',
    lang: 'en',
    pattern: /^(?:bookmark the permalink\.?|permalink|post navigation|posts navigation|comment navigation|(?:[←«]|<<?)\s*(?:previous|older) (?:post|entries)|(?:next|newer) (?:post|entries)\s*(?:[→»]|>>?))$/i,
    description: "WordPress's post navigation",
    examples: ['Bookmark the permalink.', 'Post navigation', '← Previous Post', 'Next Post →', '<< Previous Post', 'Next Post  >>'],
  },
  {
    id: 'wordpress-powered-by',
    kind: 'boilerplate',
    lang: '*',
    pattern: /^(?:proudly powered by wordpress\.?|powered by wordpress(?:\.com)?\.?|(?:create a free website or )?blog at wordpress\.com\.?.{0,60}|theme(?::\s*(?!\s|(?:the|a|an)\b)[^.,;:!?]{1,40})? by [^\s,;:!?]+(?: [^\s,;:!?]+){0,3}\.?|entries (?:\(rss\)|rss)(?: and comments (?:\(rss\)|rss))?\.?|comments (?:\(rss\)|rss)|entries feed|comments feed|wordpress\.org)$/i,
    description: 'the WordPress credit and feed links',
    // Sentences that open the same way and are an article's own (found by an audit of the rules).
    counterexamples: [
      'Theme parks owned by Disney raised prices again this year.',
      'Theme music by Hans Zimmer swells over the final scene.',
    ],
    examples: ['Proudly powered by WordPress', 'Blog at WordPress.com.', 'Theme: Twenty Twelve by WordPress.', 'Entries (RSS) and Comments (RSS).'],
  },
  {
    id: 'wordpress-widget-title',
    kind: 'boilerplate',
    lang: 'en',
    pattern: /^(?:archives|categories|meta|blogroll|recent posts|recent comments|recent entries|pages|links|tag cloud|calendar|top posts(?: & pages)?|search for:|log ?in|site admin|rss)$/i,
    description: 'a WordPress sidebar widget title',
    examples: ['Archives', 'Categories', 'Meta', 'Recent Comments', 'Search for:'],
  },
];
