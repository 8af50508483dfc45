import type { PhraseRule } from '../../core/types.js';

// A personal name as bylines print it: up to five capitalised words, with the particles names carry.
// Names are matched case-sensitively (a capital starts a name), so months spell out both cases.
const MONTH = String.raw`(?:[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|[Mm]ar(?:ch)?|[Aa]pr(?:il)?|[Mm]ay|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust)?|[Ss]ep(?:t(?:ember)?)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?)`;
// A date as bylines print it, in English: "March 3, 2012", "9 August 2012", "09/08/2012", "2012-08-09".
const BYLINE_DATE = String.raw`(?:${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\.?,?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})`;
// The date a byline may carry after its name: "| March 3, 2012", "on 9 August 2012", "· 2012-08-09".
const DATED = String.raw`(?:\s*(?:[|·•,–—]|-|\bon\b)\s*(?:[A-Za-z]+,?\s+)?${BYLINE_DATE}(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?)?)?`;
// The link to a post's comments that blog themes print beside its author and date.
const COMMENT_LINK = String.raw`(?:\d+\s+[Cc]omments?|[Nn]o [Cc]omments|[Pp]ost a [Cc]omment|[Ll]eave a [Cc]omment)`;
// What else a post's meta line holds after its byline, each part after a bar: "| Updated: 2 May
// 2024", "| 23 Comments", "| This post may contain affiliate links."
const META_PARTS = String.raw`(?:\s*[|·•–—]\s*(?:(?:[Pp]ublished|[Uu]pdated|[Ll]ast [Uu]pdated|[Pp]osted)(?:\s+on)?:?\s*${BYLINE_DATE}|${COMMENT_LINK}|[Tt]his (?:post|article|page) (?:may )?contains? affiliate links\.?))*`;
// "By The Numbers", "By Christmas Eve", "By Popular Demand": a subheading in title case, not a name.
const NOT_A_SUBHEADING = String.raw`(?!(?:The|A|An|This|That|Then|Now|Christmas|Easter|Land|Sea|Air|Night|Day|Design|Default|Far|Hand|Heart|Mistake|Accident|Contrast|Comparison|Law|Nature|Chance|Popular|Request|Numbers|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|THE\b)`;
const NAME = String.raw`(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|di|du|van|von|der|den|del|la|le|y|and|&)){0,5})`;

// A date line's date: a month's name in English or another language winnow reads, with a day or
// a year, or numbers only; the weekday may come first.
/** The English months, full or short, lower case, as one group. */
export const EN_MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const EN_MONTH = String.raw`${EN_MONTH_NAME}\.?`;
/** The months of French, German, Spanish, Portuguese, Italian and Dutch, lower case, as one group. */
export const OTHER_MONTH = String.raw`(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|j[aä]nner|januar|februar|m[aä]rz|april|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus)`;
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?\s+`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th|er|º|ª)?\.?`;
const DATE_ONLY = String.raw`(?:${WEEKDAY})?(?:${EN_MONTH}\s+(?:${DAY},?\s+)?\d{4}|${DAY}\s+(?:de\s+)?(?:${EN_MONTH}|${OTHER_MONTH})(?:,?\s+(?:de\s+)?\d{4})?|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2})`;
// A time after the date, if any: ", 18:22", " à 11h02", " - 00:15 CEST", " | 20:47".
const CLOCK = String.raw`(?:,?\s*(?:at|à|um|a las|às|alle|om|-|\|)?\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|uhr))?)?`;
// A time before the date, as some American papers print it: "9:47 p.m. ET Oct. 7, 2019".
const CLOCK_FIRST = String.raw`\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?\s+`;
// A time of day alone, after "Updated": "6:32pm", "18:22", "6.32pm" (not a version, "2.14").
const TIME_OF_DAY = String.raw`\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\.\d{2}\s*[ap]\.?m\.?`;
const PUBLISHED = String.raw`(?:published|posted|updated|last updated|first published|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?:\s+(?:on|le|am|el|em|il|op))?(?:\s*:)?\s*`;
const NAMED = NAME.replace('(', '(?:');
const POSTED_BY = String.raw`(?:\s+(?:by|par|von|por|di|door)\s+${NAMED})?`;
// What may stand before the date: "Published", "Posted by NAME on", "NAME ·", "Fecha de publicación:".
const DATE_LEAD = String.raw`(?:${PUBLISHED}|(?:posted|published|written) by ${NAMED}\s+(?:on\s+)?|${NAMED}\s*[·•|]\s*|(?:date(?: de publication)?|fecha(?: de publicación)?|datum|data(?: de publicação| di pubblicazione)?)\s*:\s*)?`;
// And after it: ", mis à jour à 15h40", "· 6 min read", "— 6 min read".
const DATE_TAIL = String.raw`(?:,?\s*(?:updated|mis à jour|aktualisiert|actualizado|atualizado|aggiornato|bijgewerkt)\b.{0,40})?(?:\s*[·•|—–]\s*\d+\s*min(?:ute)?s?\.?(?: read| de lecture| lesezeit| de lectura| de leitura| di lettura| leestijd)?)?`;

