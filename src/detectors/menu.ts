import { blockFinding, type Detector } from './detector.js';

// Separators that join menu items on one line; a plain hyphen is left out, prose uses it as a dash.
// A row of buttons rendered to text is often joined by runs of spaces alone ("Send Flowers  Share").
const SEPARATOR = /\s+(?:[|·•»›⋅~]|\/|::)\s+|\s*[|·•]\s*|\s{2,}/u;
// What every separator but a run of spaces holds: most lines have none, and need not be split to
// find that out.
const SEPARATOR_MARK = /[|·•»›⋅~/:]/;
const DOUBLE_SPACE = /\s\s/;
const maySeparate = (text: string) => SEPARATOR_MARK.test(text) || DOUBLE_SPACE.test(text);
const MIN_ITEMS = 3;
// A table's rule line: dashes, with pipes or pluses where the columns meet ("+-----+-----+",
// "|-----|-----|"); a plain rule of dashes is not a table's.
const RULE_CHARS = /^[-|+:= ]+$/;
const isTableRule = (raw: string) => {
  const line = raw.trim();
  return line.includes('---') && (line.includes('|') || line.includes('+')) && RULE_CHARS.test(line);
};
const MAX_ITEM_WORDS = 4;

export const menu: Detector = {
  id: 'menu',
  description: 'Navigation menus written on one line, items joined by separators ("Home | About | Contact").',
  detect(analysis) {
    const findings = [];
    const { blocks } = analysis.doc;
    const itemsOf = (text: string) => text.split(SEPARATOR).map((s) => s.trim()).filter(Boolean);
    for (const block of blocks) {
      const text = block.text;
      if (text.length > 400 || analysis.features[block.index]!.sentenceEnds > 0 || !maySeparate(text)) continue;
      const items = itemsOf(text);
      if (items.length < MIN_ITEMS) continue;
      // Joined by spaces alone, the items are buttons only when each is a capitalised label and no
      // line beside it is spaced out too: rows of a table a text browser aligns ("Flour    two
      // cups    sifted") and a poem's spaced line are not.
      if (!SEPARATOR_MARK.test(text)) {
        const spacedNeighbour = [blocks[block.index - 1], blocks[block.index + 1]].some((b) => b !== undefined && DOUBLE_SPACE.test(b.text));
        if (spacedNeighbour || !items.every((item) => /^\p{Lu}/u.test(item))) continue;
      }
      // Figures and colons mark facts ("Prep Time: 2 Hours | Servings: 16"), not links.
      const short = items.every((item) => item.length <= 40 && item.split(/\s+/).length <= MAX_ITEM_WORDS && !/[\d:]/.test(item));
      if (!short) continue;
      // A row of a table drawn with rules ("+-----+-----+" or "|-----|-----|") above or below it.
      if ([blocks[block.index - 1], blocks[block.index + 1]].some((b) => b !== undefined && isTableRule(b.raw))) continue;
      // A table's header row: the next line has as many cells, with figures in them ("Team | P | W | Pts").
      const next = blocks[block.index + 1];
      if (next && maySeparate(next.text) && /\d/.test(next.text)) {
        const cells = itemsOf(next.text);
        if (cells.length === items.length && cells.some((cell) => /\d/.test(cell))) continue;
      }
      const reason = `${items.length} short items joined by separators ("${items.slice(0, 3).join('", "')}"…): a menu`;
      findings.push(blockFinding(analysis, this.id, 'menu', block.index, block.index, reason, 0.85));
    }
    return { findings };
  },
};
