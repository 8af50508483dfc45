import { blockFinding, type Detector } from './detector.js';
import { roles } from './regions.js';

export const chromeRun: Detector = {
  id: 'chrome-run',
  description: 'Short lines caught between two chrome lines, such as a widget\'s items between its title and the next widget.',
  detect(analysis, earlier) {
    const role = roles(analysis, earlier);
    const findings = [];
    let lastChrome = -1;
    for (let i = 0; i < role.length; i++) {
      const r = role[i];
      if (r === 'chrome') {
        if (lastChrome >= 0 && i - lastChrome > 1) {
          const reason = `short lines between chrome on lines ${analysis.doc.blocks[lastChrome]!.line + 1} and ${analysis.doc.blocks[i]!.line + 1}`;
          findings.push(blockFinding(analysis, this.id, 'boilerplate', lastChrome + 1, i - 1, reason, 0.7));
        }
        lastChrome = i;
      } else if (r !== 'short' || analysis.doc.blocks[i]!.heading === 1) {
        // A top-level heading is a page's title, not a widget's item, even among chrome lines.
        lastChrome = -1;
      }
    }
    return { findings };
  },
};
