import type { Detector } from './detector.js';
import { bodyBounds, findTitle, keptCopies, mainRun, regionFindings, roles, spareKeptCopies } from './regions.js';

export const headerRegion: Detector = {
  id: 'header-region',
  description: 'The head before the article\'s title (navigation, site name, menus) when it is made of chrome and short lines; the title stays.',
  detect(analysis, earlier) {
    const role = roles(analysis, earlier);
    const bounds = bodyBounds(role);
    if (!bounds) return { findings: [] };
    // The headline sits just above the article's main stretch, which may start after a long
    // line of related links that merely reads like prose; a `#` headline there is trusted.
    const main = mainRun(analysis, role);
    const headline = main ? findTitle(analysis, role, main.first, true) : undefined;
    const title = headline ?? findTitle(analysis, role, bounds.first, false);
    const metadata = title === undefined ? {} : { title: analysis.doc.blocks[title]!.text };
    const copies = keptCopies(analysis, earlier);
    // The head is cut after any kept copy in it, never before: the title end stays where it is.
    let [first, end] = [0, (title ?? bounds.first) - 1];
    for (const c of copies) if (c.kept <= end && !(c.removed[0] <= end)) first = Math.max(first, c.kept + 1);
    [first, end] = spareKeptCopies(copies, first, end);
    return {
      findings: regionFindings(analysis, this.id, 'header', first, end, role, 'before the title'),
      metadata,
      ...(title === undefined ? {} : { protect: [title] }),
    };
  },
};
