#!/usr/bin/env node
/**
 * Trains the block classifier (src/detectors/block-classifier.ts) on the evaluation dev set and
 * writes src/detectors/block-classifier.weights.json. Run `npm run train` (it builds first: the
 * features come from dist/, so training sees exactly what the detector sees).
 *
 * Data: the gold documents of ../shared/eval/dev (ce-*, dn-*). Every detector that runs before
 * the classifier runs first (all of them: it is meant to run last), so the features about earlier
 * findings are the ones the detector gets. Only the blocks the detector may judge are samples:
 * outside the article's main stretch, found by no earlier detector (see blockTable).
 *
 * Labels, per block, on the scorer's tokens (NFKC, lower case, runs of letters and digits):
 * - a block of 4 tokens or more is body when its token sequence occurs in the gold's;
 * - a shorter block is body only when it is a whole gold paragraph (a heading, a list item):
 *   "Home" or "Share" occur inside many a gold text, so a substring says nothing about them;
 * - a partial match (a block the annotators cut, or CleanEval's glued words): a block of 8 tokens
 *   or more is body when 60% or more of its token trigrams occur in the gold, chrome when 20% or
 *   less do; in between it is left out of training and scoring as ambiguous;
 * - blocks with no tokens are left out (the scorer does not see them either).
 *
 * Model: L2-regularised logistic regression on standardised features, fitted by full-batch
 * gradient descent (written here; no ML dependency). Evaluation: 5-fold cross-validation grouped
 * by site (manifest `site`), folds assigned by an FNV-1a hash of the site, so no site is in two folds.
 * The threshold is chosen on the out-of-fold predictions, for recall (see chooseThreshold).
 *
 * With --e2e it also cleans every document end to end with the detector last in line, using the
 * model of the fold that never saw the document's site, and prints the scorer's micro P/R/F1 per
 * source beside the same figures without the detector: what to expect on unseen sites.
 *
 * --lambda (default 0.03) and --budget (the share of gold tokens the threshold may lose out of
 * fold, default 0.002) were chosen by that cross-validated end-to-end F1, with recall >= 0.97.
 * --errors lists the worst out-of-fold mistakes.
 *
 * Usage: node test/train/train.mjs [--set DIR] [--out FILE] [--dry-run] [--errors] [--e2e]
 *        [--lambda L] [--budget B]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse, resolveSettings } from '../../dist/core/analysis.js';
import { allDetectors } from '../../dist/detectors/index.js';
import { blockTable, FEATURES, makeBlockClassifier } from '../../dist/detectors/block-classifier.js';
import { cleanText } from '../../dist/core/clean.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const SET = resolve(root, option('--set', '../shared/eval/dev'));
const OUT = resolve(root, option('--out', 'src/detectors/block-classifier.weights.json'));
const DRY = args.includes('--dry-run');
const ERRORS = args.includes('--errors');
const END_TO_END = args.includes('--e2e');

const FOLDS = 5;
const LAMBDA = Number(option('--lambda', '0.03'));
const STEPS = 3000;
const RATE = 0.5;
// The threshold may cost at most this share of the gold tokens of the whole set (out of fold):
// about what it may take off the scorer's recall.
const BODY_LOSS_BUDGET = Number(option('--budget', '0.002'));
// The detectors the classifier sees as `earlier`: those before it in src/detectors/index.ts, or
// all of them while it is not listed there (it is meant to run last).
const AT = allDetectors.findIndex((d) => d.id === 'block-classifier');
const BEFORE = AT < 0 ? allDetectors : allDetectors.slice(0, AT);

const tokens = (text) => text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** 1 body, 0 chrome, undefined when left out (see the header). */
function labeller(gold) {
  const paragraphs = gold.split('\n').map((l) => tokens(l).join(' ')).filter(Boolean);
  const whole = new Set(paragraphs);
  const stream = ` ${paragraphs.join(' ')} `;
  const trigrams = new Set();
  for (const p of paragraphs) {
    const t = p.split(' ');
    for (let i = 0; i + 2 < t.length; i++) trigrams.add(`${t[i]} ${t[i + 1]} ${t[i + 2]}`);
  }
  return (text) => {
    const t = tokens(text);
    if (t.length === 0) return undefined;
    const joined = t.join(' ');
    if (t.length < 4) return whole.has(joined) ? 1 : 0;
    if (stream.includes(` ${joined} `)) return 1;
    if (t.length < 8) return 0;
    let hit = 0;
    for (let i = 0; i + 2 < t.length; i++) if (trigrams.has(`${t[i]} ${t[i + 1]} ${t[i + 2]}`)) hit++;
    const share = hit / (t.length - 2);
    return share >= 0.6 ? 1 : share <= 0.2 ? 0 : undefined;
  };
}

