import type { PhraseRule } from '../../core/types.js';

/**
 * Chrome that publishing and hosting platforms other than Blogger and WordPress print around what
 * their users write: e-mail newsletters read in a browser, Medium, LinkedIn articles, Reddit
 * threads and code hosts. Each line is the platform's own interface text.
 */
// The rules that stand inside articles here leave what the general web rules know (a comment
// count, a reply link) to them: a line the first rule to match takes, and those show an article's end.
export const platformRules: PhraseRule[] = [
  {
    id: 'newsletter-email',
    kind: 'boilerplate',
    lang: 'en',
    // Newsletter services (Mailchimp and its kind) frame every e-mail with these, and their
    // archives put the e-mail on a web page as it was sent.
    pattern:
      /^(?:view (?:this (?:e-?mail|newsletter)|it) in (?:your|a|the) (?:web )?browser|(?:having trouble viewing this e-?mail\?|is this e-?mail not displaying correctly\?)\s*view it in your browser\.?|forward (?:this e-?mail )?to a friend|(?:(?:was this (?:e-?mail|newsletter)|this newsletter|this e-?mail) forwarded to you|forwarded this (?:e-?mail|newsletter)|did someone forward (?:you )?this(?: (?:e-?mail|newsletter))?(?: to you)?|(?:enjoyed|enjoying|like|liked) this (?:newsletter|e-?mail))\?(?:\s*(?:forward it(?: on)? to (?:a friend|someone|friends|a colleague)|share it(?: with (?:a friend|someone|friends))?|(?:subscribe|sign up)(?: here| now| for free)?(?: for more)?|get (?:your own copy|the next one)(?: here)?|join (?:the list|[\d,.]+\+? (?:others|other readers|readers|subscribers))(?: here)?)[.!]?)?|unsubscribe(?: from this list| from all)?|update (?:your )?(?:subscription )?preferences|(?:why did i get this\?|want to change how you receive these e-?mails\?)(?:\s+[^.!?]{0,120}\b(?:unsubscribe|preferences|subscri\w*|signed up|mailing list|opted in)\b.{0,60})?|you (?:are|were) receiving this e-?mail because (?:you (?:have )?(?:signed up|subscribed|opted in|registered|joined|are (?:a )?(?:subscribed|subscriber|member|customer))|your e-?mail (?:address )?(?:was|is) (?:subscribed|entered|added))\b.{0,160}|(?:our|my) mailing address is:?|add us to your address book)\.?$/i,
    description: "an e-mail newsletter's frame",
    examples: ['View this email in your browser', 'Forward to a friend', 'Unsubscribe from this list', 'update your preferences', 'Want to change how you receive these emails? You can update your preferences or unsubscribe from this list.', 'You are receiving this email because you opted in via our website.', 'Our mailing address is:', 'Forwarded this email? Subscribe here for more', 'Enjoyed this newsletter? Forward it to a friend.', 'Was this email forwarded to you? Sign up here.', 'Did someone forward you this email?'],
    counterexamples: [
      'Why did I get this? I never ordered a parcel from that company.',
      'You are receiving this email because your account was compromised, the message claimed.',
      'View this email as a sign that the campaign is working.',
      'Unsubscribe links must be in every mailing, the regulator says.',
      'Enjoyed this newsletter? The numbers say most readers did not, and the editors know why.',
      'Forwarded this email? Join 40,000 readers — that line did more for growth than any ad.',
      'Enjoyed this newsletter? Forward it to a friend — the oldest trick in the book, and it works.',
      'Enjoyed this newsletter? Tell me. I read every reply, and I answer most of them.',
      'Like this email? Join the choir. We rehearse on Tuesdays.',
      'Enjoyed this email? Join us at the AGM on 3 May in the village hall.',
      'Forwarded this email? Get in touch if you want to come on the walk.',
      'Enjoyed this email? Forward it to your MP.',
    ],
  },
  {
    id: 'medium-chrome',
    kind: 'boilerplate',
    lang: 'en',
    inArticle: true,
    pattern: /^(?:open in app|sign up to discover human stories that deepen your understanding of the world\.?|published in (?!\d)[^.,;!?\d]{1,60}|last published \S+ (?:days?|weeks?|months?|years?|hours?) ago|\d[\d.,]*\s?[km]?\s+followers?(?:\s*·\s*\d[\d.,]*\s?[km]?\s+following)?|\d[\d.,]*\s?[km]?\s+following|member-only story|more from [^.,;:!?]{1,60} and [^.,;:!?]{1,60}|recommended from medium|see all from [^.,;:!?]{1,60}|help\s+status\s+about\s+careers.{0,120}|responses|write a response(?:…|\.{3})?|go to the profile of [^.,;:!?]{1,60}|never miss a story from [^.,;!?]{1,60}(?:, when you sign up for medium\.(?: learn more)?)?|get updates(?: get updates)?)$/i,
    description: "Medium's frame around a story",
    examples: ['Open in app', 'Published in The Tidewater', 'Last published 4 days ago', '1.2K Followers', '92 Following', '318 Followers · 92 Following', 'Member-only story', 'Recommended from Medium', 'Help Status About Careers Press Blog Privacy Terms Text to speech Teams', 'Responses', 'Write a response…', 'Go to the profile of Tess Marrow', 'Never miss a story from Small Hours, when you sign up for Medium. Learn more', 'Get updates Get updates'],
    counterexamples: [
      'Conversation between Ruth Calloway and Jen Halvorsen.',
      'More from the council and the police is expected on Monday.',
      "More from Anna and her sisters in next week's episode.",
      'Published in 1962, the novel sold only a few hundred copies.',
      'Open in app stores across Europe from next month, the game costs £4.',
    ],
    maxChars: 120,
  },
  {
    id: 'linkedin-chrome',
    kind: 'boilerplate',
    lang: 'en',
    inArticle: true,
    pattern: /^(?:report this (?:article|post|comment)|(?:like|comment|repost|send|share)(?:\s+(?:like|comment|repost|send|share)){2,4}|\d+\s+(?:reactions?|reposts?)(?:\s*·\s*\d+\s+(?:comments?|reposts?))*|more articles by (?:this author|[^\s.,;:!?]+(?: [^\s.,;:!?]+){0,3}(?=$))|see all articles|to view or add a comment, sign in|sign in to view more content|create your free account or sign in to continue your search)\.?$/i,
    description: "LinkedIn's frame around an article",
    examples: ['Report this article', 'Like Comment Repost Send', 'Like Comment Share', '46 reactions · 9 comments', 'More articles by Gwen Adebayo-Hart', 'To view or add a comment, sign in'],
    counterexamples: [
      'More articles by women appeared in the journal that year than in the previous decade.',
      'More articles by local reporters would help, the committee said.',
      'Report this article to the editor if you find a mistake in it, the footer says.',
    ],
  },
  {
    id: 'reddit-chrome',
    kind: 'boilerplate',
    lang: 'en',
    inArticle: true,
    pattern: /^(?:sort by:?(?:\s*(?:best|top|new|controversial|old|q&a))?|search comments|expand comment search|comments section|(?:\d+\s+)?more repl(?:y|ies)|continue this thread|op\s*·.{0,40}|u\/[\w-]{3,20}|\d[\d.,]*[km]?\s+upvotes?|archived post\. new comments cannot be posted and votes cannot be cast\.?)$/i,
    description: "Reddit's frame around a post and its comments",
    examples: ['Sort by:', 'Sort by: Best', 'Search Comments', 'Expand comment search', 'Comments Section', 'u/plane_iron_pete', '4 more replies', 'Archived post. New comments cannot be posted and votes cannot be cast.'],
    // A subreddit's name alone or a score in points is as often a listicle's subheading or a quiz's line.
    counterexamples: ['Sort by colour first, then by size.', 'r/personalfinance', '10 points'],
  },
  {
    id: 'code-host-chrome',
    kind: 'boilerplate',
    lang: 'en',
    // A repository's page on a code host around its README, and the row of badges atop the README
    // (which opens with the build's or the package's badge).
    pattern:
      /^(?:you signed (?:in|out) (?:with|in) another tab or window\. reload to refresh your session\.|you switched accounts on another tab or window\. reload to refresh your session\.|dismiss alert|navigation menu|go to file|add file|latest commit|(?:fork|star|unstar|watch)\s+[\d.,]+[km]?|(?:issues|pull requests|discussions)\s+[\d.,]+[km]?|[\d.,]+\s+(?:branch(?:es)?|tags?|commits?|contributors?|releases?)|(?:view|show) all (?:files|branches|tags)|you must be signed in to change notification settings|(?:build|ci|npm|pypi)\s+[\w.%/+-]+(?:\s+(?:build|ci|tests?|coverage|npm|pypi|crates\.io|version|license|downloads|docs|chat|release|code style|dependencies|maintained)\s+[\w.%/+-]+){2,})$/i,
    description: "a code host's repository page",
    examples: ['You signed in with another tab or window. Reload to refresh your session.', 'Dismiss alert', 'Go to file', 'Fork 42', 'Star 611', 'Issues 17', 'Pull requests 3', '3 Branches', '14 Tags', '1,204 Commits', 'build passing npm v2.3.0 license MIT downloads 3k/month'],
    counterexamples: ['Star 611 is the brightest in the cluster.', 'Go to file a report with the police first.'],
  },
];
