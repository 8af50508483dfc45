#!/usr/bin/env node
// The corpus benchmark of issue 5: a crawl-sized corpus, cleaned as a folder and as one JSONL file,
// beside what people run today (`cat`, and `awk '!seen[$0]++'`) on the same bytes, in the same run.
//
//   npm run bench:corpus                       # 20,000 articles, about 100 MB
//   node test/bench/corpus.mjs --scale 0.05    # 1,000 articles, for a quick look
//   node test/bench/corpus.mjs --jobs 2 --keep # pass --jobs to winnow; keep the temporary folder
//   node test/bench/corpus.mjs --bin ../other/bin/winnow.js   # time another build of winnow
//
// The corpus is generated, so nothing is downloaded: sentences of the body paragraphs of
// fixtures/docs (their expected.txt) are recombined, with some words swapped, into new articles;
// the lines those fixtures lose when cleaned (their input.txt minus expected.txt) make each site's
// header, sidebar and footer. Some articles carry their body twice or a teaser, as scrapers make
// them, and some are exact or near copies of an earlier article on another site, so the report's
// duplicateOf can be checked against what was planted. A fixed seed makes the corpus the same on
// every machine. Runs the built bin, so build first (npm run bench:corpus does).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const scale = Number(option('--scale', '1'));
const jobs = option('--jobs', undefined);
const keep = args.includes('--keep');
const ARTICLES = Math.max(10, Math.round(20_000 * scale));
const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.resolve(option('--bin', path.join(repo, 'bin/winnow.js')));
const docsDir = path.join(repo, 'fixtures/docs');

