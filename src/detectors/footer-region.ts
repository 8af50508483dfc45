import type { Detector } from './detector.js';
import { bodyBounds, keptCopies, regionFindings, roles } from './regions.js';

export const footerRegion: Detector = {
  id: 'footer-region',
  description: 'The tail after the last body paragraph when it is made of chrome and short lines (comment forms, archives, label lists).',
  detect(analysis, earlier) {
    const role = roles(analysis, earlier);
    const bounds = bodyBounds(role);
    if (!bounds) return { findings: [] };
    // Short sentences right after the last paragraph still belong to the article (a sign-off, a last line).
    let start = Math.max(bounds.last, keptCopies(analysis, earlier).at(-1) ?? -1) + 1;
    while (start < role.length && (role[start] === 'sentence' || role[start] === 'claimed')) start++;
    return { findings: regionFindings(analysis, this.id, 'footer', start, role.length - 1, role, 'after the last body paragraph') };
  },
};
