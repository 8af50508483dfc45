import type { PhraseRule } from '../../core/types.js';
import { anyCase } from './international.js';

// News and stock agencies that pictures in articles are credited to.
const AGENCIES = String.raw`getty images|ap|associated press|reuters|afp|epa(?:-efe)?|shutterstock|alamy|istock(?:photo)?|pa(?: wire| images| media)?|bloomberg|zuma(?: press| wire)?|rex(?: features)?|eyevine|nurphoto|sipa(?: usa)?|anadolu(?: agency)?|xinhua|imago|dpa|ansa|efe|abaca(?:press)?|wireimage|filmmagic|corbis`;
const NETWORKS =
  'facebook|twitter|x|linkedin|pinterest|reddit|whatsapp|tumblr|instagram|youtube|google\\+?|stumbleupon|digg|delicious|pocket|telegram|flipboard|mix|email|e-mail|mail|print|sms|messenger|rss|feed|share|tweet|like|more|copy link';

const APP_PLATFORMS = '(?:ios|android|iphone|ipad|iphone and android|ios and android)';

// The site's own links, as a footer lists them (see site-links).
const SITE_LINKS =
  'privacy (?:policy|notice|settings)|terms (?:of (?:service|use|sale)|and conditions|& conditions)|cookie (?:policy|settings|preferences)|site ?map|site ?index|accessibility(?: statement)?|contact us|about us|advertise with us|work with us|careers|help center|ad ?choices|reuse this content';

// A report of what someone said, after the words it quotes: ", the zoo urged", ", he said",
// ", according to the complaint", '," the notice read'. Chrome quotes nobody, so a line that holds
// one is an article's sentence that opens with chrome's words (see unreported).
// Mostly the past tense a report uses; chrome's own present ("as our policy explains", "you are
// advised to") and words that are also adjectives ("recommended treatments") are left out.
const REPORT_VERBS = 'said|says|told|urged|warned|warns|wrote|writes|added|explained|admitted|admits|insisted|insists|pleaded|begged|promised|claimed|argued|argues|ruled|found|announced|confirmed|conceded|replied|recalled|laughed|joked|complained|noted|stated|heard';
// A clause that a connective opens (", as explained in our policy", ", including some added by our
// partners", ", which means I earn") is the notice's own; after a closing quote, the speaker and the
// verb must both be there ('…," the notice read'), as a notice may quote a button ('click "Flag." A
// moderator will…').
const REPORTED = String.raw`,\s*(?!(?:as|including|which|that|if|when|where|so)\b)(?:[\w'’-]+\s+){0,3}(?:${REPORT_VERBS})\b|,\s*according to\b|,\s*(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:read|reads)\b|[,.!?]["”’]\s+(?:(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}|(?:he|she|they|it)\s+)?(?:${REPORT_VERBS}|read|reads)\b`;
/**
 * The pattern, which must end with `$`, refusing a line that reports what someone said (see
 * REPORTED): a lookbehind over the whole line once its end has matched, so that only lines the rest
 * of the pattern took are searched, once each. (A lookahead at the line's start searched every
 * line the rule was tried on, and made these rules five times as costly; before the `$`, the
 * lookbehind ran again at every place a quantifier backed off to.)
 */
function unreported(pattern: RegExp): RegExp {
  if (!pattern.source.endsWith('$')) throw new Error(`unreported: ${pattern.source.slice(0, 40)}… does not end with $`);
  return new RegExp(`${pattern.source.slice(0, -1)}$(?<!(?:${REPORTED}).*)`, pattern.flags);
}

// The networks a follow prompt names, and what may follow them on its line: more networks, a
// handle, an arrow, and "for more …" without a clause after a comma.
const FOLLOW_NETWORKS = 'facebook|twitter|x|instagram|linkedin|tiktok|threads|mastodon|bluesky|youtube|pinterest|telegram|whatsapp|social media|rss';
const FOLLOW_TAIL = `(?:${FOLLOW_NETWORKS})\\b(?:(?:\\s*,\\s*|,?\\s+(?:and|&|or)\\s+)(?:${FOLLOW_NETWORKS})\\b)*(?:\\s*\\(?(?:at\\s*)?@[\\w.]{1,40}\\)?)?(?:\\s*[→»›])?(?: (?:for|to get|to see|to keep up with|to stay up to date with) [^,;:.!?]{1,80})?`;