/** Lines that say where an article came from, who wrote it or when: they go to the metadata. */
export const attributionRules: PhraseRule[] = [
  {
    id: 'source-line',
    kind: 'attribution',
    lang: '*',
    field: 'source',
    pattern: /^(?:source|sources|via|quelle|fuente|fonte|bron|origine)\s*:\s*(?!(?:\S+\s+){5,}.*\p{L}{2}\.\s*$)(\S(?:(?![,;] (?:and|but|which|who|where|then) )[^!?]){0,160}?)\s*$/iu,
    // A source is a name or an address; six words or more ending with a word's full stop are a
    // sentence (a transcript's speaker, "Source: They told us the plant would close.").
    description: 'a "Source:" line',
    examples: ['Source:https://qz.com', 'Source: Reuters', 'Via: The Guardian', 'Quelle: dpa'],
    counterexamples: [
      'Source: They told us the plant would close before Christmas.',
      'Sources: Two officials said the talks had collapsed.',
      'Source: They told us the plant would close before Christmas, and nobody believed them.',
      'Sources: two people who attended the meeting, and the minutes, which we have seen.',
      'Sources said the talks would resume in the spring, though nobody would confirm it.',
    ],
    maxChars: 240,
  },
  {
    id: 'originally-published',
    kind: 'attribution',
    lang: 'en',
    field: 'source',
    // The place is a name or an address, not the rest of a sentence: no comma or clause after it,
    // and not a year ("First published in 1925, the novel was banned...").
    pattern: /^(?:this (?:article|post|story|piece) (?:was )?)?(?:originally|first) (?:published|appeared|posted) (?:at|on|in|by) (?!(?:the )?(?:\d{4}|\d{1,2}(?:st|nd|rd|th)? |january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|print)\b)((?:[^,;:!?]|:(?=\S)){1,120}?)\.?$|^\(this (?:article|story|piece) (?:originally|first) (?:appeared|was published) (?:in|on) ((?:(?! on (?:\w{3,9} \d{1,2}, \d{4}|\d{1,2} \w{3,9} \d{4}))[^()]){1,80})(?: on [^()]{1,30})?\)\.?$/iu,
    description: 'an "Originally published at …" line',
    examples: ['(This story originally appeared in The Business Ledger on Jul 20, 2019)', 'Originally published at medium.com', 'This article originally appeared on The Conversation.', 'First published in The Atlantic.', 'Originally published at https://example.com/blog/post.'],
    counterexamples: ['First published in 1925, the novel was banned in three countries within a year.', 'Originally published in French, it reached English readers only in 1931.', 'First published in 1925.', 'This article first appeared in print in 1985.', 'First published in the spring of 1990 by a small press in Leeds.'],
    maxChars: 260,
  },
  {
    id: 'byline',
    kind: 'attribution',
    lang: '*',
    field: 'author',
    // The parts after a bar are English; so is the word before the name that they may follow.
    pattern: new RegExp(String.raw`^(?:(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Ww]ords by)[:\s]\s*${NOT_A_SUBHEADING}${NAME}${DATED}${META_PARTS}|(?:[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)[:\s]\s*${NOT_A_SUBHEADING}${NAME}${DATED})\s*$`, 'u'),
    description: 'a "By NAME" byline',
    examples: [
      'By Isabella Steger',
      'By Jane Roe | March 3, 2012',
      'By Derek Kreindler on August 9, 2012',
      'Written by Tim Ferriss',
      'By Jean-Luc de la Tour',
      'Von Anna Müller',
      'BY MARY SMITH',
      'By Martha Quill | Updated: 2 May 2024 | This post may contain affiliate links.',
      'By Hattie Larkspur | Published March 3, 2024 | Updated March 9, 2024',
    ],
    counterexamples: ['By the end of the year the plan had failed.', 'By 2020, most of them had left.', 'By Monday, the river had risen 3 feet.', 'By Friday | Updated March 9, 2024 the list was gone', 'Par Three | 4 Comments', 'Von Trapp | 12 comments', 'By The Numbers', 'By Christmas Eve', 'By Popular Demand | 57 Comments'],
    maxChars: 160,
  },
  {
    id: 'post-header',
    kind: 'attribution',
    lang: 'en',
    field: 'author',
    // A blog theme's line under the title: the date, "by" and the author, and the comment link.
    // The link closes it, so the name may be any few words, in any case ("byMobasir hassan", glued
    // as a converter leaves a theme's spans).
    pattern: new RegExp(String.raw`^(?:[A-Z][a-z]+,?\s+)?${BYLINE_DATE}\s*(?:[|·•–—,]\s*)?(?:(?:[Bb]y|BY)\s+(?=\p{Lu}|admin\b)|by(?=\p{Lu}))(\p{L}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,3}?)\s*(?:[|·•–—]\s*)?${COMMENT_LINK}$`, 'u'),
    description: "a blog post's date, author and comment link",
    aboveBody: true,
    // It may open with any capitalised word (a weekday): the comment link tells its lines apart.
    needs: ['comment'],
    examples: ['April 24, 2018 by Lucy Farrant | 23 Comments', 'September 15, 2020 byMobasir hassan Post a Comment', 'Tuesday, March 3, 2009 by admin No Comments'],
    counterexamples: ['April 24, 2018 by the river: we left at dawn, and 23 comments later the thread was closed.', 'March 3, 2009 by train to Leeds', 'April 24, 2018 by the river — 23 comments', 'June 1, 2020 by midnight 412 comments', 'May 4, 2021 Byron Bay — 3 comments', 'Sept 4, 2012 bypass opened — 200 comments'],
    maxChars: 140,
  },
  {
    id: 'byline-role',
    kind: 'attribution',
    lang: 'en',
    field: 'author',
    // A name and the writer's job, with no "By": "Patrick Aldous Housing correspondent", "Jane Roe,
    // Senior Reporter", or a name and an e-mail address: "By Carla Mendes cmendes@example.com".
    pattern: new RegExp(
      String.raw`^(?:[Bb]y\s+)?(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}?),?\s+(?:(?:[A-Z][a-z]+\s+){0,2}(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Jj]ournalist|[Cc]ritic|[Cc]ontributor)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$`,
      'u',
    ),
    description: 'a byline naming the writer and their job or e-mail address',
    aboveBody: true,
    examples: ['Patrick Aldous Housing correspondent', 'Jane Roe, Senior Reporter', 'Tom Hale Political Editor', 'By Carla Mendes cmendes@courier-times.example'],
    counterexamples: ['The paper hired Jane Roe as a reporter', 'Ask the editor', 'Write to the editor'],
    maxChars: 100,
  },
  {
    id: 'agency-line',
    kind: 'attribution',
    lang: 'en',
    field: 'source',
    pattern: /^((?:the )?(?:associated press|reuters|agence france-presse|afp|press association|pa media|bloomberg news|dpa|ap))$/i,
    description: 'a news agency named alone on a line',
    examples: ['Associated Press', 'Reuters', 'AFP'],
    counterexamples: ['Associated Press writer Tomás Ribeiro in Madrid contributed to this report.'],
  },
  {
    id: 'reviewer-line',
    kind: 'attribution',
    lang: 'en',
    // Who checked or edited the article, not who wrote it: the line goes, and nothing is kept of it.
    // After a bar or a dash come the page's other credits or a date; a review goes on in prose
    // ("Edited by Thelma Schoonmaker — Scorsese's editor for fifty years — the film moves fast.").
    pattern: new RegExp(String.raw`^(?:[Ff]act[- ]checked|[Mm]edically reviewed|[Rr]eviewed|[Ee]dited|[Vv]erified|[Aa]dditional reporting) by\s+${NAMED}(?:,\s*(?:[A-Z][A-Za-z.]{1,6}|[A-Z]{2,5}))?\.?(?:\s*[|·•–—]\s*(?:(?:[Uu]pdated|[Pp]ublished|[Pp]osted|[Ww]ritten|[Ff]act[- ]checked|[Rr]eviewed|[Ee]dited|[Ll]ast [Uu]pdated|[Ss]ources?)\b|${BYLINE_DATE}).{0,60})?$`, 'u'),
    description: 'a "Fact checked by NAME" or "Edited by NAME" line',
    examples: ['Fact checked by Rosa Imbert', 'Medically reviewed by Daniel Murrell, MD', 'Edited by Jane Doe', 'Additional reporting by Tom Hale'],
    counterexamples: [
      'Edited by Thelma Schoonmaker — Scorsese’s editor for fifty years — the film moves fast.',
      'Edited by Tom Hale – and it shows: the prose is lean, the jokes land.',
      'Edited by hand, the film runs to four hours.',
      'Reviewed by the council in March, the plan was dropped.',
    ],
    maxChars: 120,
  },
  {
    id: 'dateline',
    kind: 'attribution',
    lang: '*',
    field: 'date',
    // A line that is a date and nothing more: "Published 14 March 2024, 18:22", "Posted on 9 October
    // 2022 by Tom", "Veröffentlicht am 14. Mai 2023", "Aug 11, 2024", with an update after a bar.
    pattern: new RegExp(
      String.raw`^(?:${DATE_LEAD}((?:${CLOCK_FIRST})?${DATE_ONLY}${CLOCK})${POSTED_BY}(?:(?:\s*[|·•–—]\s*|\s+-\s+)(?:${PUBLISHED})(?:${CLOCK_FIRST})?(?:${DATE_ONLY})?${CLOCK})?${DATE_TAIL}|${PUBLISHED}(${TIME_OF_DAY}))\s*$`,
      'iu',
    ),
    description: 'a date line',
    aboveBody: true,
    // Every date line has a digit (a day, a year or a time); month names are common word parts.
    needs: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    examples: [
      'Published 14 March 2024, 18:22 | Updated 15 March 2024, 08:05',
      'Posted on 9 October 2022 by Tom',
      'Aug 11, 2024',
      '12 September 2023',
      'Publié le 6 mars 2024 à 11h02',
      'Veröffentlicht am 14. Mai 2023 von Matthias',
      'Publicado el 2 de febrero de 2024',
      '23 juli 2024, 16:12',
      'Wednesday, 01 June 2005',
      'Posted by archivist on 2 June 2022',
      'Linda Marsh · February 11, 2025',
      'Publié le 6 mars 2024 à 11h02, mis à jour à 15h40',
      'Fecha de publicación: 04/03/2024',
      'Posted on March 3, 2024 by kleinfeld · 6 min read',
      'Publié le 14/08/2024 à 06h45 - Mis à jour le 14/08/2024 à 09h12',
      'Domingo 15 de septiembre de 2024 | 20:47',
      'Apr 22, 2024 — 6 min read',
      'Updated 6:32pm',
      'Published 9:47 p.m. ET Oct. 7, 2019 | Updated 10:15 a.m. ET Oct. 8, 2019',
    ],
    counterexamples: ['12 September 2023 was the day everything changed.', 'May 2024: the month the river rose', 'Mars 2020 lands on the red planet', 'Paris, 4 June 2024 and beyond', 'Parish News, October 2015', 'Omaha Beach, 6 June 1944', 'Berlin, 12 May', 'Summer Fair, 12 July', 'Sevilla, 18 jul 2024 - 00:15 CEST', 'Updated 2.14', 'Updated 6:32pm figures show a rise'],
    maxChars: 100,
  },
];
