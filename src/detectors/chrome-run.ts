import { blockFinding, type Detector } from './detector.js';
import { bodyBounds, findTitle, readsAsVerse, roles } from './regions.js';

// A label, a colon, then three words or more: a line that is a whole link in itself.
const SELF_CONTAINED = /^[^:：]{1,40}[:：]\s*\S+(?:\s+\S+){2,}/u;

export const chromeRun: Detector = {
  id: 'chrome-run',
  description: 'Short lines caught between two chrome lines, such as a widget\'s items between its title and the next widget.',
  detect(analysis, earlier) {
    const role = roles(analysis, earlier);
    // The headline may stand between two chrome lines (a sign-in row above it, a follow button
    // and a reading time under it), and it is no widget's item.
    const bounds = bodyBounds(role);
    const title = bounds ? findTitle(analysis, role, bounds.first, false) : undefined;
    const findings = [];
    let lastChrome = -1;
    for (let i = 0; i < role.length; i++) {
      const r = role[i];
      if (r === 'chrome') {
        if (lastChrome >= 0 && i - lastChrome > 1 && !readsAsVerse(analysis, lastChrome + 1, i - 1)) {
          const reason = `short lines between chrome on lines ${analysis.doc.blocks[lastChrome]!.line + 1} and ${analysis.doc.blocks[i]!.line + 1}`;
          // The run goes around the headline.
          const pieces = title !== undefined && title > lastChrome && title < i ? [[lastChrome + 1, title - 1], [title + 1, i - 1]] : [[lastChrome + 1, i - 1]];
          for (const [a, z] of pieces) if (a! <= z!) findings.push(blockFinding(analysis, this.id, 'boilerplate', a!, z!, reason, 0.7));
        }
        // A link that carries its own headline ("Read also: TITLE") heads nothing under it: the
        // short lines after it are the article's (a list between paragraphs), not its items.
        lastChrome = SELF_CONTAINED.test(analysis.doc.blocks[i]!.text) ? -1 : i;
      } else if (r !== 'short' || analysis.doc.blocks[i]!.heading === 1) {
        // A top-level heading is a page's title, not a widget's item, even among chrome lines.
        lastChrome = -1;
      }
    }
    return { findings };
  },
};

