import type { PhraseRule } from '../../core/types.js';

/** Chrome that Blogger (blogspot.com) templates print around every post. */
export const bloggerRules: PhraseRule[] = [
  {
    id: 'blogger-share',
    kind: 'boilerplate',
    lang: 'en',
    pattern: /^email this\s*blogthis!.*$/i,
    description: "Blogger's row of share buttons",
    examples: ['Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest'],
    counterexamples: ['Email this post to a friend who needs the recipe, and ask them to try it too.'],
    maxChars: 300,
  },
  {
    id: 'blogger-comment-count',
    kind: 'boilerplate',
    lang: 'en',
    pattern: /^(?:\d+|no) comments?:$/i,
    description: "Blogger's comment counter",
    examples: ['0 comments:', '12 comments:', 'No comments:'],
    counterexamples: ['0 comments were left on the post that day.'],
  },
  {
    id: 'blogger-powered-by',
    kind: 'boilerplate',
    lang: '*',
    pattern: /^(?:.{0,60}theme\.?\s*)?powered by blogger\.?$/i,
    description: 'the "Powered by Blogger." line',
    examples: ['Powered by Blogger.', 'Simple theme. Powered by Blogger.', 'Watermark theme. Powered by Blogger.'],
  },
  {
    id: 'blogger-widget-title',
    kind: 'boilerplate',
    lang: 'en',
    pattern:
      /^(?:blog archive|followers(?: \(\d+\))?|about me|view my complete profile|popular posts|search this blog|subscribe to|report abuse|links to this post|create a link|contributors|total pageviews|my blog list|labels|translate|featured post|facebook page)$/i,
    description: 'a Blogger sidebar widget title',
    examples: ['Blog Archive', 'Followers', 'About Me', 'View my complete profile', 'Popular Posts', 'Facebook page'],
    counterexamples: ['About me and my family: we moved here in 2010.'],
  },
  {
    id: 'blogger-pager',
    kind: 'boilerplate',
    lang: 'en',
    pattern: /^(?=.)(?:newer posts?\s*)?(?:older posts?\s*)?(?:home)?$/i,
    description: "Blogger's post pager",
    examples: ['Newer Post Older Post Home', 'Older Posts Home', 'Newer Post Home'],
    counterexamples: ['Home is where the heart is.'],
  },
  {
    id: 'blogger-subscribe',
    kind: 'boilerplate',
    lang: 'en',
    pattern: /^subscribe to:\s*(?:post comments|posts|comments)(?:\s*\(atom\))?$/i,
    description: 'the "Subscribe to: Post Comments (Atom)" feed link',
    examples: ['Subscribe to: Post Comments (Atom)', 'Subscribe to: Posts (Atom)'],
  },
  {
    id: 'blogger-posted-at',
    kind: 'boilerplate',
    lang: 'en',
    pattern: /^posted by .{1,80}? at \d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\d+ comments?:?)?$/i,
    description: 'the "Posted by NAME at TIME" post footer',
    examples: ['Posted by Anna at 10:15 AM', 'Posted by Tserenbat Mongolianviews at 3:02 pm 0 comments:'],
  },
];