function loadSamples() {
  const manifest = readFileSync(join(SET, 'manifest.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const docs = manifest.filter((m) => m.has_gold && /^(ce|dn)-/.test(m.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const settings = resolveSettings();
  const samples = [];
  let ambiguous = 0;
  let goldTokens = 0;
  const goldBySource = {};
  for (const m of docs) {
    const input = readFileSync(join(SET, `${m.id}.txt`), 'utf8');
    const gold = readFileSync(join(SET, `${m.id}.gold.txt`), 'utf8');
    goldTokens += tokens(gold).length;
    goldBySource[m.source_dataset] = (goldBySource[m.source_dataset] ?? 0) + tokens(gold).length;
    const label = labeller(gold);
    const analysis = analyse(input, settings);
    const earlier = [];
    for (const d of BEFORE) earlier.push(...d.detect(analysis, earlier).findings);
    const table = blockTable(analysis, earlier);
    const fold = fnv1a(m.site) % FOLDS;
    analysis.doc.blocks.forEach((block, i) => {
      // The model learns only from blocks it may judge: outside the main stretch, found by no
      // earlier detector. Inside the stretch nearly everything is body and would only teach it that.
      if (!table.candidate[i]) return;
      const y = label(block.text);
      if (y === undefined) {
        if (tokens(block.text).length) ambiguous++;
        return;
      }
      samples.push({ text: block.text, x: table.rows[i], y, fold, doc: m.id, source: m.source_dataset, weight: tokens(block.text).length });
    });
  }
  return { docs, samples, ambiguous, goldTokens, goldBySource };
}

/**
 * The scorer's micro P/R/F1 per source, cleaning each document with and without the detector
 * (appended to the detector list, as a last look) built from its fold's model. The detector list
 * is the engine's own array, changed here for the measurement only.
 */
function crossValidatedClean(docs, models, threshold) {
  const list = allDetectors;
  const at = list.findIndex((d) => d.id === 'block-classifier');
  const listed = at >= 0 ? list.splice(at, 1) : [];
  const totals = {};
  const add = (out, gold) => {
    const o = new Map();
    const ot = tokens(out);
    for (const t of ot) o.set(t, (o.get(t) ?? 0) + 1);
    let overlap = 0;
    for (const [t, c] of o) overlap += Math.min(c, gold.get(t) ?? 0);
    const g = [...gold.values()].reduce((a, b) => a + b, 0);
    return { overlap, o: ot.length, g };
  };
  for (const m of docs) {
    const input = readFileSync(join(SET, `${m.id}.txt`), 'utf8');
    const gold = new Map();
    for (const t of tokens(readFileSync(join(SET, `${m.id}.gold.txt`), 'utf8'))) gold.set(t, (gold.get(t) ?? 0) + 1);
    const base = cleanText(input);
    const without = base.text;
    list.push(makeBlockClassifier({ ...models[fnv1a(m.site) % FOLDS], threshold }));
    const result = cleanText(input);
    const withIt = result.text;
    list.pop();
    if (ERRORS) {
      const lost = add(without, gold).overlap - add(withIt, gold).overlap;
      if (lost > 0) console.log(`e2e lost ${lost} gold tokens in ${m.id}`);
      const seen = new Set(base.findings.map((f) => `${f.detector} ${f.lines}`));
      if (lost > 20) for (const f of result.findings) if (!seen.has(`${f.detector} ${f.lines}`)) console.log(`  ${f.detector} lines ${f.lines.join('-')}: ${f.reason}`);
    }
    for (const [key, out] of [['without', without], ['with cv', withIt]]) {
      const r = add(out, gold);
      for (const k of [`${key.padEnd(8)} all`, `${key.padEnd(8)} ${m.source_dataset}`]) {
        totals[k] ??= { overlap: 0, o: 0, g: 0 };
        totals[k].overlap += r.overlap;
        totals[k].o += r.o;
        totals[k].g += r.g;
      }
    }
  }
  list.splice(at, 0, ...listed);
  for (const [k, t] of Object.entries(totals).sort()) {
    const p = t.overlap / t.o;
    const r = t.overlap / t.g;
    console.log(`end to end ${k.padEnd(18)} F1 ${((2 * p * r) / (p + r)).toFixed(4)} P ${p.toFixed(4)} R ${r.toFixed(4)}`);
  }
}

function standardise(samples) {
  const k = FEATURES.length;
  const mean = new Array(k).fill(0);
  const scale = new Array(k).fill(0);
  for (const s of samples) for (let j = 0; j < k; j++) mean[j] += s.x[j] / samples.length;
  for (const s of samples) for (let j = 0; j < k; j++) scale[j] += (s.x[j] - mean[j]) ** 2 / samples.length;
  return { mean, scale: scale.map((v) => (v > 1e-12 ? Math.sqrt(v) : 1)) };
}

/** Logistic regression by gradient descent on the mean log-loss plus λ/2·|w|² (intercept free). */
function fit(samples) {
  const { mean, scale } = standardise(samples);
  const k = FEATURES.length;
  const z = samples.map((s) => s.x.map((v, j) => (v - mean[j]) / scale[j]));
  const coef = new Array(k).fill(0);
  let intercept = 0;
  const n = samples.length;
  for (let step = 0; step < STEPS; step++) {
    const g = new Array(k).fill(0);
    let g0 = 0;
    for (let i = 0; i < n; i++) {
      let t = intercept;
      const zi = z[i];
      for (let j = 0; j < k; j++) t += coef[j] * zi[j];
      const err = 1 / (1 + Math.exp(-t)) - samples[i].y;
      g0 += err;
      for (let j = 0; j < k; j++) g[j] += err * zi[j];
    }
    intercept -= (RATE * g0) / n;
    for (let j = 0; j < k; j++) coef[j] -= RATE * (g[j] / n + LAMBDA * coef[j]);
  }
  return { features: [...FEATURES], mean, scale, coef, intercept };
}

function predict(model, x) {
  let t = model.intercept;
  for (let j = 0; j < x.length; j++) t += (model.coef[j] * (x[j] - model.mean[j])) / model.scale[j];
  return 1 / (1 + Math.exp(-t));
}

/**
 * Block-level figures for what the detector does: it flags a block outside the main stretch when
 * p(body) < threshold. P/R/F1 are for the flag (chrome is the positive class), by blocks and by
 * tokens; "body kept" is the share of body blocks outside the main stretch left alone; "gold lost"
 * is the flagged body tokens as a share of all gold tokens, what the flags cost the scorer's recall.
 */
function figures(samples, ps, threshold, gold = goldTokens) {
  let tp = 0, fp = 0, fn = 0, body = 0, tpTok = 0, fpTok = 0, fnTok = 0;
  samples.forEach((s, i) => {
    const flagged = ps[i] < threshold;
    if (s.y === 1) body++;
    if (flagged && s.y === 0) (tp++, (tpTok += s.weight));
    if (flagged && s.y === 1) (fp++, (fpTok += s.weight));
    if (!flagged && s.y === 0) (fn++, (fnTok += s.weight));
  });
  const prf = (a, b, c) => {
    const p = a + b ? a / (a + b) : 0;
    const r = a + c ? a / (a + c) : 0;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  return { chrome: prf(tp, fp, fn), chromeTokens: prf(tpTok, fpTok, fnTok), bodyKept: body ? 1 - fp / body : 1, goldLost: fpTok / gold };
}

/**
 * The highest threshold whose out-of-fold flags cost at most BODY_LOSS_BUDGET of the body tokens:
 * losing article text is the worst failure, so recall sets the bar and precision takes what is left.
 */
function chooseThreshold(samples, ps) {
  let best = 0;
  for (let t = 0.01; t <= 0.9; t += 0.01) {
    const f = figures(samples, ps, t);
    if (f.goldLost <= BODY_LOSS_BUDGET) best = Math.round(t * 100) / 100;
  }
  return best;
}

const round = (x, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
const show = (name, f) =>
  `${name.padEnd(9)} chrome P ${f.chrome.p.toFixed(3)} R ${f.chrome.r.toFixed(3)} F1 ${f.chrome.f1.toFixed(3)}` +
  ` | by tokens P ${f.chromeTokens.p.toFixed(3)} R ${f.chromeTokens.r.toFixed(3)} F1 ${f.chromeTokens.f1.toFixed(3)}` +
  ` | body kept ${f.bodyKept.toFixed(3)}, gold lost ${(f.goldLost * 100).toFixed(2)}%`;

const { docs, samples, ambiguous, goldTokens, goldBySource } = loadSamples();
const sites = new Set(docs.map((d) => d.site));
console.log(`${docs.length} documents, ${sites.size} sites, ${samples.length} blocks (${samples.filter((s) => s.y === 1).length} body) outside the main stretch, ${ambiguous} ambiguous left out`);

// Cross-validation by site: every block is predicted by a model that never saw its site.
const oof = new Array(samples.length);
const foldModels = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const m = fit(samples.filter((s) => s.fold !== fold));
  foldModels.push(m);
  samples.forEach((s, i) => {
    if (s.fold === fold) oof[i] = predict(m, s.x);
  });
}
const threshold = chooseThreshold(samples, oof);
if (ERRORS) {
  const wrong = samples.map((s, i) => ({ s, p: oof[i] })).filter(({ s, p }) => (s.y === 1) !== (p >= threshold));
  wrong.sort((a, b) => b.s.weight - a.s.weight);
  for (const { s, p } of wrong.slice(0, 60)) console.log(`${s.y ? 'LOST' : 'MISS'} ${s.doc} p=${p.toFixed(2)} ${s.text.slice(0, 110)}`);
}
const final = fit(samples);
const trainP = samples.map((s) => predict(final, s.x));
const train = figures(samples, trainP, threshold);
const cv = figures(samples, oof, threshold);
for (const t of [0.05, 0.1, 0.15, 0.2, 0.3, 0.5]) console.log(show(`  cv <${t}`, figures(samples, oof, t)));
console.log(`threshold p(body) < ${threshold} (at most ${BODY_LOSS_BUDGET * 100}% of the gold tokens lost out of fold)`);
console.log(show('training', train));
console.log(show(`cv ${FOLDS}-fold`, cv));
for (const source of ['cleaneval', 'dragnet']) {
  const idx = samples.map((s, i) => i).filter((i) => samples[i].source === source);
  console.log(show(`  ${source === 'cleaneval' ? 'ce' : 'dn'} cv`, figures(idx.map((i) => samples[i]), idx.map((i) => oof[i]), threshold, goldBySource[source])));
}
if (END_TO_END) crossValidatedClean(docs, foldModels, threshold);

const weights = {
  features: final.features,
  mean: final.mean.map((v) => round(v, 6)),
  scale: final.scale.map((v) => round(v, 6)),
  coef: final.coef.map((v) => round(v, 6)),
  intercept: round(final.intercept, 6),
  threshold,
  training: {
    command: 'npm run train',
    data: `../shared/eval/dev gold documents (ce-*, dn-*): ${docs.length} documents, ${sites.size} sites`,
    labels: 'a block is body when its tokens occur in the gold (rules in the header of test/train/train.mjs)',
    blocks: `${samples.length} blocks outside the main stretch that no earlier detector found`,
    bodyBlocks: samples.filter((s) => s.y === 1).length,
    ambiguousLeftOut: ambiguous,
    model: `logistic regression, L2 lambda ${LAMBDA}, ${STEPS} full-batch gradient steps at rate ${RATE}, standardised features`,
    threshold: `highest p(body) threshold losing at most ${BODY_LOSS_BUDGET * 100}% of the gold tokens out of fold`,
    cv: `${FOLDS} folds grouped by site (FNV-1a hash of manifest site)`,
    figures: Object.fromEntries(
      [['training', train], ['cv', cv]].map(([k, f]) => [
        k,
        { chromeP: round(f.chrome.p, 3), chromeR: round(f.chrome.r, 3), chromeF1: round(f.chrome.f1, 3), chromeTokensF1: round(f.chromeTokens.f1, 3), bodyKept: round(f.bodyKept, 3), goldTokensLost: round(f.goldLost, 4) },
      ]),
    ),
  },
};
if (!DRY) {
  writeFileSync(OUT, `${JSON.stringify(weights, null, 2)}\n`);
  console.log(`wrote ${OUT.slice(root.length + 1)}`);
}