// mulberry32: small and seedable, so the corpus is the same everywhere.
let state = 20_260_527;
function random() {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (low, high) => low + Math.floor(random() * (high - low + 1));

// ---- material from the fixtures -------------------------------------------------------------
const SCRIPTS = { 'cjk-article': 'zh', 'cyrillic-article': 'ru', 'greek-article': 'el', 'french-footer': 'fr', 'german-footer': 'de', 'spanish-footer': 'es' };
const sentencesByLanguage = new Map();
const WORD = { zh: /\p{Script=Han}/gu, other: /(?<!\p{L})\p{Ll}{4,}(?!\p{L})/gu };
WORD.en = WORD.other;
const chrome = [];
/** Words that may replace others, by language: longer words, or single characters where words are not spaced. */
const vocabularies = new Map();
for (const name of readdirSync(docsDir).sort()) {
  const input = readFileSync(path.join(docsDir, name, 'input.txt'), 'utf8').replace(/^\ufeff/, '').replace(/\r\n/g, '\n');
  const expected = readFileSync(path.join(docsDir, name, 'expected.txt'), 'utf8').replace(/^\ufeff/, '').replace(/\r\n/g, '\n');
  const kept = new Set(expected.split('\n').map((line) => line.trim()));
  const language = SCRIPTS[name] ?? 'en';
  const sentences = sentencesByLanguage.get(language) ?? [];
  sentencesByLanguage.set(language, sentences);
  for (const line of expected.split('\n')) {
    if (line.trim().length < 80) continue;
    for (const sentence of line.trim().split(/(?<=[.!?。])\s*/u)) {
      if (sentence.length >= 30) sentences.push(sentence);
      const words = vocabularies.get(language) ?? [];
      vocabularies.set(language, words);
      for (const word of sentence.match(WORD[language] ?? WORD.other) ?? []) words.push(word);
    }
  }
  // What cleaning takes out of the fixture is chrome, except copies of body lines and long paragraphs.
  for (const line of input.split('\n')) {
    const text = line.trim();
    if (text && !kept.has(text) && (text.length <= 160 || /^Labels?:/.test(text)) && !/[.!?]\s+\S+.*[.!?]$/.test(text)) chrome.push(text);
  }
}
const englishChrome = [...new Set(chrome)].filter((line) => !/[^\x00-\u024f’“”…–—©®►▼•·|«»]/u.test(line));

const vocabulary = vocabularies.get('en');

/** A sentence with about a third of its words swapped for others of its language, so every article is new text. */
function vary(sentence, language, share = 0.35) {
  const words = vocabularies.get(language);
  return sentence.replace(WORD[language] ?? WORD.other, (word) => (random() < share ? pick(words) : word));
}

function title(language) {
  if (language !== 'en') return pick(sentencesByLanguage.get(language)).slice(0, 60).replace(/[.,;:!?。]+$/u, '');
  const words = Array.from({ length: between(4, 9) }, () => pick(vocabulary));
  return words.map((word, i) => (i === 0 || word.length > 3 ? word[0].toUpperCase() + word.slice(1) : word)).join(' ');
}

function body(language) {
  const sentences = sentencesByLanguage.get(language);
  return Array.from({ length: between(6, 11) }, () =>
    Array.from({ length: between(3, 5) }, () => vary(pick(sentences), language)).join(language === 'zh' ? '' : ' '),
  );
}

// ---- sites ----------------------------------------------------------------------------------
const SECTIONS = ['Home', 'News', 'World', 'Politics', 'Business', 'Science', 'Culture', 'Sport', 'Travel', 'Opinion', 'Video', 'About', 'Contact'];
const sites = Array.from({ length: 40 }, (_, i) => {
  const name = `${pick(['daily', 'harbour', 'north', 'city', 'valley', 'coast', 'river', 'open'])}-${pick(['post', 'notes', 'times', 'ledger', 'review', 'journal', 'blog', 'wire'])}-${i}`;
  const label = name.replace(/-\d+$/, '').replace(/(^|-)(\w)/g, (_, dash, c) => (dash ? ' ' : '') + c.toUpperCase());
  return {
    name,
    header: [
      ...(random() < 0.5 ? ['Skip to content'] : []),
      ...(random() < 0.7 ? [Array.from({ length: between(4, 8) }, () => pick(SECTIONS)).filter((s, k, all) => all.indexOf(s) === k).join(' | ')] : []),
      ...Array.from({ length: between(0, 2) }, () => pick(englishChrome)),
    ],
    sidebar: random() < 0.6 ? pick(['Related posts', 'Popular this week', 'You may also like', 'More from this section']) : undefined,
    footer: [...Array.from({ length: between(3, 8) }, () => pick(englishChrome)), `© 2024 ${label}. All rights reserved.`],
  };
});

// ---- articles -------------------------------------------------------------------------------
const articles = [];
/** Articles that are no copy. Copies are made of these only: a copy of a copy may rightly be kept (see the README). */
const originals = [];
const planted = [];
for (let i = 0; i < ARTICLES; i++) {
  const site = pick(sites);
  const roll = random();
  let head;
  let paragraphs;
  let language;
  /** The first article of the copies this one belongs to (itself when it is no copy). */
  let family = i;
  if (articles.length > 50 && roll < 0.03) {
    // The same article scraped under another site's URL: an exact copy once cleaned.
    const original = pick(originals);
    ({ head, paragraphs, language, family } = original);
    planted.push({ copy: i, original: original.index, kind: 'exact' });
  } else if (articles.length > 50 && roll < 0.06) {
    // A reworked copy: one word in 70 changed, about 7% of its shingles.
    const original = pick(originals);
    ({ head, language, family } = original);
    paragraphs = original.paragraphs.map((paragraph) => vary(paragraph, original.language, 1 / 35));
    planted.push({ copy: i, original: original.index, kind: 'near' });
  } else {
    language = random() < 0.9 ? 'en' : pick([...sentencesByLanguage.keys()].filter((key) => key !== 'en'));
    head = title(language);
    paragraphs = body(language);
  }
  const lines = [...site.header, head];
  if (random() < 0.08) lines.push(`${paragraphs[0].slice(0, 140).replace(/\s+\S*$/, '')}…`);
  lines.push(...paragraphs);
  // The body twice over, as in the seed fixture.
  if (random() < 0.08) lines.push(...paragraphs);
  if (site.sidebar) lines.push(site.sidebar, ...Array.from({ length: between(3, 5) }, () => title('en')));
  lines.push(...site.footer);
  const text = `${lines.join('\n\n')}\n`;
  const index = i;
  const file = path.join(site.name, `${String(i).padStart(6, '0')}.txt`);
  articles.push({ index, family, head, paragraphs, language, site: site.name, file, text });
  if (family === index) originals.push(articles[index]);
}
// Input order is the sorted path, as winnow walks a folder; the JSONL file has the same order.
const byPath = [...articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

const dir = mkdtempSync(path.join(os.tmpdir(), 'winnow-corpus-'));
// Removed however the run ends, a failed one included: the corpus is some 400 MB with the outputs.
process.on('exit', () => (keep ? console.log(`kept ${dir}`) : rmSync(dir, { recursive: true, force: true })));
let bytes = 0;
const jsonl = [];
for (const article of byPath) {
  mkdirSync(path.join(dir, 'in', article.site), { recursive: true });
  writeFileSync(path.join(dir, 'in', article.file), article.text);
  bytes += Buffer.byteLength(article.text);
  jsonl.push(JSON.stringify({ url: `https://${article.site}.example/2024/${article.index}`, site: article.site, text: article.text }));
}
writeFileSync(path.join(dir, 'corpus.jsonl'), `${jsonl.join('\n')}\n`);
const jsonlBytes = statSync(path.join(dir, 'corpus.jsonl')).size;
jsonl.length = 0;

const mb = (n) => (n / 1e6).toFixed(1);
console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(
  `corpus: ${ARTICLES.toLocaleString('en')} articles from ${sites.length} sites, ${mb(bytes)} MB in files, ${mb(jsonlBytes)} MB as JSONL; ` +
    `planted ${planted.filter((p) => p.kind === 'exact').length} exact and ${planted.filter((p) => p.kind === 'near').length} near copies across files (in ${dir})`,
);

// ---- runs -----------------------------------------------------------------------------------
/** bin/winnow.js in a child that reports its own peak memory and CPU time (all threads) on fd 3 as it exits. */
function winnow(argv, { stdin = 'ignore', stdout = 'ignore' } = {}) {
  const probe = path.join(dir, 'probe.mjs');
  writeFileSync(probe, `import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); writeSync(3, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })); }); process.argv[1] = ${JSON.stringify(bin)}; await import(${JSON.stringify(bin)});`);
  const started = performance.now();
  const child = spawnSync(process.execPath, [probe, ...argv], { cwd: dir, stdio: [stdin, stdout, 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - started;
  if (child.status !== 0) return { error: `winnow ${argv.join(' ')} exited ${child.status}: ${child.stderr.slice(0, 400)}` };
  return { ms, ...JSON.parse(child.output[3]) };
}

/** A shell command under GNU time, for its wall time and peak memory. */
function shell(command) {
  const started = performance.now();
  const child = spawnSync('/usr/bin/time', ['-f', 'peak %M', 'sh', '-c', command], { cwd: dir, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`${command} exited ${child.status}: ${child.stderr}`);
  return { ms, maxRssKb: Number(/peak (\d+)/.exec(child.stderr)?.[1] ?? NaN) };
}

const line = (label, size, docs, run, against) =>
  console.log(
    `  ${label.padEnd(34)} ${(run.ms / 1000).toFixed(2).padStart(7)} s  ${String(Math.round(docs / (run.ms / 1000))).padStart(6)} docs/s  ${(size / 1e6 / (run.ms / 1000)).toFixed(1).padStart(6)} MB/s  peak ${(run.maxRssKb / 1024).toFixed(0).padStart(4)} MB` +
      (run.cpuMs ? `  CPU ${(run.cpuMs / 1000).toFixed(1)} s` : '') +
      (against ? `  (${against.map(([name, base]) => `${(run.ms / base.ms).toFixed(1)}x ${name}`).join(', ')})` : ''),
  );

const files = "find in -type f -name '*.txt' -print0 | sort -z | xargs -0 cat";
console.log('folder of files:');
const cat = shell(`${files} > cat.txt`);
const awk = shell(`${files} | awk '!seen[$0]++' > awk.txt`);
line('cat', bytes, ARTICLES, cat);
line("awk '!seen[$0]++'", bytes, ARTICLES, awk);
const folder = winnow(['in', '-o', 'out', '--report', 'report.json', '--quiet', ...(jobs ? ['--jobs', jobs] : [])]);
if (folder.error) throw new Error(folder.error);
line(`winnow -o out --report${jobs ? ` --jobs ${jobs}` : ''}`, bytes, ARTICLES, folder, [['cat', cat], ['awk', awk]]);

// The planted copies against the report. A pair is found when one of the two is flagged as a copy
// of a member of its family: of the original, or of another copy of it that came first.
const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
const duplicateOf = new Map(report.files.map((record) => [record.input, record.duplicateOf]));
const shown = (article) => path.join('in', article.file);
// Planted copies form families (a copy of a copy belongs with both): a flag within a family is expected.
const familyByInput = new Map(articles.map((article) => [shown(article), article.family]));
const root = (input) => familyByInput.get(input);
const { signText, estimateSimilarity } = await import(path.join(repo, 'dist/corpus/minhash.js'));
const { normalizeForMatch } = await import(path.join(repo, 'dist/core/normalize.js'));
const cleaned = (article) => normalizeForMatch(readFileSync(path.join(dir, 'out', article.file), 'utf8'));
/** The true Jaccard similarity of two cleaned texts' 5-word shingles, counted directly. */
function jaccard(a, b) {
  const shingles = (text) => {
    const words = text.match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? [];
    return new Set(words.slice(0, Math.max(1, words.length - 4)).map((_, i) => words.slice(i, i + 5).join(' ')));
  };
  const left = shingles(a);
  const right = shingles(b);
  let shared = 0;
  for (const shingle of left) if (right.has(shingle)) shared++;
  return shared / (left.size + right.size - shared);
}
const found = { exact: 0, near: 0, nearAbove: 0, above: 0 };
const missed = [];
const errors = [];
for (const p of planted) {
  const flaggedInFamily = (article) => duplicateOf.get(shown(article)) != null && root(duplicateOf.get(shown(article))) === article.family;
  const same = flaggedInFamily(articles[p.copy]) || flaggedInFamily(articles[p.original]);
  if (same) found[p.kind]++;
  if (p.kind !== 'near') continue;
  const [copy, original] = [cleaned(articles[p.copy]), cleaned(articles[p.original])];
  const truth = jaccard(copy, original);
  errors.push(estimateSimilarity(signText(copy), signText(original)) - truth);
  if (truth < 0.8) continue;
  found.above++;
  if (same) found.nearAbove++;
  else missed.push(truth);
}
const meanError = errors.reduce((sum, e) => sum + e, 0) / errors.length;
const sdError = Math.sqrt(errors.reduce((sum, e) => sum + (e - meanError) ** 2, 0) / errors.length);
const flagged = report.files.filter((record) => record.duplicateOf);
const unplanted = flagged.filter((record) => root(record.input) !== root(record.duplicateOf));
const similarities = flagged.filter((record) => record.similarity < 1).map((record) => record.similarity);
console.log(
  `  duplicates across files: exact ${found.exact}/${planted.filter((p) => p.kind === 'exact').length} planted pairs found, near ${found.near}/${planted.filter((p) => p.kind === 'near').length} (${found.nearAbove}/${found.above} of those at a true similarity of 0.8 or more${missed.length ? `; the missed ones at ${Math.min(...missed).toFixed(2)}–${Math.max(...missed).toFixed(2)}` : ''}); ` +
    `${flagged.length} records flagged, ${unplanted.length} not explained by a planted pair; near similarities ${similarities.length ? `${Math.min(...similarities).toFixed(2)}–${Math.max(...similarities).toFixed(2)}` : 'none'}`,
);

// What the cross-file check costs, measured apart over the cleaned files: making each text's print
// (folding, signature, hash), which the worker threads do when there are any, and looking it up,
// which the main thread does in input order.
const { DuplicateDocuments, printOf } = await import(path.join(repo, 'dist/cli/duplicate-documents.js'));
const documents = new DuplicateDocuments();
let printMs = 0;
let lookupMs = 0;
let cleanedBytes = 0;
for (const record of report.files) {
  const text = readFileSync(path.join(dir, record.output), 'utf8');
  cleanedBytes += Buffer.byteLength(text);
  const started = performance.now();
  const print = printOf(text, documents.threshold);
  const printed = performance.now();
  const check = print && documents.find(print);
  if (check?.print) documents.keep(check.print, record.input);
  printMs += printed - started;
  lookupMs += performance.now() - printed;
}
console.log(
  `  the duplicate check, measured apart: making the prints ${(printMs / 1000).toFixed(2)} s (${(cleanedBytes / 1e6 / (printMs / 1000)).toFixed(0)} MB/s of cleaned text; in the worker threads), ` +
    `looking them up ${(lookupMs / 1000).toFixed(2)} s (in the main thread, ${((100 * lookupMs) / folder.ms).toFixed(1)}% of the wall time)`,
);

console.log(`  MinHash estimate minus true similarity of the cleaned texts, over the ${errors.length} planted near pairs: mean ${meanError >= 0 ? '+' : ''}${meanError.toFixed(3)}, sd ${sdError.toFixed(3)}`);
console.log('one JSONL file:');
const catJsonl = shell('cat corpus.jsonl > cat.jsonl');
const awkJsonl = shell("awk '!seen[$0]++' corpus.jsonl > awk.jsonl");
line('cat', jsonlBytes, ARTICLES, catJsonl);
line("awk '!seen[$0]++'", jsonlBytes, ARTICLES, awkJsonl);
const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' }).stdout;
if (!/--jsonl\b/.test(help)) {
  console.log('  winnow --jsonl                     not in this build (winnow --help has no --jsonl)');
} else {
  const input = openSync(path.join(dir, 'corpus.jsonl'), 'r');
  const output = openSync(path.join(dir, 'out.jsonl'), 'w');
  const run = winnow(['--jsonl', '--quiet', ...(jobs ? ['--jobs', jobs] : [])], { stdin: input, stdout: output });
  closeSync(input);
  closeSync(output);
  const lines = run.error ? 0 : readFileSync(path.join(dir, 'out.jsonl'), 'utf8').split('\n').length - 1;
  if (run.error) console.log(`  winnow --jsonl: ${run.error}`);
  else if (lines !== ARTICLES) console.log(`  winnow --jsonl wrote ${lines} lines for ${ARTICLES} articles`);
  else line(`winnow --jsonl < in > out${jobs ? ` --jobs ${jobs}` : ''}`, jsonlBytes, ARTICLES, run, [['cat', catJsonl], ['awk', awkJsonl]]);
}

