import type { PhraseRule } from '../../core/types.js';

// A personal name as bylines print it: up to five capitalised words, with the particles names carry.
const NAME = String.raw`(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|di|du|van|von|der|den|del|la|le|y|and|&)){0,5})`;

/** Lines that say where an article came from or who wrote it: they go to the metadata. */
export const attributionRules: PhraseRule[] = [
  {
    id: 'source-line',
    kind: 'attribution',
    lang: '*',
    field: 'source',
    pattern: /^(?:source|sources|via|quelle|fuente|fonte|bron|origine)\s*:\s*(\S.{0,200}?)\s*$/iu,
    description: 'a "Source:" line',
    examples: ['Source:https://qz.com', 'Source: Reuters', 'Via: The Guardian', 'Quelle: dpa'],
    counterexamples: ['Sources said the talks would resume in the spring, though nobody would confirm it.'],
    maxChars: 240,
  },
  {
    id: 'originally-published',
    kind: 'attribution',
    lang: 'en',
    field: 'source',
    pattern: /^(?:this (?:article|post|story|piece) (?:was )?)?(?:originally|first) (?:published|appeared|posted) (?:at|on|in|by) (.{1,200}?)\.?$/iu,
    description: 'an "Originally published at …" line',
    examples: ['Originally published at medium.com', 'This article originally appeared on The Conversation.', 'First published in The Atlantic.'],
    maxChars: 260,
  },
  {
    id: 'byline',
    kind: 'attribution',
    lang: '*',
    field: 'author',
    pattern: new RegExp(String.raw`^(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Ww]ords by|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)[:\s]\s*${NAME}\s*$`, 'u'),
    description: 'a "By NAME" byline',
    examples: ['By Isabella Steger', 'Written by Tim Ferriss', 'By Jean-Luc de la Tour', 'Von Anna Müller', 'BY MARY SMITH'],
    counterexamples: ['By the end of the year the plan had failed.', 'By 2020, most of them had left.'],
    maxChars: 80,
  },
];
