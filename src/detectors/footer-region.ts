import type { Detector } from './detector.js';
import { bodyBounds, keptCopies, regionFindings, roles, spareKeptCopies } from './regions.js';

export const footerRegion: Detector = {
  id: 'footer-region',
  description: 'The tail after the last body paragraph when it is made of chrome and short lines (comment forms, archives, label lists).',
  detect(analysis, earlier) {
    const role = roles(analysis, earlier);
    const bounds = bodyBounds(role);
    if (!bounds) return { findings: [] };
    // Short sentences right after the last paragraph still belong to the article (a sign-off, a last line).
    let start = bounds.last + 1;
    while (start < role.length && (role[start] === 'sentence' || role[start] === 'claimed')) start++;
    const [first, last] = spareKeptCopies(keptCopies(analysis, earlier), start, role.length - 1);
    // Only a stretch that still reaches the end is a footer.
    if (last < role.length - 1 && role.slice(last + 1).some((r) => r !== 'claimed')) return { findings: [] };
    return { findings: regionFindings(analysis, this.id, 'footer', first, last, role, 'after the last body paragraph') };
  },
};
