import type { Detector } from './detector.js';
import { bodyBounds, findTitle, regionFindings, roles } from './regions.js';

export const headerRegion: Detector = {
  id: 'header-region',
  description: 'The head before the article\'s title (navigation, site name, menus) when it is made of chrome and short lines; the title stays.',
  detect(analysis, earlier) {
    const role = roles(analysis, earlier);
    const bounds = bodyBounds(role);
    if (!bounds) return { findings: [] };
    const title = findTitle(analysis, role, bounds.first);
    const metadata = title === undefined ? {} : { title: analysis.doc.blocks[title]!.text };
    const end = (title ?? bounds.first) - 1;
    return {
      findings: regionFindings(analysis, this.id, 'header', 0, end, role, 'before the title'),
      metadata,
      ...(title === undefined ? {} : { protect: [title] }),
    };
  },
};