/** Chrome of the general web, in English. */
export const webRules: PhraseRule[] = [
  {
    id: 'share-buttons',
    kind: 'boilerplate',
    lang: 'en',
    inArticle: true,
    pattern: new RegExp(
      `^(?=.)(?:(?:share|follow|like|find|connect with)(?: (?:this|us|me|it))?(?: (?:article|story|post|page))?(?: (?:on|via|with)| (?:in|on|with) your social networks?\\.?)?\\s*:?\\s*)?(?:(?:share (?:on|to|via) )?(?:${NETWORKS})\\b[\\s,|·•/:]*)*$|^social sharing$|^all sharing options for:? .{1,200}$|^(?:like|enjoyed|love) this (?:post|article|story)\\? ?(?:please )?share it(?: with (?:your )?(?:friends|family))?[.!]?$|^pin it(?:\\s+(?:tweet|share|like|e-?mail|facebook|twitter))+(?:\\s+\\d[\\d.,]*[km]?)?$|^(?:share on (?:facebook|twitter|x|linkedin|pinterest)|recommend)\\s+\\d[\\d.,]*[km]?$|^(?:(?:tweet|share|like|e-?mail)\\s+){2,}\\d[\\d.,]*[km]?$|^(?:please|kindly) share (?:this|our) (?:article|story|post|page)(?: with (?:your )?(?:friends|family))?\\s*[:.!]?$|^share or comment on this (?:article|story|post)\\s*:?$|^(?:(?:tweet|like|share|pin(?: it)?|\\+1|recs?)\\s+\\d[\\d.,]*[km]?\\s*)+$`,
      'i',
    ),
    description: 'a row of share or follow buttons',
    examples: ['Like 612 Tweet 498 +1 74 Share 203 Pin It 31', 'Share:', 'Share this article', 'Share this article in your social network', 'Tweet', 'Facebook Twitter LinkedIn Email', 'Share on Facebook', 'Share on Facebook Share on X Email', 'Follow us on Twitter', 'Share | Tweet | Email', 'Tweet 318', 'Like 96', 'Share 41', 'Social Sharing', 'Kindly share this story:', 'Please share this article with your friends!', 'Pin It Tweet Share', 'Pin It Tweet Share 212', 'Like this post? Share it!', 'Share on Facebook 1.2K', 'Recommend 37', 'All sharing options for: Why your town has so many dollar stores'],
    counterexamples: ['Please share this article with the council before Friday.', 'Share your thoughts with your family before the vote.', 'Facebook announced a new policy today.', 'Facebook 2004', 'Facebook 3.0'],
  },
  {
    id: 'follow-prompt',
    kind: 'boilerplate',
    lang: 'en',
    // After the network only more networks, a handle, an arrow, or what following brings ("for more
    // travel stories"): a sentence goes on after a comma ("…, the zoo urged, after the chick hatched").
    pattern: new RegExp(
      `^(?:follow (?:us|me)(?: on ${FOLLOW_TAIL})?|(?:please )?follow (?:[\\p{L}.'-]+ ){1,3}on (?:twitter|x|facebook|instagram|linkedin|tiktok|threads|mastodon|bluesky)(?: and (?:twitter|x|facebook|instagram|linkedin))?(?:\\s*(?:at\\s*)?@\\S{1,40})?|want more (?:news|stories|updates) from [^?]{1,60}\\?\\s*(?:like|follow) (?:us|our)\\b.{0,150}|connect with us|find us on ${FOLLOW_TAIL}|join us on ${FOLLOW_TAIL}|like us on facebook(?:,? and follow us on (?:twitter|x|instagram))?)[.:!]?$`,
      'iu',
    ),
    description: 'a follow prompt',
    examples: ['Want more news from the Scottish Daily Bugle? Like our Facebook page for all the latest.', 'Please follow Money Tree on Twitter and Facebook.', 'Follow us on Instagram', 'Follow us on Instagram and Twitter for more travel stories from across Europe.', 'Follow me', 'Find us on Facebook', 'Like us on Facebook', 'Follow Jane Doe on Twitter.', 'Follow her on Twitter @jdoe'],
    counterexamples: [
      'Follow Dana Whitfield @danawhitfieldPE',
      'Follow me on this one: the numbers do not add up.',
      'Follow us on the map as we walk from the harbour to the castle.',
      'Follow the river on foot for two miles and the path turns north.',
      'Follow me on Twitter, the senator told his critics, and you will see why I won.',
      'Follow us on Instagram, the zoo urged, after the penguin chick hatched.',
    ],
  },
  {
    id: 'form-fields',
    kind: 'boilerplate',
    lang: 'en',
    inArticle: true,
    // A download or contact form set into a page: its required fields' labels, its button, the
    // consent under it.
    pattern: /^(?:(?:(?:first|last|full|company|business|work|your)\s+)?(?:name|e-?mail(?: address)?|company(?: name)?|job title|phone(?: number)?|country|zip(?: code)?|postcode|organi[sz]ation)\s*\*|download the (?:free )?(?:whitepaper|white paper|report|e-?book|guide)|by downloading (?:this|the) (?:content|whitepaper|white paper|report|e-?book|guide),? you (?:agree|consent)\b.{0,300})$/i,
    description: "a download or contact form's fields, button and consent",
    examples: ['First Name*', 'Work Email*', 'Job Title*', 'Download the free whitepaper', 'By downloading this content, you agree to receive communications from Board Converting News and its sponsors. You may unsubscribe at any time.'],
    counterexamples: ['Download now and regret later, as the saying goes among app reviewers.'],
  },
  {
    id: 'republish-box',
    kind: 'boilerplate',
    lang: 'en',
    // A nonprofit newsroom's offer to republish its story, and the terms under it.
    pattern: /^(?:republish this (?:article|story)(?: for free)?|republish our (?:articles|stories) for free\b.{0,300}|our (?:stories|articles) may be republished (?:online or in print )?(?:for free )?under (?:a )?creative commons\b.{0,400}|(?:we want our stories to be read as widely as possible\.\s*)?you (?:may|can) republish (?:this|our) (?:article|story|stories) for free\b(?=.*\bcreative commons\b).{0,500})$/i,
    description: "a newsroom's offer to republish its story",
    examples: ['Republish this story for free', 'Our stories may be republished online or in print under Creative Commons license CC BY-ND 4.0. We ask that you edit only for style.', 'Republish this article', 'We want our stories to be read as widely as possible. You may republish this article for free under a Creative Commons license, as long as you credit us.'],
    counterexamples: ['You can republish our stories for free, as long as you credit us, is the message at the foot of every article it publishes.'],
    maxChars: 700,
  },
  {
    id: 'newsletter-widget',
    kind: 'boilerplate',
    lang: 'en',
    // What a newsletter sign-up box prints besides its pitch: the messages of its form, all in the
    // text as the page holds them, between paragraphs or under the article.
    inArticle: true,
    pattern: /^(?:thank you for subscribing[.!]?|thanks for subscribing[.!]?|thanks for signing up[.!]?|a welcome email is on its way\.(?: if you don'?t see it,? please check your (?:junk|spam) folder\.?)?|by clicking on the sign up button you consent to receive the above newsletter from .{1,300}|sign up to receive (?:our )?(?:daily|weekly) (?:breaking |headline )?(?:news|newsletters?|headlines|updates)\b[^.]{0,80} from [^.]{1,60}\.|get (?:the latest|the best of) [^.]{1,80} delivered (?:straight |right )?to your inbox(?: every [^.]{1,30}| each [^.]{1,30})?\.|want more\?\s*get [^.?!]{1,120} delivered to your inbox\.\s*sign up\b.{0,160}|we have more newsletters(?: show me)?|invalid e-?mail(?: address)?|please enter a valid e-?mail(?: address)?\.?|see our privacy notice|something went wrong,? please try again later\.?)$/i,
    description: "a newsletter sign-up box's messages",
    examples: ['Thank you for subscribing', 'Thanks for signing up!', "A welcome email is on its way. If you don't see it, please check your junk folder.", 'By clicking on the sign up button you consent to receive the above newsletter from the Valley Courier. You may unsubscribe any time.', 'Sign up to receive daily headline news from the Valley Courier.', 'Get the latest public safety news from Sheboygan County delivered to your inbox every weekday afternoon.', 'Want more? Get the best of local business news delivered to your inbox. Sign up for the Morning Edition newsletter.', 'We have more newsletters Show me', 'Invalid Email', 'See our privacy notice'],
    counterexamples: ['Sign up to receive the latest flood warnings from the Environment Agency.', 'Sign up to receive daily flood warnings from the Environment Agency.', 'Thank you for subscribing to the idea that a library is worth a penny on the rates, she wrote.', 'Get the latest figures delivered to your inbox, the minister told officials, and read them before the briefing.'],
  },
  {
    id: 'subscribe-prompt',
    kind: 'boilerplate',
    lang: 'en',
    pattern:
      unreported(/^(?:subscribe(?: now| today| here)?|subscribe (?:to|via|by) (?!(?:a|an|any|post|phone|the [\w-]+['’]s)\b)(?=(?:[^.!?]|[.!?](?=\S))*[!:]?$|.*\b(?:newsletters?|e-?mails?|inbox|updates|feeds?|rss|posts|stories|access|unlimited|free|exclusive|delivered|alerts|notifications|digest|briefings?|mailing list|comments|receive|edition)\b)(?:[^.!?]|[.!?](?=\S)){1,200}|(?:hi!?\s+)?thanks for (?:stopping by|visiting|reading)(?: [^.!?]{1,60})?[.!]?\s+(?:why not |please )?(?:subscribe|sign up|follow)(?=[^.!?]*\b(?:rss|feed|newsletter|e-?mail|blog|posts|updates|us|me|free|twitter|facebook|instagram|substack)\b).{0,200}|sign up for more(?: like this| stories like this)?|by (?:submitting|signing up|subscribing|registering)(?: your (?:information|details|e-?mail(?: address)?))?,? you (?:agree|consent|acknowledge|confirm)(?: (?:to|that|with))? (?:(?:our|the|these|its|this site's) )?(?:terms|privacy|conditions|policy|data protection|use of)\b.{0,200}|sign up (?:for|to) (?:our|my) .{0,40}(?:newsletter|briefing|bulletin|digest)s?[^!?]{0,120}|sign up (?:for|to) the [^.!?]{0,40}(?:newsletter|briefing|bulletin|digest)s?|(?:get|receive) (?:our|my|the) (?:[^.!?]{0,40} )?(?:newsletters?|e-?mail updates|updates by e-?mail|posts by e-?mail|new posts)\b(?:[^.!?]{0,120}[!:]?$|(?=[^.!?]*\b(?:inbox|delivered|free|sign up|subscribe|e-?mail|every|daily|weekly|monthly|straight|direct(?:ly)?|never miss)\b)[^.!?]{0,120})|join (?:our|my) (?:mailing list|newsletter|list)[^.!?]{0,120}|join the (?:mailing list|newsletter)[^.!?]{0,120}|enter your e-?mail(?: address)?(?: (?:below|here))?(?:,? (?:to|and) (?:subscribe|sign up|get|receive|follow|join|never miss)\b[^!?]{0,120})?|(?:your )?e-?mail address:?|newsletter(?: sign-?up)?|sign up|we (?:respect|will never share) your (?:privacy|e-?mail(?: address)?)(?: with (?:anyone|anybody|third parties))?(?:[.!]\s*(?:unsubscribe at any time|no spam)[.!]?)?|unsubscribe at any time\.?|.{0,80}\byour e-?mail(?: address)? will never be (?:shared|sold|published|given)(?: (?:with|to) (?:anyone|anybody|third parties|others))?|no spam(?:,? ever)?(?:[.!]\s*unsubscribe at any time)?|get (?:(?!(?:to|of|from|for|into|out|rid|used|over|help|habit|when|if|a|an|someone|them|it|us|me|back|up|off|on|in|at|by|with)\b)[^\s.!?,;]+ ){0,6}?(?:news|stories|headlines|newsletters?|updates|briefings?|digest|deals|highlights|analysis|tips|recipes|posts|articles|picks|the best of [^.!?]{1,40}|the latest)\b[^.!?]{0,20}? (?:delivered (?:straight |direct(?:ly)? )?(?:to|into) your inbox|(?:straight |direct(?:ly)? )?(?:in|to|into) your inbox)(?: (?:every|each) (?:day|morning|evening|night|week|weekday(?: morning| evening)?|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: morning| evening)?)| daily| weekly)?(?:[.!]?\s*(?:sign up|subscribe|join)(?: now| here| today)?)?|subscribe (?:for|from) (?:just |only )?[£$€]\s?\d[\d.,]*(?: an?| per)? (?:week|month|year)|join (?:more than |over )?[\d.,]+(?: million| thousand|k|m)?\+? (?:other )?(?:subscribers|readers)|join (?:(?:more than |over )?[\d.,]+(?: million| thousand|k|m)?\+? )?(?:other )?(?:people|readers|subscribers|others) who (?:get|receive|read) (?:our|my) (?:[^.!?]{0,30} )?(?:e-?mails?|newsletters?|briefings?|digest|updates)[.!]?(?:\s*(?:enter your e-?mail(?: address)?|sign up(?: now| here)?|subscribe(?: now| here)?))?|we(?:'ll|’ll| will) (?:only )?use your e-?mail(?: address)? (?:only )?(?:to send you|for sending you) (?:our |the )?newsletters?(?: (?:and|or) (?:offers|updates|news|marketing)(?: from us)?)?(?:\.\s*please (?:see|read) our privacy (?:notice|policy)[^.!?]{0,100})?)[.!:]?$/i),
    description: 'a subscribe or newsletter prompt',
    examples: [
      'Subscribe',
      'Subscribe via RSS',
      'Hi! Thanks for stopping by. Why not subscribe to our free RSS feed, Twitter or Facebook page and stay up to date?',
      'Sign up for our free newsletter and get the best stories every morning.',
      'Sign up to our Politics Briefing',
      'Enter your email address to subscribe to this blog and receive notifications of new posts by email.',
      'Newsletter',
      'Get the best of Field Notes delivered to your inbox every Friday.',
      'Thanks for reading Notes from the Marsh! Subscribe for free to receive new posts and support my work.',
      'Sign up for more like this.',
      'By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.',
      'We respect your privacy.',
      'No worries, this form appears only once, and your email will never be shared.',
      'Get the biggest stories straight to your inbox',
      'Get the best of Meridian Business delivered to your inbox every week. Sign up',
      'Join 12,000+ subscribers',
      "Get the day's key political stories in your inbox every weekday evening.",
      'Subscribe for £1 a week',
      'Join 8 million people who get our weekly email. Enter your email address',
      'We will use your email address only for sending you newsletters. Please see our Privacy Notice for details of your data protection rights.',
    ],
    // A prompt is one sentence; an article's advice can open the same way and go on.
    counterexamples: [
      'Subscribe to our newsletter, the paper begged in a front-page editorial that month.',
      'Join our mailing list, the band told fans, and you will hear about gigs first.',
      'Subscribe to a local vegetable box if you want seasonal produce every week.',
      "Subscribe to the council's planning alerts to hear about applications near you.",
      'Subscribe by post, and the magazine arrives on the first of the month.',
      'Get the fence posts in the ground before the first frost.',
      'Get the posts level before the concrete sets, or the fence will lean.',
      'Receive the updates from the Met Office on your phone before setting out.',
      'Get my posts to the printer by Friday, the editor told me.',
      'Get the updates installed before you travel, or the laptop will nag you all week.',
      'Enter your email address and the password from the letter, then press Continue.',
      'Enter your email and the code from the text message.',
      'I subscribe to the view that the council acted too fast.',
      'Subscribe to what you use, not to what you might use. That is the whole lesson, and it took me a year to learn it.',
      'Join the people who read our reports in asking the council to publish its figures.',
      'Join 50 people who read the Bible in a year with our church group, starting in January.',
      'Join others who receive our newsletter in asking the council to publish its figures.',
      'We will use your email address to send you the results, the company told entrants.',
      'We will use your email address only for sending you newsletters, the company said, but it sold them.',
      "We'll use your email address for sending you offers, the form said in small print that most people never read.",
      'Get a copy of the form in your inbox, fill it in and send it back. The council will reply within a week.',
      'Get the best out of Gmail by turning on filters that sort what lands in your inbox.',
      'Get the best coffee beans in the city delivered to your door for about £12 a month.',
      'Get the latest Pixel delivered on launch day by pre-ordering from the Google store.',
      'Get the latest news delivered by our reporters on the ground, who know the valley.',
      'Get the best of the spring sales without a single marketing email landing in your inbox.',
      'Get rid of the newsletters in your inbox.',
      'Get out of the habit of checking the headlines in your inbox every hour.',
      'Get notified when someone replies to your posts in your inbox.',
      'Get the kids to read the stories delivered to your inbox every week.',
      'Get updates delivered to your inbox every time a case is filed.',
      'Get the stories delivered.',
      'Subscribe for £1 a week and the paper will still lose money on you, its finance director said.',
      // A prompt that ends as a sentence says what it sends; advice that names a paper or its newsletter does not.
      'Get the newsletter printed on recycled paper if you can.',
      'Subscribe to The Economist only if you read it.',
      'Subscribe to the Gazette for a year before you judge it.',
    ],
    maxChars: 240,
  },
  {
    id: 'cookie-notice',
    kind: 'boilerplate',
    lang: 'en',
    pattern:
      unreported(/^(?:(?:(?:this|our) (?:web)?site uses cookies|we use (?:some (?:essential|necessary) |essential |necessary )?cookies|we and our (?:\d+ )?partners (?:use cookies|store and\/or access information on a device)|cookies help us|by (?:continuing|using|browsing) (?:to (?:use|browse) )?(?:this|our|the) (?:web)?site,? you (?:agree|accept|consent)|to make this site work properly, we .{0,40}cookies|cookies on (?:this |our |the (?:[\w&'’.-]+ ){1,6}?)(?:web)?site(?=$)|we(?:'d|’d| would) like to (?:use|set) (?:some )?(?:additional |analytics |optional )?cookies)(?=$|[.!]?$|.*\b(?:experience|website|site|services?|browsing|browser|analy[st]\w*|personali[sz]\w*|advertis\w*|ads|consent|privacy|polic(?:y|ies)|settings|preferences|third[- ]part\w*|(?:their|its|the) use|learn more|find out more|more info\w*|accept|agree|continue|use of cookies|cookies|remember\w*|improve\w*|understand how you use|basket|cart|shop(?:ping)?|functional\w*|visit\w*|traffic|statistic\w*|marketing|track\w*|partners|features)\b).*|(?:(?:accept|reject|allow)(?: all| additional| analytics| optional)? cookies|(?:view|hide|change your) cookie (?:message|settings)|cookie (?:policy|settings|preferences|notice|consent)|manage (?:cookies|cookie settings|preferences|consent|options)|we (?:value|care about|respect) your privacy|your privacy choices|continue without (?:agreeing|accepting)|i (?:agree|accept)|got it!?|ok(?:ay)?, i understand)[.!]?)$/i),
    description: 'a cookie or consent notice',
    examples: [
      'This website uses cookies, as explained in our Cookie Policy, to give you the best experience.',
      'We use cookies, including some added by our advertising partners, to improve your experience on our site.',
      'This website uses cookies to improve your experience. We will assume you are ok with this, but you can opt-out if you wish. Accept Read More',
      'We use cookies to ensure that we give you the best experience on our website.',
      'By continuing to use this website, you agree to their use.',
      'Accept all cookies',
      'Cookies on this site',
      'Cookies on the Ashdown District Council website',
      'We use some essential cookies to make this website work.',
      'We’d like to use additional cookies to understand how you use the service and make improvements.',
      'Reject additional cookies',
      'Cookie Policy',
      'We value your privacy',
      'We and our partners store and/or access information on a device, such as cookies and process personal data, such as unique identifiers and standard information sent by a device.',
      'Manage options',
      'Continue without agreeing',
    ],
    // A button's label is the whole line: a sentence may open with the same words. A notice is not
    // attributed: a line that quotes one and says who said it ('…," the notice read') is a report's.
    counterexamples: [
      'We use cookies to track visitors, according to the complaint filed on Monday.',
      'This website uses cookies without consent, regulators in France ruled on Tuesday.',
      'We use cookies to improve your experience," the notice read, the regulator said.',
      'We use cookies to improve your experience, the notice read, the regulator said.',
      'This website uses cookies to improve your experience,” the banner said, and nobody read further.',
      'We use cookies instead of ladyfingers in this tiramisu.',
      'We use cookies from the bakery next door as a reward for the kids.',
      'Most readers never read the notice that says a site uses cookies; they just click it away.',
      'We used cookies as bait for the raccoons, which worked better than we expected.',
      'I agree with the residents who say it should have been built ten years ago, said the mayor.',
      'I accept that the plan has flaws, but it is the only plan we have.',
      'Got it in one: the bridge will cost less than the ferry it replaces.',
      'Okay, I understand why people are angry, the minister said.',
      'Allow cookies only from sites you trust, the guide advises.',
      'Cookie policy changes at the company were announced on Monday.',
      'We value your privacy, the company said in a statement, before the breach was disclosed.',
      'Cookies on the school website were set without consent for two years, the audit found.',
      'We use some essential oils and cookies from the market in this recipe.',
      'We use some cookies crumbled into the base, and any shop-bought digestives will do.',
    ],
    maxChars: 500,
  },
  {
    id: 'consent-buttons',
    kind: 'boilerplate',
    lang: 'en',
    // A consent dialog's buttons, each a line of its own, wherever the dialog came out in the text.
    inArticle: true,
    pattern: /^(?:accept all|reject all|decline all|allow all|agree and (?:close|continue)|customi[sz]e (?:settings|choices)|(?:strictly |only )?necessary(?: cookies)? only|save (?:my )?(?:choices|preferences))$/i,
    description: "a consent dialog's buttons",
    examples: ['Reject all', 'Allow all', 'Agree and close', 'Customise settings', 'Necessary only', 'Save my choices'],
    // A single word ("Accept", "Decline") is as often an item of a how-to's list.
    counterexamples: ['Accept the things you cannot change.', 'Decline in bee numbers slows', 'Accept', 'Decline'],
  },
  {
    id: 'shop-buttons',
    kind: 'boilerplate',
    lang: 'en',
    // A shop's buy box, a line each: its buttons, the quantity picker's label and the stock note.
    // They stand between a product's description and its details, so they end nothing.
    inArticle: true,
    pattern:
      /^(?:add to (?:basket|cart|bag|trolley|wish ?list)|buy (?:it )?now|(?:view|go to) (?:basket|cart|bag)|(?:proceed to )?checkout|quantity|qty|(?:tax|vat) included\.?|(?:only )?\d+ left in stock\.?|in stock|out of stock|check (?:the )?(?:latest )?(?:prices?|availability|rates) (?:on|at) (?:booking\.com|agoda|expedia|hotels\.com|tripadvisor|airbnb|vrbo|amazon|chewy|walmart|target|best buy|(?:the )?home depot|lowe'?s|ebay|etsy|petco|petsmart)[.!]?|shop(?: [a-z]+){0,2} (?:on|at) (?:amazon|(?:the )?home depot|walmart|target|etsy|lowe'?s|chewy)[.!]?)$/i,
    description: "a shop's buy button or stock note",
    examples: ['Add to basket', 'Add to cart', 'Buy it now', 'Only 4 left in stock', 'Tax included.', 'Quantity', 'Out of stock', 'Add to wishlist', 'Check prices on Booking.com', 'Check availability on Airbnb', 'Check Price on Chewy', 'Shop Tools on Amazon', 'Shop at The Home Depot'],
    counterexamples: ['Add to basket the flour, the sugar and the eggs, and stir.', 'Buy now, pay later schemes are under scrutiny.', 'In stock markets, the day ended flat.', 'Checkout staff at the store walked out on Friday.'],
  },
  {
    id: 'copyright',
    kind: 'boilerplate',
    lang: '*',
    // "(c)" also opens the third item of a lettered list: after it, only a year, or a capitalised
    // holder and nothing more. "All rights reserved" ends the line or its sentence.
    pattern: new RegExp(
      String.raw`^(?:(?:[Cc]opyright\s*|COPYRIGHT\s*)?\([Cc]\)\s*(?:(?:19|20)\d{2}\b.{0,200}|\p{Lu}[^.,;:!?]{0,80}(?:,? (?:Inc|Ltd|LLC|plc)\.)?(?:\.?\s*[Aa]ll [Rr]ights [Rr]eserved\.?)?)|` +
        anyCase(
          String.raw`(?:copyright\s*)?(?:©|&copy;)\s*.{0,200}|(?:©|&copy;)(?=.*\b(?:all rights reserved|registered|trade ?marks?|limited|ltd|inc|llc|plc)\b).{201,900}|copyright\s+(?:©\s*)?\d{4}(?:\s*[-–]\s*\d{4})?(?!\s+(?:was|is|were|are|had|has|figures?|data|law|rules?)\b).{0,200}|this copy is for your personal,? non-?commercial use only\..{0,300}|please be respectful of copyright\.?(?: unauthori(?:s|z)ed use is prohibited\.?)?|.{0,200}\ball rights reserved(?:[.)\]]*$|\.\s+.{0,80}|\s*[|·•].{0,80})|(?:copyright\b|©).{0,200}\ball rights reserved\.\s+(?:this|the|no) (?:material|content|article|part)\b.{0,160}\b(?:reproduced|published|broadcast|rewritten|redistributed|copied)\b.{0,160}`,
        ) +
        ')$',
      'u',
    ),
    description: 'a copyright line',
    // Its letters' case is spelled by hand, which the rule index cannot read its texts from.
    needs: ['(c)', '©', '&copy;', 'copyright', 'all rights reserved', 'commercial use only'],
    // A notice of the rights may go on to say what may not be done with the material.
    examples: [
      '© 2018 Quartz Media, Inc. All rights reserved.',
      'Copyright 2012 Example Press',
      '(c) The Daily Planet',
      'All Rights Reserved.',
      'Please be respectful of copyright. Unauthorized use is prohibited.',
      'This copy is for your personal, non-commercial use only. Distribution and use of this material are governed by our Subscriber Agreement and by copyright law.',
      'Copyright DAYBREAK. All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from DAYBREAK.',
      `© Harbour Newspapers Limited in England No. 0412987 Registered office: 1 Harbour Street, London. ${'"The Harbour", "Harbour Online" are registered trademarks or trade names of Harbour Newspapers Limited. '.repeat(4)}`.trim(),
    ],
    counterexamples: [
      'Copyright law in the United States protects works for seventy years after the death of the author, which surprises many people.',
      '(c) the applicant must have lived in the parish for three years;',
      '(c) None of the above.',
      'Copyright 1998 was a landmark year for the music industry.',
      'The estate said all rights reserved under the old contract had reverted to the family in 2001.',
      'The page said all rights reserved. No part of the material was to be reproduced, published or broadcast in any form, and the family would sue anyone who tried.',
      `© 1923 was, for a long time, the line that mattered most to American libraries, ${'because works published that year and before had passed into the public domain and could be copied freely. '.repeat(2)}`.trim(),
    ],
    maxChars: 1000,
  },
  {
    id: 'wiki-tagline',
    kind: 'boilerplate',
    lang: '*',
    // The line a wiki's skin prints under every article's title, in the languages winnow reads.
    pattern:
      /^(?:from [^,.!?]{1,40}, the free (?:encyclopa?edia|dictionary|wiki)|aus [^,.!?]{1,40}, der freien enzyklopädie|de [^,.!?]{1,40}, l['’]encyclopédie libre|de [^,.!?]{1,40}, la enciclopedia libre|origem: [^,.!?]{1,40}, a enciclopédia livre|da [^,.!?]{1,40}, l['’]enciclopedia libera|uit [^,.!?]{1,40}, de vrije encyclopedie|from [^,.!?]{1,40}, the free (?:encyclopa?edia|dictionary|wiki) of [^,.!?]{1,60}|jump to:? navigation,? search)\.?$/iu,
    description: "a wiki's tagline under the title",
    examples: ['From Wikipedia, the free encyclopedia', 'From Wikifolk, the free encyclopedia', 'Aus Wikipedia, der freien Enzyklopädie', "De Wikipédia, l'encyclopédie libre", 'Uit Wikipedia, de vrije encyclopedie'],
    counterexamples: ['From Wikipedia, the free encyclopedia, you can learn almost anything about tides.'],
  },
  {
    id: 'reader-header',
    kind: 'boilerplate',
    lang: '*',
    // What a reader service (Jina Reader) writes above the page it renders: the page's address, its
    // time and the start of its text. Its "Title:" line stays: it is the headline.
    pattern: /^(?:url source:\s*\S+|published time:\s*\d[\d:T+.\-Z ]{3,40}|markdown content:)$/i,
    description: "a reader service's header",
    examples: ['URL Source: https://www.example.com/news/2025/05/toads', 'Published Time: 2025-05-22T16:31:08+01:00', 'Markdown Content:'],
    counterexamples: ['URL source: the council would not say where the figures came from.'],
  },
  {
    id: 'skip-link',
    kind: 'boilerplate',
    lang: 'en',
    pattern:
      /^(?:skip to (?:the )?(?:main )?(?:content|navigation|menu|main menu|primary navigation|secondary navigation|sidebar|search|footer|site index)|jump to (?:navigation|search|content|main content)|toggle (?:navigation|menu|search)|(?:main|primary|mobile) (?:menu|navigation)|menu|navigation|close(?: menu)?|open menu|search(?: for)?:?|search this (?:site|blog|website)(?:…|\.{3})?|search\.{3})$/i,
    description: 'a navigation aid such as "Skip to content"',
    examples: ['Skip to content', 'Skip to main content', 'Toggle navigation', 'Menu', 'Search'],
  },
  {
    id: 'licence-notice',
    kind: 'boilerplate',
    lang: 'en',
    // A site's Creative Commons licence line under its posts.
    pattern: /^(?:creative commons licen[cs]e\s*)?(?:except where otherwise noted,? )?(?:this|the) (?:work|article|post|site|blog|content)(?: by [^.]{1,80}?)?(?: on this (?:site|blog))? is licen[cs]ed under (?:a |the )?creative commons .{1,200}$/i,
    description: 'a licence line',
    examples: ['Creative Commons License This work by Evidence & Method is licensed under a Creative Commons Attribution 3.0 Unported.', 'This work is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License.'],
    counterexamples: ['The photographs are licensed under Creative Commons, the museum said, so anyone may reuse them.'],
  },
  {
    id: 'posted-in-section',
    kind: 'boilerplate',
    lang: 'en',
    // A US local-news platform's line under a story: its section and its date.
    pattern: /^posted in \p{Lu}[\p{L}&' -]{1,40} on (?:(?:mon|tues?|wednes|thurs?|fri|satur|sun)day,? )?[\p{L}]{3,9}\.? \d{1,2},? \d{4},? \d{1,2}:\d{2}\s?[ap]\.?m\.?\.?(?: updated:? \d{1,2}:\d{2}\s?[ap]\.?m\.?)?$/iu,
    description: "a story's section and date line",
    examples: ['Posted in Columns on Wednesday, March 13, 2013 12:00 am.', 'Posted in Local News on Tuesday, March 13, 2012 11:42 pm. Updated: 8:15 am.'],
    // A soldier's or a diplomat's postings give a place and a date, no time.
    counterexamples: ['Posted in Kabul on March 3, 2012, the letter took six weeks to arrive.', 'Posted in Cyprus on March 3, 1956.', 'Posted in Helmand on March 3, 2009.'],
  },
  {
    id: 'action-button',
    kind: 'boilerplate',
    lang: 'en',
    // A page's buttons, each on a line of its own: give, register, add to a calendar, buy at a price,
    // sign a guestbook. They stand beside what they act on (a service's details), inside the text.
    // ("Apply now" and "Book your place" stand right under a job's or a class's title and details,
    // which the short lines between such a button and the menu above would take with them.)
    inArticle: true,
    pattern: /^(?:donate (?:now|today)|give (?:monthly|once|now|today)|register (?:now|today|here|online)|add to (?:my )?calendar(?::\s*[\w .·|,-]{1,60})?|buy(?: [\w.'’-]+){0,3} (?:–|—|-) [$£€]\d[\d.,]*|sign (?:my|our|the) guest ?book)[.!]?$/i,
    description: 'a button (donate, register, add to calendar, buy at a price)',
    examples: ['Donate now', 'Give monthly', 'Register now', 'Add to calendar: Google · Outlook · iCal', 'Buy now – $179', 'Buy Rainleaf 8 – $179', 'Sign my guestbook!'],
    // A bare 'Donate' heads a charity's section on giving as often as it is a button.
    counterexamples: ['Donate', 'Donate now, the charity urged, before the winter appeal closes on Friday.', 'Register now or lose your vote.'],
  },
  {
    id: 'reaction-poll',
    kind: 'boilerplate',
    lang: 'en',
    // A news site's mood meter under a story: its question and each mood with the share of readers.
    // (Its moods with their shares, "Happy 41%", read as a survey's results in an article.)
    pattern: /^(?:what['’]?s your reaction\??|how (?:does|did) this (?:story|article|post) make you feel\??)$/i,
    description: "a mood meter's question",
    examples: ["What's your reaction?", 'How does this story make you feel?'],
    counterexamples: ['Happy 41%', "What's your reaction to the verdict, Minister?"],
  },
  {
    id: 'cite-prompt',
    kind: 'boilerplate',
    lang: 'en',
    pattern: /^(?:cite this (?:article|page|story|post|entry)|how to cite this (?:article|page|story|post))\s*:?$/i,
    description: 'the label of a box with a citation of the page',
    examples: ['Cite this Article:', 'Cite this page', 'How to cite this article'],
    counterexamples: ['Cite this article in your essay and you will lose marks.', 'How to cite'],
  },
  {
    id: 'old-web-footer',
    kind: 'boilerplate',
    lang: 'en',
    // What a hand-made site of the 1990s and 2000s signs its pages with: when it was updated, the hit
    // counter, who keeps it, and the browser and screen it wants.
    pattern:
      /^(?:(?:this )?(?:page|site) (?:was )?(?:last )?(?:updated|modified)(?: on)?\s*:?\s*(?=[^.]*\d)[^.]{1,40}\.?|you are (?:visitor|guest) (?:number |no\.? ?|#)?[\d,]+.{0,40}|visitors since [^:]{1,30}:\s*[\d,]+|(?:(?:this )?(?:site|page|web ?site) (?:is )?)?best viewed (?:at|with|in|using) (?=.*\b(?:internet explorer|netscape|firefox|mozilla|opera|safari|chrome|browser|\d{3,4}\s?x\s?\d{3,4}|resolution)\b).{1,100}|(?:this )?(?:site|web ?site|page) (?:is )?(?:maintained|designed|created)(?: and (?:maintained|designed|hosted))? by [^,.;]{1,60}(?:\.(?:\s*please (?:send|e-?mail|report)\b.{0,120})?)?)$/i,
    description: "an old site's page furniture (updated on, hit counter, webmaster, best viewed with)",
    examples: ['Page updated 14th October 2005', 'This page was last updated on 3 May 2006', 'You are visitor number 012874 since March 2003', 'Visitors since 2001: 12,345', 'This site is best viewed at 800 x 600 with Internet Explorer 5 or above.', 'Best viewed with Netscape 4 or Internet Explorer 5', 'Site maintained by Alan Firth. Please send any comments or corrections to the webmaster.', 'Site designed by Alan Firth'],
    counterexamples: [
      'Page updated to show the new opening times after the council changed them last week, and again on Friday.',
      'The site was designed by Sir Basil Spence in 1962.',
      'You are visitor number one in our hearts.',
      'Best viewed with binoculars or a small telescope from somewhere well away from street lights.',
      'Best viewed in the late afternoon, when the low sun falls on the west front.',
      'Visitors: 412,310',
      'Hits: 9',
      'Webmaster: Colin Ashdown',
      'Site maintained by the Commonwealth War Graves Commission, which keeps a record of every grave online.',
      'This site is maintained by volunteers from the canal trust, who clear the towpath every month.',
    ],
  },
  {
    id: 'back-to-top',
    kind: 'boilerplate',
    lang: 'en',
    // Long pages print it under each section, forums under each post.
    inArticle: true,
    pattern: /^(?:go to top|back to top|top of page|scroll to top|↑\s*top|go back to top\.?(?: skip to: start of article\.?)?)$/i,
    description: 'a link back to the top of the page',
    examples: ['Back to top', 'Top of page', 'Scroll to top', '↑ Top', 'Go Back to Top. Skip To: Start of Article.'],
  },
  {
    id: 'advertisement',
    kind: 'boilerplate',
    lang: 'en',
    inArticle: true,
    pattern:
      /^(?:advertisements?|advertising|advertise(?: with us| here)?|supported by|sponsored(?: content| links?| post)?|sponsored by (?:[^\s.,;:!?]+ ?){1,5}|ads?|ad feedback|promoted(?: stories| content)?|paid (?:content|post)|scroll to continue with content|story continue[sd](?: below)?(?: advertisement)?|article continues below(?: advertisement)?|this advertisement has not loaded yet,? but your article continues below\.?|article content|continue reading below|report this ad)$/i,
    description: 'an advertisement marker',
    // A Canadian chain's pages hold an ad slot's placeholder between paragraphs, and "Article
    // content" over each stretch of the article between two slots.
    examples: ['Advertisement', 'ADVERTISEMENT', 'Sponsored Content', 'Story continues below advertisement', 'Report this ad', 'Supported by', 'This advertisement has not loaded yet, but your article continues below.', 'Article content', 'Sponsored by Velcorr Adhesive Systems'],
  },
  {
    id: 'read-also',
    kind: 'boilerplate',
    lang: 'en',
    // In bold too, as Markdown converters keep it: "**RELATED: TITLE**". Some sites set the label
    // off with a bar instead ("Also Read | TITLE", "READ | TITLE" in capitals, "ALSO WATCH | TITLE",
    // which like "Don't miss:" is a pick of the week's when it ends with a full stop). A gallery's
    // or a video's title after "PHOTOS:" or "VIDEO:", in capitals, opens with a capitalised word and
    // has three words or more: a credit ("Photos: Courtesy of …") or a specification's value
    // ("Video: 1280 x 720, 30fps", "VIDEO: HD ready") is none.
    // The headline after the colon opens with a capital, a digit, a quote or a bracket; a sentence
    // that goes on after "Related:" in lower case is the article's. "Don't miss:" also opens an
    // events listing's item, which ends with a full stop where a headline does not. (Other labels
    // may end so: a linked headline of two sentences, "Read more: [Cities are racing … The money
    // isn't keeping up.](…)", reads with its full stop.)
    pattern: new RegExp(
      String.raw`^(?:\*\*|__)?(?:(?:(?:${anyCase(String.raw`read (?:more|also|next|this next)|see also|also (?:read|see)|related(?: (?:article|story|stories|reading|coverage))?|more on this(?: story)?`)}|(?:${anyCase(String.raw`don'?t miss|also watch`)})(?!.*[^.]\.$))\s*[:|]|READ\s+\|(?![^|]*\|)|${anyCase('read')}\s*:)\s*(?=[\p{Lu}\d“"‘'«\[*_(])|(?:NOW WATCH|PHOTOS|VIDEO|WATCH)\s*[:|]\s*(?!\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?: for\b|$))(?=\p{Lu}[\p{Ll}'’])(?=(?:\S+\s+){2,}\S)).{1,300}$`,
      'u',
    ),
    description: 'a link to another story ("Read more: TITLE")',
    examples: [
      'Read more: Why the ferry timetable changed again this winter',
      'READ MORE: Drivers face delays as Wend Valley roadworks begin',
      'See also: Tide tables for March',
      'ALSO READ: Council to install sewage plants at 12 more lakes',
      'RELATED: Snake catcher warns as pythons move indoors during heatwave',
      '**RELATED: Flashing warning lights for low bridges after crashes**',
      "Don't miss: These retailers are closing stores for two weeks",
      'Also Read | Pune: Tanker operators raise rates as wells run dry',
      'READ | Golden Arrow adds 40 buses to its Khayelitsha routes',
      "ALSO WATCH | How Pune's dams are drying up, in 90 seconds",
      "PHOTOS: Hollywood's most dazzling engagement rings",
      'VIDEO: Kira talks love, cooking and her new movie',
      'Read: Eskom warns of load shedding for the rest of the week',
    ],
    counterexamples: [
      'Read more books, she said, and fewer headlines.',
      'See also the report of 2019, which found the same.',
      'Recommended: the lamb shank with rosemary potatoes, which was superb.',
      "Don't miss: the cathedral's rose window, best seen in the late afternoon.",
      'Related: the council also agreed to close the library on Mondays.',
      "Don't miss: The Night Market, every Friday in July.",
      "Don't miss: Anna Kell's paintings at the Mill, open until 30 June.",
      'Read | Write | Execute are the three permissions a file can have.',
      'Read | Lets you open the file and see what is in it',
      'Also watch: The Repair Shop, which returns on Wednesday with a clock that has not ticked since 1944.',
      'Photos: courtesy of the family.',
      'Watch: the moment the bridge came down, filmed by a neighbour.',
      'Video: 1280 x 720, 30fps',
      'VIDEO: HD ready',
      'Photos: Courtesy of Nonchalant Mom; Courtesy of Tutu Du Monde',
      'PHOTOS: Daniel Okafor for the Northvale Gazette',
    ],
    // News sites put these between an article's paragraphs: one says nothing of where the article ends.
    inArticle: true,
  },
  {
    id: 'read-more',
    kind: 'boilerplate',
    lang: 'en',
    pattern:
      /^(?:read more|read (?:the )?(?:full|rest of the|whole) (?:story|article|post|review|interview)|continue reading(?: the (?:main )?(?:story|article|post))?|keep reading|read on|more\.{3}|\(more\.{3}\)|view (?:full )?(?:article|story|post)|click here to read more|see more|show more|load more(?: stories| posts)?|view all|see all|more (?:news|stories|articles))(?:\s*[»›→>…:.!]+)?$/i,
    description: 'a "Read more" link',
    examples: ['Read more', 'Continue reading →', 'Read the full story', 'Read more »', '(more...)'],
    counterexamples: ['Read more books, she said, and fewer headlines.'],
  },
  {
    id: 'print-email',
    kind: 'boilerplate',
    lang: 'en',
    pattern:
      /^(?:print(?: this)?(?: page| article| story| post)?|printer[- ]friendly(?: version| page)?|e-?mail(?: this)?(?: page| article| story| post)?|send to a friend|e-?mail to a friend|share by e-?mail|save(?: this)?(?: article| story| for later)?|bookmark|(?:text|font) size(?::?\s*a(?: a){1,2})?|this article is available online at:?\s*\S{1,200}|a a a|contact (?:the )?reporter|e-?mail (?:the )?author|order (?:a )?reprints?(?: of this (?:story|article))?|go to homepage|(?:printer[- ]friendly version|printable version|print(?: this)?(?: article| story| page)?|e-?mail(?: this)?(?: article| story| page)?(?: to a friend)?|discuss(?: \(\d+\))?|comments? \(\d+\)|view all comments|add (?:a|your) comment)(?:\s*\|\s*(?:printer[- ]friendly version|printable version|print(?: this)?(?: article| story| page)?|e-?mail(?: this)?(?: article| story| page)?(?: to a friend)?|discuss(?: \(\d+\))?|comments? \(\d+\)|view all comments|add (?:a|your) comment|share|save)){1,5}|print friendly,? pdf (?:&|and) e-?mail|listen(?: to (?:this )?(?:article|story))?|gift (?:this )?article|copy link(?: to clipboard)?|copy to clipboard|link copied!?|download (?:as )?(?:a )?pdf(?: version)?|(?:download|save) (?:this )?(?:article|page|story) as (?:a )?pdf|(?:like this post\? )?pin (?:it|this)(?: post)? for later!?)$/i,
    description: 'a print, email or save link',
    examples: ['This article is available online at: http://www.example.com/2012/05/story', 'Print', 'Print this article', 'Printer-friendly version', 'Email this story', 'Send to a friend', 'Save for later', 'Download PDF', 'Save this article as PDF', 'Pin this for later!', 'Like this post? Pin it for later!', 'Text size: A A A', 'Font Size: A A', 'Print Friendly, PDF & Email', 'Printer-friendly version | E-mail this article | Discuss (23)', 'Copy to Clipboard', 'Contact Reporter', 'Email Author', 'Order Reprint of this Story', 'Go to Homepage', 'E-mail this to a friend | Printable version', 'Print this story | E-mail to a friend | Comments (14)', 'View all comments | Add your comment'],
    // (A phone's settings list 'Default font size' and 'Font size:' as what a how-to walks through.)
    counterexamples: ['Download PDF files from the archive, then print them at home.', 'Aa', 'Suggest a correction', 'Default font size', 'Font size:'],
  },
  {
    id: 'pin-print-buttons',
    kind: 'boilerplate',
    lang: 'en',
    // Buttons inside the article: a picture's "Pin it", a recipe card's "Print this recipe". They say
    // nothing of where the article ends (a travel blog's last section stands under its pictures);
    // "Pin it for later!" under the post does (print-email).
    inArticle: true,
    pattern: /^(?:pin it|save to pinterest|print (?:this )?recipe|print recipe card)$/i,
    description: "a picture's pin button or a recipe card's print button",
    examples: ['Pin it', 'Print this recipe', 'Print Recipe'],
    counterexamples: ['Pin it to the board with a drawing pin.', 'Pin it!', 'Pin this!'],
  },
  {
    id: 'login-prompt',
    kind: 'boilerplate',
    lang: 'en',
    pattern:
      /^(?:log ?in|sign ?in|log ?out|sign ?out|register|sign up|create (?:a |an |your )?(?:free )?account(?: to (?:continue|keep) reading.{0,40}| to read more.{0,40})?|my account|forgot (?:your )?password\??|(?:log ?in|sign ?in|register)(?: or | \/ )(?:register|sign ?up|create an account)|you must be (?:logged|signed) in to (?:post|leave|write) a comment\.?|(?:log ?in|sign ?in) to (?:reply|comment|continue(?: reading)?|read more)(?: (?:this|the) (?:article|story|post))?[.!]?|(?:already|not) (?:a (?:member|subscriber)|registered|have an account)\?(?:\s*(?:log ?in|sign ?(?:in|up)|register|subscribe|join(?: now| us)?|create (?:a |an )?(?:free )?account)(?: here| now| today| for free)?[.!]?)?|welcome,? guest(?:\s*[!.]|\s*[|(].{0,40})?|username|password|remember me)$/i,
    description: 'a login or account prompt',
    counterexamples: [
      'Not registered? You can still vote by post if you apply by Friday.',
      'Not a member? Non-members pay £5 at the door.',
    ],
    examples: ['Log in', 'Sign In', 'Create a free account to continue reading this article.', 'Log in or register', 'You must be logged in to post a comment.', 'Already a subscriber? Sign in', 'Forgot your password?'],
  },
  {
    id: 'breadcrumbs',
    kind: 'menu',
    lang: 'en',
    // After "You are here:", the trail's last item is the page's title, whatever its punctuation.
    pattern: /^(?:(?:you are here:?\s*)?(?:home|start|main page)\s*(?:[>»›\/|→]\s*[^>»›|→.,;:!?]{1,60}?\s*){1,6}|you are here:?\s*(?:home|start|main page)\s*(?:[>»›\/|→]\s*[^>»›|→]{1,60}?\s*){0,5}[>»›\/|→]\s*[^>»›|→]{1,150})$/i,
    description: 'a breadcrumb trail',
    counterexamples: [
      'Start > Settings > Privacy, then turn off location.',
      'Home > Settings > Wi-Fi, and choose the network.',
    ],
    examples: ["You are here: Home / Business / I started charging late fees. Here's what happened with 31 clients.", 'Home > News > World', 'Home » Blog » Travel', 'You are here: Home / Articles / Mongolia'],
  },
  {
    id: 'comment-count',
    kind: 'boilerplate',
    lang: 'en',
    pattern:
      /^(?:\{\s*(?:\d+|no|one) comments?(?:…|\.{3})?\s*(?:read (?:it|them) below or add one|add one now)\s*\}|(?:\d+|no|one|two) (?:comments?|responses?|replies|trackbacks?|pingbacks?)(?: so far)?(?: (?:to|on) [“"‘«][^”"’»]{1,120}[”"’»])?[:.]?(?:\s*[»›→])?|comments?(?: \(\d+\))?|comments \d[\d,]*|reader comments?\s*\(?\d[\d,]*\)?|(?:leave|add|post|write|view|show|hide|load) (?:a |all |the )?(?:\d+ )?comments?|comments (?:are|is) closed\.?|comments (?:have been|are|were) (?:disabled|turned off|switched off|closed) (?:on|for) this (?:article|story|post|page)\.?|comment(?:ing|s) (?:is|are) (?:limited|restricted|open only|only open) to (?:subscribers|members|registered users)\.?(?:\s*(?:already a (?:subscriber|member)\?\s*)?(?:log in|sign in|subscribe|register)(?: (?:or|and) (?:log in|sign in|subscribe|register))?(?: now| here| for free)?(?: to (?:comment|join the (?:conversation|discussion|debate)|take part))?\.?)?|be the first to comment\.?|join the (?:discussion|conversation)|reply|flag|permalink)$/i,
    description: 'a comment counter or comment link',
    examples: ['Comments 186', '{ 1 comment… read it below or add one }', '{ 34 comments… read them below or add one }', '{ 0 comments… add one now }', '0 Comments', '12 Responses', '3 responses to “Why we left”', 'Comments are closed.', 'Comments have been disabled on this article.', 'Reader comments 214', 'Post a Comment', 'Leave a comment', 'Reply', 'Commenting is limited to subscribers. Log in or subscribe to join the conversation.'],
    counterexamples: [
      // A numbered comment of a response to a consultation.
      'Comment 1',
      'Two responses to the consultation stood out.',
      'One response to the crisis has been to cut hours.',
      'Comments from readers poured in for a week after the story ran.',
      'Reader comments',
      'Comments are restricted to subscribers at the paper since 2019, and the number of comments has fallen by 70 per cent.',
      'Commenting is limited to members of the group, which has about 4,000 people in the valley.',
      'Comments are restricted to members. Register with the secretary by 1 May to vote.',
      "Comments are limited to members. Log in, and you'll find the same twelve people arguing.",
    ],
  },
  {
    id: 'tag-list',
    kind: 'labels',
    lang: 'en',
    // A list of tags ends without a full stop; a line that ends with one after a word or a number
    // ("Label: Island Records, 1972.") is a fact box's entry or a sentence; so is one that ends with
    // a question or an exclamation, or goes on into a clause ("…, which she won in 2019").
    pattern: /^(?:tags?|technorati tags|read more (?:news )?on|tagged(?: with| as)?|filed under|categor(?:y|ies)|topics?|labels?|related topics|more on|in this (?:article|story))\s*(?::(?!.*,\s*(?:which|who|whom|whose|where|while|because|although|though)\s)\s*.{0,500})?(?<![a-z\d]{2}[.!?])$/i,
    description: 'a list of tags, labels or categories',
    examples: ['Topics', 'Labels: Mongolia, North Korea, diplomacy', 'Tags: travel, food', 'Filed under: Politics', 'Categories: News', 'Tagged as: color image, Curiosity, Mt. Sharp, NASA', 'Related Topics: Batman, U.S.', 'Technorati Tags: Brennard County, county budget, pensions'],
    counterexamples: [
      // A conference report's own heading over its list, a news story's closing line.
      'Hot topics: transport, buildings and housing',
      'Topic: why do prices keep rising?',
      // A paper's keywords under its abstract are the paper's.
      'Keywords: rural transport; bus services; further education; accessibility planning',
      'Category: best new artist, which she won in 2019 (her first nomination)',
      'Label: Island Records, 1972.',
      "Topic: the council's budget, which was debated for six hours.",
    ],
    maxChars: 600,
  },
  {
    id: 'related-heading',
    kind: 'boilerplate',
    lang: 'en',
    inArticle: true,
    pattern:
      /^(?:related|related (?:posts|articles|stories|content|reading|links|coverage|videos|news|reviews|guides|recipes|products|topics|questions)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|(?:more )?(?:stories|articles|posts) you (?:may|might) (?:like|have missed)|more (?:from|stories|articles|like this|on this (?:topic|story)|news)(?: [^.,;:!?]{1,40}(?=:?$))?|around the (?:bbc|network|site)|recommended(?: for you| reading| stories| articles)?|popular(?: now| posts| articles| stories)?|recent (?:posts|articles|stories)|most (?:read|popular|viewed|shared|emailed|commented)(?: stories| articles| in [a-z&]{1,20})?|trending(?: now| stories)?|see also|further reading|what to read next|read (?:this )?next|up next|next up(?: in [a-z&]{1,20})?|previous (?:post|article|story)|next (?:post|article|story)|older posts?|newer posts?|latest (?:news|posts|stories|articles)|editors?'?s? picks|top stories|don'?t miss|around the web|from the web|in other news|elsewhere on [^.,;:!?]{1,40}(?=:?$)|share this (?:article|story|post))[:.]?$/i,
    description: 'the heading of a related-articles list',
    counterexamples: [
      'More news is expected on Friday.',
      'More from the minister later.',
      'Most read in primary schools',
      'Next up in the Lords',
    ],
    examples: ['Related questions', 'Related', 'Related posts:', 'Related reviews', 'MOST READ IN SHOWBIZ', 'You may also like', 'More from Quartz', 'Most popular', 'Recommended for you'],
  },
  {
    id: 'powered-by',
    kind: 'boilerplate',
    lang: 'en',
    pattern: /^(?:site |proudly |blog )?(?:powered|hosted|designed) by [^\s,;:!?]+(?: [^\s,;:!?]+){0,4}(?<!\.)$/i,
    description: 'a "Powered by …" credit',
    examples: ['Site powered by WordPress.com VIP', 'Powered by Squarespace', 'Designed by Elegant Themes'],
    counterexamples: [
      'Designed by Zaha Hadid, the building opened in 2011.',
      'Hosted by Jane Doe, the quiz runs every Thursday.',
      'Powered by coal, the mill ran for sixty years before the river was dammed.',
    ],
    maxChars: 80,
  },
  {
    id: 'archive-count',
    kind: 'labels',
    lang: '*',
    pattern: /^[\p{L}\d][\p{L}\d &/'’.,+-]{0,60} \(\d{1,5}\)$/u,
    description: 'an archive or category entry with its post count',
    examples: ['June (1)', '2012 (15)', 'Business of Web Design (27)', 'HTML / CSS (26)'],
    counterexamples: ['The vote passed (12 to 3).'],
  },
  {
    id: 'disclaimer',
    kind: 'boilerplate',
    lang: 'en',
    pattern:
      unreported(/^(?:disclaimer\s*:.{0,900}|(?=.*\b(?:this|our) (?:site|website|blog|article|post|page|podcast|video|channel|newsletter|content|material|information)\b|.*\b(?:information|content|material|contents)s? (?:on|in|of|provided|contained|published)\b).{0,300}\bshould not be (?:taken|construed|relied upon) as (?:\w+ ){0,3}advice\b.{0,300}|(?=.*\b(?:this|our) (?:site|website|blog|article|post|page|podcast|video|channel|newsletter|content|material|information)\b|.*\b(?:information|content|material|contents)s? (?:on|in|of|provided|contained|published)\b).{0,300}\b(?:is|are) (?:not intended|intended for (?:general )?informational (?:use|purposes) only)(?: to (?:constitute|be|replace|serve as)| as)? (?:a substitute for )?(?:professional |medical |legal |financial |investment )?advice\b.{0,300})$/i),
    description: 'a legal or medical disclaimer',
    examples: [
      'The material in this site is intended to be of general informational use and is not intended to constitute medical advice, probable diagnosis, or recommended treatments.',
      'This article is not intended as investment advice.',
      'Disclaimer: The content on this site is provided as general information only and should not be taken as investment advice.',
      // Notices run long; a page's legal text is chrome at any length.
      `Disclaimer: The views expressed here are the writer's own. ${'Nothing on this site is an offer to buy or sell anything, and past results say nothing about future ones. '.repeat(7)}`.trim(),
    ],
    counterexamples: [
      'The information in this leaflet should not be taken as medical advice, the health board said after complaints.',
      'This article should not be construed as investment advice, the regulator told the paper in a letter.',
      "The minister's remarks should not be taken as advice to travellers, his office said.",
      'The forecast should not be taken as financial advice, the bank warned investors.',
      'My doctor said the pills were not intended for children, which I had not known.',
    ],
    maxChars: 1000,
  },
  {
    id: 'comment-policy',
    kind: 'boilerplate',
    lang: 'en',
    pattern:
      unreported(/^(?:(?=the rules:)(?=.*\b(?:comments?|commenting|commenters?)\b)(?=.*\b(?:delete[ds]?|remove[ds]?|moderat\w*|ban(?:ned|s)?|block(?:ed|s)?)\b)the rules:|comment(?:ing)? (?:policy|guidelines)(?=\s*[:.]|$)|(?=(?:please )?keep )(?=.*\b(?:comments?|commenting|commenters?|delete[ds]?|remove[ds]?)\b)(?:please )?keep (?:it|comments|the conversation) (?:clean|civil|on(?:-| )topic)|we (?:may|reserve the right to) (?:delete|remove|edit) (?:any |your )?comments?|the following (?:content|comments) represents? the opinions? of|want to comment\?\s*(?=.*\b(?:our comment|comment sections? (?:is|are) moderated|our community (?:guidelines|standards|rules))\b)|comments are (?:subject to|moderated (?:in line with|according to)) our (?:community |house )?(?:guidelines|standards|rules|policy)\b|welcome to the discussion\.$|keep it clean\. please avoid obscene, vulgar, lewd, racist or sexually-oriented language\.$|please turn off your caps lock\.$|don'?t threaten\. threats of harming another person will not be tolerated\.$|be truthful\. don'?t knowingly lie about anyone or anything\.$|be nice\. no racism, sexism or any sort of -?ism\b|be proactive\. use the\b.{0,20}\breport\b.{0,20} link on each comment\b|share with us\. we'?d love to hear eyewitness accounts\b|only (?:personal )?subscribers (?:may|can) (?:leave|post) comments on this (?:article|story|post)\b|we invite you to use our commenting platform to engage in (?:insightful|thoughtful|respectful) conversations about issues in our community\.|please note:? all comments (?:made|posted|shared)(?: or (?:made|posted|shared))? (?:through|on|via) this (?:service|site|website) are subject to our (?:conditions|terms)\b|if you see comments that you find offensive,? please use the ["“]flag as inappropriate["”] feature\b).{0,900}$/i),
    description: 'a comment policy',
    counterexamples: [
      'Keep the conversation civil, the moderator told commenters, or the thread will be closed.',
      'We may delete comments that break the law, the company said in its submission to MPs.',
      'The rules: no phones, no shoes, and no comments about the food.',
      'The rules: teams of up to six, no phones at the table, and every round is moderated by the vicar, whose decision is final.',
      'Keep it clean and dry, and the wound will heal in a week.',
      'Keep it civil, the chair told the meeting, or I will close it.',
      'Want to comment? Come to the meeting on Tuesday, the chair said.',
      'Comments are subject to the rules of the Planning Inspectorate and must be received in writing by 15 July.',
      'Want to comment? Register with the Planning Inspectorate by 30 June to speak at the inquiry.',
      "Keep it clean. Please avoid obscene language, the council's consultation page asks.",
      'Only subscribers can post comments on the new site, which launches on 1 April, and only under opinion columns.',
      'Be nice. No racism, no bullying and no phones in lessons: the three rules painted above the main entrance.',
    ],
    examples: [
      'Comment policy: we welcome debate. If you see an abusive comment, click "Flag." A moderator will review it within a day.',
      'Please note: All comments made or shared through this service are subject to our Conditions of Use. These conditions are designed to ensure a civil discussion.',
      'We invite you to use our commenting platform to engage in insightful conversations about issues in our community. Although we do not pre-screen comments, we reserve the right at all times to remove any information or materials that are unlawful.',
      'If you see comments that you find offensive, please use the "Flag as Inappropriate" feature by hovering over the right side of the post, and pulling down on the arrow that appears.',
      'The rules: Keep it clean and stay on the subject or we may delete your comment.',
      'The following content represents the opinions of Health.com users. It is not editorially reviewed for medical or factual accuracy.',
      'Want to comment? Our comment sections are moderated. Please read our community standards before posting.',
      'Comments are subject to our community guidelines, which can be viewed here.',
      'Welcome to the discussion.',
      'Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.',
      'PLEASE TURN OFF YOUR CAPS LOCK.',
      'Be Proactive. Use the "Report" link on each comment to let us know of abusive posts.',
      'Only subscribers may leave comments on this article. Please log in.',
      'Comment policy: be kind.',
      `Comment guidelines: ${'Stay on topic, be civil to other readers and to the people we write about, and keep it short. '.repeat(6)}`.trim(),
    ],
    maxChars: 1000,
  },
  {
    id: 'author-box',
    kind: 'boilerplate',
    lang: 'en',
    pattern: /^(?:about the (?:author|writer|blogger)|about me|author bio(?:graphy)?|meet the author|the author)[:.]?$/i,
    description: 'the heading of an author box',
    examples: ['About the author', 'About Me', 'Author bio'],
  },
  {
    id: 'comment-form-notice',
    kind: 'boilerplate',
    lang: 'en',
    pattern:
      unreported(/^(?:as a final step before posting your comment|your comment (?:has been saved|could not be posted|is awaiting moderation)|comments are (?:moderated|subject to (?:approval|moderation)(?: and (?:approval|moderation))?)(?=[.!]|,? and (?:will|may) not|,? (?:so|before)\b)|you can follow this conversation by subscribing|the letters and numbers you entered did not match|listed below are links to weblogs that reference|you may use these html tags and attributes|this is only a preview\. your comment has not yet been posted|having trouble reading this image\?).{0,900}$/i),
    description: 'a notice of a comment form',
    counterexamples: [
      'Your comment has been saved, the app told users, but nothing was ever posted.',
      'Your comment is awaiting moderation, the site said, for three weeks.',
      'Comments are subject to approval by the planning committee before the deadline.',
      'Comments are moderated by volunteers, who remove about 3 per cent of them, the report found.',
    ],
    examples: [
      'As a final step before posting your comment, enter the letters and numbers you see in the image below.',
      'Your comment has been saved. Comments are moderated and will not appear until approved by the author.',
      'You can follow this conversation by subscribing to the comment feed for this post.',
      'Listed below are links to weblogs that reference Why We Left.',
      'You may use these HTML tags and attributes: <a href="" title=""> <b>',
      `Comments are subject to approval and moderation. ${'We ask readers to be civil, to stay on topic and to avoid shouting in capitals. '.repeat(7)}`.trim(),
    ],
    maxChars: 1000,
  },
  {
    id: 'print-edition-note',
    kind: 'boilerplate',
    lang: 'en',
    pattern: /^(?:a version of this (?:article|review|story|column|op-ed) appear(?:s|ed) in print on .{0,200}|this (?:article|story|essay|piece|review) appears in the (?:(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|holiday) )?\d{4} print (?:edition|issue)(?: of [^.!?]{1,40})? with the headline(?::\s*[^.!?]{1,120}|\s+[“"‘'][^”"’']{1,120}[”"’'])\.?[”"’']?)$/i,
    description: 'a note on where the article appeared in print',
    examples: ['A version of this article appeared in print on 11/06/2012, on page D6 of the New York edition with the headline: Well.', 'This article appears in the February 2020 print edition with the headline “Open All Night.”'],
    counterexamples: [
      'This article appeared in the spring issue with the headline changed, and nobody noticed for a year.',
      'This story appeared in the late edition with the headline "Dewey Defeats Truman" — the most famous error in American newspapers.',
      "This piece appeared in the March print issue with the headline 'The End of Cash', which the editors later admitted overstated the case.",
      'This article appeared in the Sunday print edition with the headline: Freddie Starr Ate My Hamster',
    ],
    maxChars: 300,
  },
  {
    id: 'author-archive-link',
    kind: 'boilerplate',
    lang: 'en',
    pattern: /^(?:posted by .{1,60}?\s*\|\s*)?(?:(?:view|see|read) )?(?:all|more) (?:posts|articles|stories) by [^\s.,;:!?|]+(?: [^\s.,;:!?|]+){0,3}\s*[→»›]?(?:\s*\|.{0,100})?$/i,
    description: 'a link to the author\'s other posts',
    counterexamples: [
      'More stories by local writers appear in the spring issue.',
      'All articles by staff are checked by two editors.',
    ],
    examples: ['Posted by Becky |  View all posts by Becky', 'View all posts by Anna Smith', 'All Posts by Frank Viola  |  Website   |  Twitter   |  Facebook'],
  },
  {
    id: 'affiliate-disclosure',
    kind: 'boilerplate',
    lang: 'en',
    pattern:
      unreported(/^(?:(?:affiliate |advertising |advertiser )disclosure\s*:|disclosure\s*:(?=.*\b(?:affiliate|commission|compensat\w*|sponsored|paid|advertis\w*|partners?|(?:we|i) (?:may )?(?:earn|receive|get)|(?:we|i) (?:received|was sent|were sent|was given|were given)|in exchange for|gifted|complimentary|free (?:sample|product|copy)|provided (?:to (?:me|us) )?by)\b)|this (?:site|website|blog|post|page|article) (?:is supported,? in part,? by|contains|may contain|uses) affiliate|we may (?:earn|receive|get) (?:a (?:small )?)?(?:commission|compensation|share of sales)\b.{0,80}\b(?:links?|purchases?|buy through|qualifying)\b|as an amazon associate,? (?:i|we) earn from qualifying purchases|(?:prices (?:are )?(?:updated|checked) (?:daily|hourly)\.\s*)?[^.]{1,40} may (?:receive|earn) (?:a )?commissions? (?:from|on) purchases made through (?:these|our|the) links|[^.]{1,40} is supported by its (?:audience|readers)\.\s*(?:when|if) you (?:buy|purchase|shop|click)\b|all products (?:featured|recommended|reviewed) (?:on|by|in) .{1,60}? are (?:independently )?selected by our (?:editors|editorial team)\b(?=.*\b(?:affiliate|commission)\b)|(?:when|if) you (?:buy|purchase|shop|click)[^.]{0,60}\bwe may (?:earn|receive|get)\b[^.]{0,40}\bcommission).{0,400}$/i),
    description: 'an affiliate disclosure',
    examples: [
      'Disclosure: this post contains affiliate links, which means I earn a small commission, as explained in my privacy policy.',
      'This website is supported, in part, by affiliate arrangements (usually Amazon). Affiliate relationships never influence what I recommend.',
      'Disclosure: this post contains affiliate links.',
      'Advertising disclosure: We may receive compensation for some of the links in our stories.',
      'We may earn a commission when you buy through links on our site.',
      'As an Amazon Associate I earn from qualifying purchases.',
      'Prices updated daily. ShutterTest may receive a commission from purchases made through these links.',
      'Tonebench is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission. Learn more',
      'All products recommended by Circuitry are selected by our editorial team, independent of our parent company. Some of our stories include affiliate links.',
      'When you purchase through links on our site, we may earn an affiliate commission. Here’s how it works.',
    ],
    counterexamples: [
      "Disclosure: Bexley Systems' chief executive sits on the board of the nonprofit that funds our reporting fellowship. He had no involvement in this story.",
      'This blog contains affiliate links, the regulator found, but did not say so clearly.',
      'We may earn a commission on purchases, the company admitted, but it insists reviews are independent.',
      'We may receive more rain this week than in the whole of last month.',
      'Disclosure of the report was delayed until after the vote.',
      'We may receive compensation from the council if the court rules in our favour, but it will take years.',
      'We may get a share of sales from the new owners, the founder said.',
    ],
    maxChars: 500,
  },
  {
    id: 'media-placeholder',
    kind: 'boilerplate',
    lang: 'en',
    inArticle: true,
    // What is left of a player, an image's credit or a comment widget when a page is turned into text.
    // The credit after "Image copyright" is a name ("Getty Images", "PA", "@jdoe"); a sentence or a
    // subheading about image copyright goes on in lower case, so the case is spelled by hand.
    pattern: new RegExp(
      String.raw`^(?:${anyCase('image copyright')} (?=[\p{Lu}\d@])[^,.;:]{1,60}|${anyCase(
        String.raw`media playback is (?:unsupported|not supported) on your device|play video|watch now|loading (?:comments|video|player)(?:\.{3}|…)?|(?:please )?enable javascript to view the comments(?: powered by disqus)?\.?|comments powered by disqus\.?|this (?:article|story|page) is more than \d+ (?:years?|months?) old\.?|you have (?:\d+|one|two|three|no) (?:free )?(?:articles?|stories) (?:left|remaining)(?: this month)?\.?(?: subscribe .{1,60})?|you(?:'ve| have) read (?:\d+|one|two|three) of (?:\d+|one|two|three|your) (?:free )?(?:articles?|stories)(?: this month)?\.?(?: subscribe .{1,60})?|you(?:'ve|’ve| have) read (?:your|all (?:of )?your) (?:\d+|one|two|three|four|five) free (?:articles?|stories)(?: this month)?\.?(?: subscribe (?:now |today )?(?:to|for) [^,;"“”]{1,150})?|this (?:article|story|content|post) is (?:for|only for|available only to|only available to|exclusive to|reserved for) (?:paying )?(?:subscribers|members)(?: only)?\.?(?:\s+subscribe (?:now |today )?(?:to|for) [^,;"“”]{1,120})?|(?:please )?(?:turn on|enable) javascript (?:to|in order to) (?:use|view|see|watch|play) (?:this|the) (?:feature|content|video|map|chart|graphic|interactive)\.?|javascript is (?:disabled|required|not enabled)(?: (?:in|on|for) (?:your|this) (?:browser|site|page))?[.!]?(?:\s+(?:please )?enable it\b.{0,60})?|(?:enlarge|expand) (?:this )?(?:image|photo|picture)|view (?:image|photo) in full ?screen|click (?:the )?(?:image|photo|picture) to enlarge\.?|image caption|\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?|video\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|this is a modal window\.|(?:beginning|end) of dialog window\.(?: escape will cancel and close the window\.)?|video (?:is )?(?:loading|unavailable)(?:\.{3}|…)?|listen\s*[·•]\s*\d{1,2}:\d{2}(?::\d{2})?|now playing|closed? captions|more videos|video details|(?:toggle|hide|show|read) caption|buy photo|see all (?:\d+ )?(?:photos|pictures|images)|(?:click|tap) to play|the video will (?:start|play) in \d{1,2}(?: seconds?)?|play now|autoplay:?\s*(?:on|off)(?:\s*\|\s*(?:on|off))?|(?:view|see) (?:the )?(?:full|whole|entire) gallery(?: \(\d+ (?:photos|pictures|images)\))?|previous next|slideshow \(\d+ (?:images?|photos?)\)|please use (?:the )?(?:chrome|firefox|a (?:newer|supported|different)) browser for a more accessible (?:video )?player\.?|listen duration \d{1,3}\s*[′']\s*\d{1,2}\s*[″"]|add to playlist|(?:play|pause) episode|mute/unmute episode|(?:rewind|fast forward|skip (?:back|forward)) \d{1,3} seconds|view all episodes|just watched|replay|autoplay|show (?:thumbnails|captions)|view slideshow(?: \d+ (?:photos|images))?|close window|audio player|image \d{1,3} of \d{1,3}|recommended videos?:|now playing:|view (?:the )?photo gallery|\d{1,3} photos|show full (?:pr|press release) text|(?:first|last) slide\s*(?:previous|next) slide|story continues below\.?|more videos(?: ?(?:\.{3}|…))?|listen to (?:the|this) (?:story|report|segment|interview)|click to enlarge|enlarge (?:photo|image|picture) \d{1,3} of \d{1,3}`,
      )})$`,
      'u',
    ),
    description: "a media player's, image credit's or comment widget's leftover",
    examples: ['Audio Player', 'Image 2 of 3', 'Recommended Video:', 'Now Playing:', 'View Photo Gallery', '6 photos', 'Show full PR text', 'Image copyright Getty Images', 'This article is for subscribers only', 'This article is for subscribers only. Subscribe now to enjoy unlimited access to all articles.', "You've read your 3 free articles this month. Subscribe to keep reading and get unlimited access on any device.", 'Media playback is unsupported on your device', 'Play video', 'Loading comments...', 'Please enable JavaScript to view the comments powered by Disqus.', 'This article is more than 2 years old', 'You have 3 free articles remaining this month.', 'You have 2 free articles left this month. Subscribe for unlimited access.', 'You have read 3 of 3 free articles this month.', 'Please turn on JavaScript to use this feature', 'JavaScript is disabled in your browser.', 'Enlarge image', 'View image in fullscreen', '0:00 / 0:47', 'VIDEO03:12', 'This is a modal window.', 'Beginning of dialog window. Escape will cancel and close the window.', 'Video Loading', 'Video Unavailable', 'Listen · 4:12', 'Listen • 3:58', 'Now playing', 'Close captions', 'More Videos', 'Video Details', 'This article is more than 5 years old.', 'toggle caption', 'Read Caption', 'Buy Photo', 'VIDEO 2:41 02:41', 'See all photos', 'Tap to play', 'The video will start in 8', 'Play now', 'Autoplay: On | Off', 'View the full gallery (24 photos)', 'Previous Next', 'Slideshow (2 Images)', 'Please use Chrome browser for a more accessible video player', 'Listen duration 3′ 42″', 'Add to playlist', 'Play Episode', 'Mute/Unmute Episode', 'Rewind 10 Seconds', 'View all episodes', 'JUST WATCHED', 'View Slideshow 18 photos', 'Close window', 'Autoplay', 'Show Thumbnails', 'Last SlideNext Slide', 'Story continues below.', 'Replay', 'More Videos ...', 'Listen to the Story', 'Click to enlarge', 'Enlarge photo 1 of 4'],
    counterexamples: [
      'Image copyright is held by the photographer, who licensed it to the museum for the exhibition.',
      'JavaScript is disabled by default in the kiosk browser, so the form falls back to plain HTML.',
      'Image copyright remains with the photographer who took it',
      'Image copyright law is a minefield for bloggers',
      'Image copyright belongs to whoever pressed the shutter',
      'This article is for subscribers only if they live in the county, the editor explained.',
      "You've read your free articles this month, so the next one will cost you.",
      "You've read your 3 free articles this month. Subscribe now, the pop-up said, and I closed the tab.",
      'Play the video twice before you start.',
      'Mute buttons are the best thing about online meetings.',
      'Mute',
      'Fullscreen',
      'Play now, pay later is how the scheme was sold.',
      'Add to playlist the songs you want at the wedding.',
      'Replay the last ten minutes and you will see why.',
      // A TV guide's own section.
      'Must watch',
      'Listen to the story of how the bridge was built.',
      'Slideshow (2 images) of the flood damage ran on the front page.',
      '+7',
      '2 / 5',
    ],
  },
  {
    id: 'reader-appeal',
    kind: 'boilerplate',
    lang: 'en',
    // A newsroom's appeals to its readers, set between or under its stories: a newsletter pitched as
    // a question, a plea for subscriptions, an offer to buy readers' stories.
    pattern: unreported(/^(?:want [^?]{1,80}\?\s*(?:(?:sign up|subscribe|register)(?: (?:to|for))? (?:our|a free|the free|free)\b|our (?:free )?(?:daily |weekly )?newsletters?\b|subscribe to [^.!?]{1,40} for unlimited access\b).{0,200}|our journalism (?:depends on|needs|relies on) (?:you|subscribers|readers|(?:your|reader) support)\.\s*subscribe\b.{0,200}|we pay for your (?:stories|pictures|photos|videos)(?:!.{0,400}|\.?)|support (?:my|our) (?:work|journalism|reporting) with a (?:digital )?subscription\.?|enjoy the news\?\s*support (?:local )?journalism by subscribing\b.{0,120}|(?:quality|independent|local) journalism (?:doesn't|does not|isn't|is not) (?:come )?free\.?|support (?:student|local|independent) journalism|support the news|for the price of a cup of coffee(?: a (?:month|week))?\b(?=.*\b(?:support|help|donat\w*|contribut\w*|member\w*)\b).{0,300}|make a (?:one-time |monthly )?(?:donation|contribution) (?:today )?for as little as [$£€]\d+\.?|get the latest [^.]{1,60} stock price here\.?|get unlimited (?:digital )?access\b(?![^.!?]*\b(?:is|was|are|were)\b).{0,150}|(?:sign|log) in to read the rest of (?:this|the) (?:story|article)(?: and more)?\.?|subscriber(?:-only)? (?:content|exclusive):?|will you (?:support|help (?:fund|keep)) [^?]{0,60}\bjournalism\b[^?]{0,40}\?(?:\s*(?=.*\b(?:contribut\w*|donat\w*|give|gift|member\w*|support us)\b).{0,200})?)$/i),
    description: "a newsroom's appeal to its readers (a newsletter, a subscription, readers' stories)",
    examples: ['SUBSCRIBER CONTENT:', 'Enjoy the news? Support local journalism by subscribing to The Patriot-Register.', "Quality journalism doesn't come free", 'Support Student Journalism', 'Support the news', 'For the price of a cup of coffee a month you can help keep our journalism free for everyone.', 'Make a one-time donation today for as little as $1.', 'Support my work with a digital subscription', 'Get the latest Harvest Crate stock price here.',
      'Want the latest news from across Cornwall? Sign up to our free daily newsletter here',
      'Want weather alerts in your inbox? Sign up for our free Weather Watch newsletter.',
      'Want to read more? Our daily newsletters bring you the top stories.',
      'Want to read more? Subscribe to Marquee for unlimited access to our reporting.',
      'Our journalism depends on subscribers. Subscribe today for as little as $1 a month.',
      'We pay for your stories! Got a story? Email us or call. Click here to upload yours.',
      'Get unlimited access to Tri-County Business Journal content, exclusive insights, and our award-winning business news.',
      'Sign In to read the rest of this story and more.',
      'Subscriber Content',
      "Will you support Lodestar's explanatory journalism?",
    ],
    counterexamples: [
      'Want to know more? Sign up for the council consultation before 3 May.',
      'Want to help? The food bank needs volunteers on Saturdays, and donations of tinned fish.',
      'Our journalism depends on you, the editor wrote in her last letter before the paper closed.',
      "Want updates on the works? Sign up for the council's roadworks alerts at the library.",
      'Want to get involved? Sign up at the food bank website and you will get an email with the rota.',
      'Local journalism needs readers who pay, and editor Sarah Klein believes digital subscriptions are the only way to fund it.',
      "We pay for your stories was the slogan of the paper's rival, the Echo, which offered £50 for any tip.",
      'Get unlimited access to the archive is the pitch of the new £8 tier, which lets subscribers read every edition.',
      'Will you support local journalism? That was the question the Gazette put to 2,000 readers last autumn, and two thirds said yes.',
    ],
    maxChars: 500,
  },
  {
    id: 'betting-notice',
    kind: 'boilerplate',
    lang: 'en',
    inArticle: true,
    // The small print of a bookmaker's odds widget set into a sports page.
    pattern: unreported(/^(?:odds (?:provided|supplied) by (?:[^\s.,;:!?]+ ?){1,4}[.!]?(?:\s*(?:[|·•]\s*)?(?=.*\b(?:18\+|t&cs? apply|gamble))\S.{0,250})?|(?=.*\b18\+)(?=.*\bt&cs? apply\b)(?:18\+|new customers only|t&cs? apply).{0,300})$/i),
    description: "the small print of a bookmaker's odds",
    // Its second form opens with lookaheads, which the rule index cannot read a first letter from.
    needs: ['odds', 't&c'],
    examples: ['Odds provided by Northbet. 18+ BeGambleAware.org. New customers only. T&Cs apply. Odds subject to change.', '18+ | New customers only | T&Cs apply | BeGambleAware.org', 'Odds provided by Northbet'],
    counterexamples: [
      'Odds are that the bridge will not open before 2027.',
      'In the Northbet advert, the small print read: 18+ | New customers only | T&Cs apply | BeGambleAware.org',
      'Odds provided by bookmakers on the day of the final put the home side at 4/1, and the adverts ran in every break.',
    ],
  },
  {
    id: 'tip-prompt',
    kind: 'boilerplate',
    lang: 'en',
    pattern: unreported(/^(?:(?:got|have) a confidential (?:news )?tip(?: for (?:us|our reporters|our newsroom)\?.{0,120}|\?(?:\s*(?=.*\b(?:us|our|here)\b).{0,120})?)|(?:do you have|have you got|got) a (?:story|news tip|tip|photo)(?: (?:to share|for us))?\??(?:\s*(?:e-?mail|contact|get in touch|send|call|whatsapp|message)\b(?=.{0,120}$)(?=.*(?:\bus\b|@|\d{3})).{0,120})?|(?:the |our )?[\w .'’&-]{1,40} is committed to publishing a diversity of letters.{0,300}|we(?:'d|’d| would) like to hear what you think about this or any of our articles.{0,200}|follow (?:the )?[\w .'’&-]{1,40} opinion section on .{1,120}| opinion on (?:facebook|twitter|x|instagram|linkedin|tiktok|threads|mastodon|bluesky|youtube|pinterest|telegram|whatsapp|social media|rss)(?:\s*\(@\w+\))?(?:(?:,\s*|,?\s+and\s+)(?:facebook|twitter|x|instagram|linkedin|tiktok|threads|mastodon|bluesky|youtube|pinterest|telegram|whatsapp|social media|rss)(?:\s*\(@\w+\))?)*\.?|our standards\s*:.{0,80})$/i),
    description: 'a prompt to send the newsroom a story or a letter, or a note of its standards',
    examples: ['Do you have a story to share? Email us at yourstory@example.co.uk', 'Got a story? Email news@example.com', 'Have a confidential tip for our reporters? Get in touch', 'Got a confidential tip? Submit it here.', 'Follow The Ledger Opinion section on Facebook, Twitter and Instagram.', 'Our Standards: The Trust Principles.'],
    counterexamples: [
      'Got a tip? Call the hotline, police urged residents after the robbery.',
      'Have a confidential tip? Call Crimestoppers anonymously on 0800 555 111 and quote reference 24/1187.',
      'Have you got a story? Email it to the festival by June and it may be read aloud.',
      'Do you have a photo of the old mill? Send it to the museum, which is building an archive.',
      'Follow public opinion on Twitter and you will despair.',
      'Do you have a story about the flood? Tell it to your grandchildren.',
      'Got a story for the village show, Ann?',
    ],
    maxChars: 400,
  },
  {
    id: 'qa-chrome',
    kind: 'boilerplate',
    lang: 'en',
    // A question-and-answer site's post frames: when a post was asked, answered or edited, votes,
    // sharing and sorting links, and the answer form.
    pattern:
      /^(?:(?:asked|answered|edited|modified|active|viewed)\s+(?:\d[\d,.]*k?\s+times|.{1,40}?(?:\bago|\bat \d{1,2}:\d{2}))|up vote \d+ down vote(?: favou?rite| accepted)?|share improve this (?:question|answer)(?: follow)?|active oldest votes|sorted by:\s*[^.,;!?]{0,60}|post your answer|required, but never shown|by clicking "?post your answer"?, you agree.{0,200}|hot network questions|not the answer you're looking for\?(?:\s*browse other questions tagged.{0,200})?|browse other questions tagged.{0,200}|add a comment|\d{1,3} answers?)$/i,
    description: "a question-and-answer site's post frame",
    examples: ["asked Oct 3 '15 at 18:22", 'Asked 3 years, 2 months ago', 'Viewed 18k times', 'answered Dec 14, 2021 at 16:44', 'up vote 14 down vote accepted', 'share improve this answer', 'Sorted by: Highest score (default)', 'Post Your Answer', '2 Answers'],
    counterexamples: [
      'Sorted by: colour, size and weight, the buttons filled six jars.',
      'Sorted by: the volunteers, the letters filled forty boxes.',
      "Not the answer you're looking for? Try the council's helpline.",
      'Asked about the delay, the council said the contractor had gone bust.',
      'Edited by hand, the film runs to four hours.',
    ],
  },
  {
    id: 'clock-time',
    kind: 'boilerplate',
    lang: 'en',
    // A live blog's post times: between the posts, so they say nothing of where the article ends.
    inArticle: true,
    pattern: /^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|AEST|AEDT)|\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?)$/i,
    description: "a time of day on a line of its own, as a live blog heads its posts",
    examples: ['00:41 GMT', '10.42am', '9:05 p.m. ET', '23:05 BST'],
    counterexamples: ['10:42', '12:30 Lunch in the village hall'],
  },
  {
    id: 'relative-time',
    kind: 'boilerplate',
    lang: 'en',
    // Social sites shorten it: "7h ago", "8 hr. ago", "Updated 1y".
    pattern: /^(?:(?:published|posted|updated|last updated|edited)\s+)?(?:(?:\d{1,3}|an?|one) (?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s? ago|\d{1,3}\s?(?:s|m|min|h|hr|d|w|wk|mo|y|yr)s?\.? ago|just now)\.?$|^(?:updated|edited|posted)\s+\d{1,3}\s?(?:s|m|min|h|hr|d|w|wk|mo|y|yr)s?\.?$/i,
    description: 'a time relative to now ("Updated 2 minutes ago")',
    examples: ['Updated 2 minutes ago', 'Posted 3 days ago', '5 hours ago', 'an hour ago', 'Published just now', '7h ago', '8 hr. ago', 'Updated 1y', 'Edited 3d'],
    counterexamples: ['Two years ago the mill closed.', 'Today', 'Yesterday was the driest day of the year.', '7h', 'Updated 2024', 'Posted 12 May'],
  },
  {
    id: 'reading-time',
    kind: 'boilerplate',
    lang: 'en',
    pattern: /^(?:(?:estimated )?reading time\s*:?\s*(?:about |under )?\d{1,3}\s*min(?:ute)?s?\.?|[·•]?\s*(?:about |under )?\d{0,3}\s*(?:-\s*)?min(?:ute)?s?\.? (?:to )?read|listen to this (?:article|story)\s*[·•|:-]?\s*\d{1,3}(?::\d{2})?\s*min(?:ute)?s?\.?)$/i,
    description: 'a reading-time estimate',
    examples: ['5 min read', '12 minute read', 'Reading time: 4 minutes', 'min read', 'Listen to this article · 24 min', '·4 min read'],
    counterexamples: ['5 minutes', 'A 5 minute read of the report shows the gap.'],
  },
  {
    id: 'site-links',
    kind: 'menu',
    lang: 'en',
    // One item alone only when no article would use it as a subheading; the common ones ("About us",
    // "Careers", "Accessibility", "Terms and conditions") only in a row of two or more.
    pattern: new RegExp(
      `^(?:site ?index|reuse this content|do not sell(?: or share)? my (?:personal )?info(?:rmation)?|(?:your )?ad ?choices|cookie (?:settings|preferences)|(?:(?:${SITE_LINKS})(?:\\s*[|·•/,]\\s*|\\s+|$)){2,})$`,
      'i',
    ),
    description: "a line of the site's own links (privacy policy, terms, site index)",
    examples: ['Site Index', 'Reuse this content', 'Privacy Policy | Terms of Use | Cookie Policy', 'About Us Contact Us Careers', 'Privacy Policy Terms of Service'],
    counterexamples: ['Privacy policy changes announced by the regulator took effect in May.', 'Careers', 'Contact us', 'Accessibility', 'Terms and conditions', 'About us'],
  },
  {
    id: 'letters-prompt',
    kind: 'boilerplate',
    lang: 'en',
    pattern: /^(?:we want to hear what you think about this (?:article|story|piece)[.!]|submit a letter to the editor(?=(?: (?:here|online|or write to \S+@\S+))?\.?$)|have a (?:news |story )?tip\?.{0,20}\b(?:let us know|write to us|email us|contact us)\b).{0,240}$/i,
    description: 'an invitation to write to the editors',
    examples: [
      'We want to hear what you think about this article. Submit a letter to the editor or write to letters@example.com.',
      'Submit a letter to the editor',
      'Have a news tip? Let us know at tips@example.com.',
    ],
    counterexamples: [
      'Submit a letter to the editor of your local paper; they print more than you would think.',
      'Submit a letter to the editor by Friday if you want it in the weekend edition, the guide says.',
      'We want to hear what you think, the minister told the crowd, before leaving without taking questions.',
      'We want to hear from you. Residents can comment on the plans at the town hall until the end of March.',
      'Write a letter to the editor. Local papers print many of them, and editors read them all.',
    ],
  },
  {
    id: 'app-promo',
    kind: 'boilerplate',
    lang: 'en',
    pattern: new RegExp(
      `^(?:get (?:the latest|breaking|all the latest|our) (?:news|headlines|stories|updates)(?: (?:straight|right|directly))? (?:to|on) your (?:phone|device|mobile)(?: with (?:the|our) .{1,60} app)?|get the latest [^.]{1,60} on your (?:phone|mobile|device)(?: (?:or|and) (?:tablet|desktop|computer))?\\.\\s*download(?: it| the app)? now[.!]?|download our(?: free)? .{1,50} app(?: (?:for|on) ${APP_PLATFORMS})?|download the [^.]{1,50} app for the latest [^.]{1,80}\\. available (?:on|in|from) the app store and (?:on )?google play\\.|stay on top of [^.]{1,60} with [^.]{1,60}\\.\\s*download the [^.]{1,50} app(?: now)?[.!]?|stay (?:updated|informed|connected) on the go with [^.]{1,80} app\\. click here to download it for your device\\.|(?:subscribe to|join) our (?:telegram|whatsapp|signal|viber) (?:channel|group|community) for (?:the )?(?:latest|breaking) (?:news|updates|headlines)\\b[^.]{0,60}\\.?|download the .{1,50} app (?:for|on) ${APP_PLATFORMS}|(?:read|follow) (?:this|more|the news|us) (?:on|in) (?:the|our) .{1,40} app)[.!]?$`,
      'i',
    ),
    description: 'a prompt to install the site\'s app',
    examples: ['Download the Rakyat Today app for the latest updates on the haze. Available on the App Store and Google Play.', 'Subscribe to our Telegram channel for the latest news.', 'Stay on top of business news with The Business Ledger. Download the Ledger app now!', 'Stay updated on the go with The Deccan Herald Times News App. Click here to download it for your device.', 'Get the latest sports news, scores and video on your phone or tablet. Download now.', 'Get the latest news straight to your phone with the VI Consortium app.', 'Download the free Daily Planet app for iOS and Android', 'Read more on our news app.'],
    // The site's own app is "our" app, or "the … app" named with the phones it runs on; "the free …
    // app" alone is a story's advice.
    counterexamples: [
      'Download the Met Office app for the latest weather warnings.',
      'Download the NHS App for the latest advice on vaccinations.',
      "Stay informed on the go with the council's new bin collection app.",
      'Join our WhatsApp community for parents to hear about snow closures and cancelled clubs first.',
      'Download the app and sign in with your library card, the librarian explained to the class that afternoon.',
      'Download the NHS Covid-19 app.',
      'Download the free council recycling app.',
      'Download the free Met Office app.',
    ],
  },
  {
    id: 'pagination',
    kind: 'boilerplate',
    lang: 'en',
    // Between the pages of an article split over several, as well as under its last.
    inArticle: true,
    pattern: /^(?:page \d+ of \d+|page \d+\s*\/\s*\d+|pages?:?\s*(?:\d+\s*\|\s*){1,20}(?:\d+|next|last)(?:\s*[»›>→])?|(?:[«‹<←]\s*)?(?:prev(?:ious)?|newer)(?: page)?\s+(?:\d+\s+){1,20}(?:next|older)(?: page)?(?:\s*[»›>→])?|(?:\d+\s+){1,20}next(?: page)?(?:\s*[»›>→])?|(?:next|previous|prev) page(?:\s*[»›>→])?|continue (?:reading )?(?:on|to) (?:page \d+|the next page)(?:\s*[»›>→])?)$/i,
    description: "a paged article's page numbers and links",
    examples: ['Page 1 / 1', 'Page 1 of 3', '« Previous 1 2 3 Next »', '1 2 3 Next ›', 'Next page', 'Continue reading on page 2 »'],
    counterexamples: ['Page 1 of the report lists the costs.', 'Next page of the story: the flood.'],
  },
  {
    id: 'agency-credit',
    kind: 'boilerplate',
    lang: 'en',
    // A picture's credit to a news or stock agency, under the picture, wherever it stands: a name of
    // up to four words before the slash, and no sentence's full stop but after a closing bracket.
    inArticle: true,
    pattern: new RegExp(
      `^(?:\\(?(?:(?:(?:photo(?:graph)?|image|picture|illustration|video)s?(?: credit)?\\s*(?::|by)\\s*)?(?:[^\\s/|().,;:!?]+\\s+){0,3}[^\\s/|().,;:!?]+\\s*/\\s*(?:${AGENCIES})|(?:photo(?:graph)?|image|picture|credit)s?\\s*:\\s*(?:${AGENCIES})|(?:ap|afp|epa|reuters) photo(?:\\s*/\\s*[^/|()]{1,60})?)|\\((?:(?:photo(?:graph)?|image|picture|illustration|video)s?(?: credit)?\\s*(?::|by)\\s*)?[^/|()]{1,60}/\\s*(?:${AGENCIES})\\)\\.?)$`,
      'i',
    ),
    description: "a picture's credit to a news or stock agency",
    // Credits are short; most paragraphs need not be tried. Every credit holds its slash, its
    // colon or "photo" ("AP Photo"), which the agencies' short names ("ap", "pa") are not rare enough to stand for.
    maxChars: 100,
    needs: ['/', ':', 'photo'],
    examples: ['Jon Kopaloff/Getty Images', '(Photo by John Smith/Getty Images)', 'Photo: Getty Images', 'Image: Reuters', 'AP Photo/Evan Vucci', 'Photograph: Ana Ruiz/AFP'],
    counterexamples: ['Getty Images sold the archive in 2019, the company said.', 'Photo: a child at the fair', 'She spent a decade shooting for AFP/Reuters.', 'Many schools now offer IB/AP'],
  },
  {
    id: 'caption-credit',
    kind: 'boilerplate',
    lang: 'en',
    // A picture's credit as some news sites print it under the caption: "Credit...", the ellipsis
    // standing for a button, glued to the photographer or the agency, and never a sentence. With a
    // space after the ellipsis it is as likely a subheading ("Credit… Where It's Due").
    inArticle: true,
    pattern: /^[Cc]redit(?:\.{3}|…)(?:via\s+)?\p{Lu}[^.!?]{0,100}$/u,
    description: "a picture's credit",
    maxChars: 120,
    examples: ['Credit...Illustration by Mina Kowalczyk', 'Credit…Getty Images', 'Credit...Ana Ruiz for The Ledger', 'Credit...via Reuters'],
    counterexamples: ['Credit where it is due: the council moved fast.', 'Credit... and blame. Both came in the same week.', 'Credit... where it is due', 'Credit… to those who stayed', 'Credit... card debt, that is', "Credit… Where It's Due", 'Credit... Card Debt', 'Credit... Cards, Loans and Overdrafts', 'Credit… The Good, the Bad and the Ugly', 'Credit… Or blame, depending on who you ask', 'Credit... Mum, who took every photograph in this post', 'Credit... Suisse, that is'],
  },
  {
    id: 'social-embed',
    kind: 'boilerplate',
    lang: 'en',
    // What an embedded social post leaves in the text around its own words.
    inArticle: true,
    pattern: /^(?:view (?:this|the full) (?:post|photo|video) on (?:instagram|facebook|x|twitter)|a post shared by [^()]{1,60}\(@[\w.]{1,30}\) on .{1,60}|embed from getty images|watch on youtube|(?:—|-)\s*[^(]{1,60}\(@\w{1,30}\)\s+\S.{0,40}\d{4}|pic\.twitter\.com\/\w+)$/i,
    description: "an embedded social post's frame",
    maxChars: 160,
    examples: ['View this post on Instagram', 'A post shared by Sienna Marlowe (@siennamarlowe) on Jul 16, 2019 at 6:02am PDT', '— Ana Ruiz (@anaruiz) July 16, 2019', 'Embed from Getty Images'],
    counterexamples: ['A post shared by thousands of people on the first night turned the story around.'],
  },
  {
    id: 'image-line',
    kind: 'boilerplate',
    lang: '*',
    // A picture as a Markdown converter writes it, on a line of its own: its alt text describes the
    // picture for those who cannot see it; the article's own words are elsewhere. (Rules read a
    // link as its words, so a linked picture, "[![alt](src)](href)", reads as "![alt](src)".)
    inArticle: true,
    pattern: /^!\[[^\]\n]{0,300}\]\([^()\s]{1,1000}(?:\s+"[^"\n]{0,200}")?\)$/,
    description: 'a picture on a line of its own, in Markdown',
    examples: ['![Damaged covered bridge on Millrace Road](https://media.example/bridge.jpg)', '![CPB](https://www.cpb.example/)', '![](https://cdn.example/img/1.png)', '![Map](map.png "Route map")'],
    counterexamples: ['![Map](map.png) shows the route we took on the second day.', 'The ![ marker is how Markdown starts a picture.'],
    maxChars: 1500,
  },
  {
    id: 'post-navigation',
    kind: 'boilerplate',
    lang: 'en',
    // Themes print the previous post's title after a back arrow. A quotation opened with « ends
    // with », so a line holding a » is not one of these; nor is one that ends with a sentence's full
    // stop (a quotation that runs on into the next paragraph, a caption pointing at its picture).
    // A theme writes the links out: "Previous post: TITLE", "Next post: TITLE".
    pattern: /^(?:(?:«|‹|←)\s*|(?:[Pp]revious|[Nn]ext) (?:post|entry):\s*(?=[A-Z0-9"“‘']))[^«»\n]{3,150}(?<![^.]\.)$/,
    description: 'a link to the previous or the next post',
    examples: ['Previous post: This Week In Photography Books – RJ Shaughnessy', 'Next post: Twitcam no dia da Rosa Mística', '« Reader Q&A: volatile (again)', '← Planting Garlic Before the First Frost', '‹ Older posts', '« Click Open Your Bible App and Swipe to …', '« What? An Interview with Thomas Hawk! Thanks PetaPixel!'],
    counterexamples: [
      // The writer's own teaser of the next post, in lower case.
      'Next post: hardening off and planting out',
      'Next post: we will look at how to prune the roses.',
      '« Je pense, donc je suis », écrivait Descartes.',
      'Before « and after',
      "« Nous n'avons jamais été consultés, a déclaré la maire, et nous ne le serons pas davantage.",
      '← The mill in 1952, two years before the fire, with my grandfather at the door.',
    ],
  },
  {
    id: 'calendar',
    kind: 'menu',
    lang: '*',
    // A blog's calendar or archive widget flattened to one line: month and weekday names, day
    // numbers and years, nothing else. A digit run is one token ((?!\d)), so a failing line is
    // read once, not split every way.
    pattern:
      /^(?:(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|mo|tu|we|th|fr|sa|su|[mtwfs])\b|\d{1,4}(?!\d)|[«»‹›<>]+)[\s,.|/-]*){10,}$/i,
    description: 'a calendar widget',
    examples: [
      'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 2006 2007',
      'M T W T F S S 1 2 3 4 5 6 7 8 9 10 11 12 13 14',
      '« Oct   Dec » Mon Tue Wed Thu Fri Sat Sun 1 2 3 4 5',
    ],
    counterexamples: ['May 5, 2012', 'Mon 18th Dec 2006 06:00:00', 'Sat 3 Mar', 'We met on Monday 3 March and again on Friday 7 March.'],
    maxChars: 400,
  },
  {
    id: 'encoded-url',
    kind: 'boilerplate',
    lang: '*',
    // What a share widget leaves when its link is printed as text: a percent-encoded address.
    pattern: /^.{0,200}https?%3a%2f%2f.*$/i,
    description: 'a share widget\'s percent-encoded link',
    examples: ['104329Leave a commenthttp%3A%2F%2Fexample.org%2F2012%2F08%2Fa-post%2FA+Post+Title2012-08-09+20%3A00%3A20Jane+Doe'],
    counterexamples: ['See http://example.org/a%20b for the list.'],
    maxChars: 1000,
  },
  {
    id: 'last-updated',
    kind: 'boilerplate',
    lang: 'en',
    pattern: /^(?:(?:page |site )?last (?:updated|modified|reviewed)\s*(?::|on)?|updated\s*(?::|on))\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?![^!?;]*,\s*(?:the|a|an|he|she|it|they|we|this|its|their|his|her|our)\b)[^!?;]{0,40}$/i,
    description: 'a "Page Last Updated" stamp',
    examples: ['Page Last Updated: 11/08/2012', 'Last modified on March 3, 2012', 'Updated: March 5, 2019, 3:45 PM ET', 'Updated on 12 June 2019'],
    counterexamples: [
      'Updated on 3 March, the figures show a rise.',
      'Last reviewed 2015, the leaflet still says so.',
      'Last reviewed in 2015, the guidance is out of date.',
      'Updated on Monday, the figures show a rise.',
      'Updated maps were sent to every household.',
    ],
  },
  {
    id: 'feedback-prompt',
    kind: 'boilerplate',
    lang: 'en',
    pattern:
      /^(?:is this page useful\??|was this (?:page|article|post|answer|information|tutorial|guide|review|summary|fact sheet) (?:helpful|useful)\??(?:\s*(?:👍\s*)?yes\s*(?:[|/]\s*)?(?:👎\s*)?no)?|did you find (?:this|it) (?:helpful|useful)\??|do you like (?:the content of )?this (?:article|story|page)\??|report a problem with this page|rate this (?:article|page|post)\s*:?)$/i,
    description: 'a page-feedback prompt',
    examples: ['Do you like the content of this article?', 'Was this answer helpful? Yes | No', 'Is this page useful?', 'Was this article helpful?', 'Did you find this helpful?', 'Report a problem with this page', 'Was this tutorial helpful?', 'Was this answer helpful? Yes No'],
    counterexamples: ['Was this article helpful to the council? Not in the end.'],
  },
  {
    id: 'recipe-card',
    kind: 'boilerplate',
    lang: 'en',
    // Recipe plugins print these around the recipe, above it as well as below. After the question
    // the prompt asks for a tag, a rating or a comment; a story answers it ("My mother did, …").
    inArticle: true,
    pattern: /^(?:(?:did you (?:make|try) this recipe|tried this recipe)\?(?:\s*(?:tag|mention|share|leave|let (?:me|us) know|rate|please|snap|post|comment|give it|i(?:'d|’d| would) love|we(?:'d|’d| would) love|don'?t forget)\b.{0,160})?|jump to recipe|(?:(?:print|pin|save|rate) recipe\s*){1,4}|rate this recipe|read (?:all )?reviews(?: \(\d+\))?|[★☆]{5}\s*\d(?:\.\d{1,2})? from \d[\d,]* (?:votes|reviews|ratings))$/i,
    description: "a recipe card's buttons and prompts",
    examples: ['Did you make this recipe? Tag @marthabakes on Instagram!', 'Jump to Recipe', 'Print Recipe', 'Pin Recipe', 'Rate this recipe', 'Print Recipe Pin Recipe', '★★★★★ 4.89 from 36 votes', 'Read Reviews'],
    counterexamples: ['Did you try this recipe? My mother did, in 1974, and she never forgave the magazine.', 'Tried this recipe? Most people who did say it needs more salt.', 'Did you make this recipe for the fair, or for your family?'],
  },
  {
    id: 'shopping-widget',
    kind: 'boilerplate',
    lang: 'en',
    // Review sites put price buttons beside the product, between paragraphs as often as below.
    inArticle: true,
    pattern: /^(?:view deal|see (?:the )?deal|check price|see price|shop now|buy now|(?:[$£€]\s?\d[\d.,]*|\d[\d.,]*\s?€)\s+(?:at|@|from)\s+(?!(?:the|a|an|most|least|each|every|your|our)\b)[^\s,;:!?][^,;:!?]{0,30}(?<!\.))$/i,
    description: "a shop's price button",
    examples: ['View Deal', '£69 at Amazon', '$49.99 at Best Buy', 'Check price', '79,90 € at Fnac'],
    counterexamples: [
      '$5 at the door, children free.',
      '£10 from each ticket goes to the hospice.',
      '£69 at Amazon is more than the kettle cost last spring, and it is still a good price.',
      'Check the price at the till before you pay.',
      'Check price at Amazon before buying',
    ],
  },
  {
    id: 'forum-chrome',
    kind: 'boilerplate',
    lang: 'en',
    // A forum's post frame (phpBB, vBulletin and their kind): buttons, pager, the poster's card,
    // whose "Joined:" is followed by a date, not by a sentence.
    pattern:
      /^(?:post reply|(?:[\w.-]{2,40} is (?:offline|online)\s+)?reply with quote|new topic|\d+ posts?\s*[•·|]\s*page \d+ of \d+.{0,40}|posts?:\s*[\d,.]+|joined:\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+\d).{1,30}(?<![a-z]{2}\.)|last edited by .{1,80}edited \d+ times? in total\.?|last edited by [^;\s]{1,40}; [\d/.-]{6,10} at \d{1,2}:\d\d(?:\s?[ap]m)?\.?|join date:\s*(?:[a-z]{3,9}\.? )?(?:\d{1,2}[/.-])?\d{4}|thanks (?:given|received):\s*[\d,]+)$/i,
    description: "a forum's post frame",
    // It stands between the posts of a thread, which are the page's text.
    inArticle: true,
    examples: ['Post Reply', 'clevelandbarbel is offline Reply With Quote', '12 posts • Page 1 of 2 • 1, 2', 'Posts: 2,418', 'Joined: Mar 2011', 'Joined: Fri Mar 04, 2011 2:41 pm', 'Joined: 12/03/2019', 'Last edited by old_sparky on Sun Jan 07, 2024 9:10 am, edited 2 times in total.', 'Last edited by bench_dog_bill; 03-15-2007 at 07:40 AM.', 'Join Date: Mar 2006', 'Join Date: 2004', 'Thanks given: 212', 'Thanks received: 1,340'],
    counterexamples: [
      'Joined: the two halves of the bridge finally met on Tuesday, a year late and over budget.',
      'Joined: the two halves met.',
      'Joined: Mayor Ann Cole and her aides.',
      'Joined: 40 people signed the letter.',
      'Join date: March 2006 is when the two clubs merged.',
      'Thanks given: 212 volunteers, and more to come.',
    ],
  },
  {
    id: 'forum-board',
    kind: 'boilerplate',
    lang: 'en',
    // What a forum (vBulletin, phpBB and their kind) prints under a thread: its posting rules, the
    // board's clock, the jump menu and the links to the threads beside it.
    pattern:
      /^(?:posting rules|you may(?: not)? (?:post new threads|post replies|post attachments|edit your posts)|(?:bb|vb|\[img\]|html) code is (?:on|off)|smilies are (?:on|off)|forum jump|all times are (?:gmt|utc)(?:\s?[+-]\s?\d{1,2}(?::?\d\d)?)?(?: hours)?\. the time now is \d{1,2}:\d\d(?:\s?[ap]m)?\.?|« previous thread \| next thread »)$/i,
    description: "a forum's board furniture under a thread",
    examples: ['Posting Rules', 'You may not post new threads', 'You may post replies', 'You may not edit your posts', 'BB code is On', 'vB code is On', 'Smilies are On', '[IMG] code is On', 'HTML code is Off', 'Forum Jump', 'All times are GMT +1. The time now is 10:12.', 'All times are GMT -5. The time now is 04:16 PM.', '« Previous Thread | Next Thread »'],
    counterexamples: ['You may not post replies to this letter after the closing date.', 'All times are GMT, and the race starts at noon.', 'All times are GMT.', 'Thread tools: a needle, a thimble and a good light.', 'Display modes'],
  },
  {
    id: 'share-count',
    kind: 'boilerplate',
    lang: 'en',
    // What the buttons under a post counted: "24 Likes", "2 Restacks", "1.4K".
    inArticle: true,
    pattern: /^(?:\d[\d.,]*\s?[km]?\s+(?:likes?|shares?|restacks?|claps?|reactions?|retweets?|reposts?|views?|reads?|pins?|upvotes?|hearts?)|\d[\d.,]*\s?[km])$/i,
    description: 'a sharing counter',
    examples: ['24 Likes', '2 Restacks', '1.4K', '12,345 views', '3 shares'],
    counterexamples: ['24 likes and a dislike: the council meeting in numbers', '1,400 km'],
  },
  {
    id: 'contents-heading',
    kind: 'boilerplate',
    lang: 'en',
    // A table of contents stands at the top of an article, before its first section.
    inArticle: true,
    pattern: /^(?:table of contents|contents|on this page|in this (?:article|post|guide|story)|jump to(?: section)?|show contents|hide contents)\s*:?$/i,
    description: 'the heading of a table of contents',
    examples: ['Table of Contents', 'Contents', 'On this page', 'In this article:', 'Jump to section'],
    counterexamples: ['Contents of the time capsule'],
  },
];
