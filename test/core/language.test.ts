/** Which of its languages winnow takes a text to be, and what a wrong guess would cost. */
import { describe, expect, test } from 'vitest';
import { guessLanguage, LANGUAGES } from '../../src/core/language.js';

const hits = (counts: Partial<Record<(typeof LANGUAGES)[number], number>>) => LANGUAGES.map((l) => counts[l] ?? 0);

describe('guessLanguage', () => {
  test('takes the language whose stopwords cover the most of the sample', () => {
    expect(guessLanguage(hits({ en: 40, fr: 8 }), 100, LANGUAGES)).toBe('en');
    expect(guessLanguage(hits({ es: 38, pt: 25 }), 100, LANGUAGES)).toBe('es');
  });

  test('takes none when under 5% of the words are stopwords of any', () => {
    expect(guessLanguage(hits({ en: 4 }), 100, LANGUAGES)).toBeUndefined();
  });

  test('takes none when two languages cover about as much: text in a language it has no list for', () => {
    // Swedish read with German and Dutch lists: "i", "en", "och" hardly tell them apart.
    expect(guessLanguage(hits({ de: 7, nl: 6 }), 100, LANGUAGES)).toBeUndefined();
    expect(guessLanguage(hits({ de: 7, nl: 6 }), 100, ['de'])).toBe('de');
  });
});

// What a wrong guess cost end to end (a Swedish diary read as German lost every paragraph) is
// fixtures/pages/86-sv-blogg-stugan, which test/pages.test.ts holds to losing none of its gold
// sentences, and test/core/plan.test.ts to keeping its prose.
