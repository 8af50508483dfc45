import type { PhraseRule } from '../../core/types.js';

// A personal name as bylines print it: up to five capitalised words, with the particles names carry.
// Names are matched case-sensitively (a capital starts a name), so months spell out both cases.
const MONTH = String.raw`(?:[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|[Mm]ar(?:ch)?|[Aa]pr(?:il)?|[Mm]ay|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust)?|[Ss]ep(?:t(?:ember)?)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?)`;
// The date a byline may carry after its name: "| March 3, 2012", "on 9 August 2012", "· 2012-08-09".
const DATED = String.raw`(?:\s*(?:[|·•,–—]|-|\bon\b)\s*(?:[A-Za-z]+,?\s+)?(?:${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\.?,?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?)?)?`;
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
    pattern: new RegExp(String.raw`^(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Ww]ords by|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)[:\s]\s*${NAME}${DATED}\s*$`, 'u'),
    description: 'a "By NAME" byline',
    examples: ['By Isabella Steger', 'By Jane Roe | March 3, 2012', 'By Derek Kreindler on August 9, 2012', 'Written by Tim Ferriss', 'By Jean-Luc de la Tour', 'Von Anna Müller', 'BY MARY SMITH'],
    counterexamples: ['By the end of the year the plan had failed.', 'By 2020, most of them had left.', 'By Monday, the river had risen 3 feet.'],
    maxChars: 80,
  },
];
