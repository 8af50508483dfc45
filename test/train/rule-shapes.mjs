#!/usr/bin/env node
/**
 * Writes src/detectors/rules/shapes.json: for every built-in phrase rule, where its matches can
 * begin (see readPattern in src/detectors/phrase-rules.ts), with a fingerprint of the pattern it
 * was read from. The index of phrase rules reads it instead of every pattern, which takes tens of
 * milliseconds in a fresh process: longer than cleaning a small file. Run `npm run rules:shapes`
 * (it builds first) after changing a rule's pattern; a test fails while the file is stale, and a
 * stale entry only costs the time of reading that pattern again.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../../dist/index.js';
import { patternPrint, readPattern, storeShape } from '../../dist/detectors/phrase-rules.js';

const out = fileURLToPath(new URL('../../src/detectors/rules/shapes.json', import.meta.url));
const rules = {};
for (const rule of [...builtinRules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
  const source = rule.pattern.source;
  rules[rule.id] = { pattern: patternPrint(rule.pattern), shape: storeShape(source.startsWith('^') ? readPattern(source) : undefined) };
}
// One rule a line, so a change to one pattern is one line of the diff.
const lines = Object.entries(rules).map(([id, entry]) => `  ${JSON.stringify(id)}: ${JSON.stringify(entry)}`);
const about = JSON.stringify('Made by test/train/rule-shapes.mjs (npm run rules:shapes); do not edit.');
writeFileSync(out, `{\n "about": ${about},\n "rules": {\n${lines.join(',\n')}\n }\n}\n`);
console.log(`wrote ${Object.keys(rules).length} rule shapes to ${out}`);
