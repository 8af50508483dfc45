#!/usr/bin/env node
// A deterministic JSONL corpus for benchmarks, made from the fixtures so that nothing is downloaded:
// article N is fixtures/docs/*/input.txt number N (sorted, cycled), under a made-up URL and with a
// few fields that winnow must pass through untouched (a float written as 1.0, an integer past 2^53).
//
//   node test/bench/make-jsonl.mjs ARTICLES > corpus.jsonl
//
// or import { writeCorpus } from it. The same count always gives the same bytes.
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const docsDir = fileURLToPath(new URL('../../fixtures/docs/', import.meta.url));

/** The corpus's lines, one article each, made one at a time. */
export function* corpusLines(articles) {
  const names = readdirSync(docsDir).sort();
  const texts = names.map((name) => readFileSync(path.join(docsDir, name, 'input.txt'), 'utf8'));
  for (let i = 0; i < articles; i++) {
    const name = names[i % names.length];
    const site = `site${i % 37}.example`;
    yield `{"id":${i},"url":${JSON.stringify(`https://${site}/${name}/${i}`)},"score":1.0,"crawl":${9007199254740993n + BigInt(i)},"text":${JSON.stringify(texts[i % texts.length])},"lang":"en"}\n`;
  }
}

/** Writes `articles` lines to `file`; resolves with the number of bytes written. */
export async function writeCorpus(file, articles) {
  const out = createWriteStream(file);
  let bytes = 0;
  for (const line of corpusLines(articles)) {
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  return bytes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const articles = Number(process.argv[2] ?? 5000);
  for (const line of corpusLines(articles)) process.stdout.write(line);
}
