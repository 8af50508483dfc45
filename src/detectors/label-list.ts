import { blockFinding, plural, type Detector } from './detector.js';

const MIN_WORDS = 20;
const MIN_CHARS = 150;

export const labelList: Detector = {
  id: 'label-list',
  description: 'Long lines of short title-cased phrases with no sentence structure: tag clouds, category and label lists.',
  detect(analysis) {
    const findings = [];
    for (const block of analysis.doc.blocks) {
      const f = analysis.features[block.index]!;
      const words = f.wordCount;
      if (words < MIN_WORDS || f.chars < MIN_CHARS || f.otherScript) continue;
      // Prose ends sentences about every 25 words; a label list runs hundreds of words without one.
      if (f.sentenceEnds > words / 60) continue;
      if (f.capitalRatio < 0.55) continue;
      if (analysis.language && f.stopwordRatio > 0.25) continue;
      // Commas and figures mark references and addresses, which are content; labels run bare.
      const commas = block.text.split(',').length - 1;
      if (commas > words * 0.1 || f.words.filter((w) => /^\d/.test(w)).length > words * 0.1) continue;
      const reason = `${plural(words, 'word')} with ${Math.round(f.capitalRatio * 100)}% capitalised and ${plural(f.sentenceEnds, 'sentence end')}: a list of labels, not prose`;
      findings.push(blockFinding(analysis, this.id, 'labels', block.index, block.index, reason, 0.85));
    }
    return { findings };
  },
};
