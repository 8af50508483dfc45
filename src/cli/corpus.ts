import path from 'node:path';
import { readSettingsFile } from '../io/find-config.js';
import type { InputFile } from '../io/walk.js';
import { siteOfPath } from '../corpus/site.js';
import type { TemplateTable } from '../corpus/templates.js';
import type { CorpusSettings } from './settings.js';
import { UsageError } from './usage-error.js';

/**
 * Which site an input belongs to: the one `--site` names; else its first folder under
 * `--site-root`; else its first folder under the folder or glob base it was found in. Files
 * named one by one have no folder under their argument, so a sharded run that names files
 * gives `--site-root` to group them as a run over the whole folder would.
 */
export function siteFinder(corpus: CorpusSettings): (input: InputFile | 'stdin') => string {
  const { site, siteRoot } = corpus;
  if (site !== undefined) return () => site;
  return (input) => {
    if (input === 'stdin') return '';
    return siteOfPath(siteRoot !== undefined ? path.relative(siteRoot, input.absolute) : input.relative);
  };
}

/**
 * The profile's template fingerprints under the thresholds, in shared memory, so that every
 * worker thread reads the same arrays instead of a copy. Problems with the file are usage errors:
 * nothing has been cleaned yet.
 */
export async function loadTemplates(corpus: CorpusSettings, cwd: string): Promise<TemplateTable | undefined> {
  const file = corpus.profileFile;
  if (file === undefined) return undefined;
  const shown = path.relative(cwd, file) || file;
  const { parseProfile, ProfileError } = await import('../corpus/profile.js');
  const { templateTable, DEFAULT_THRESHOLDS } = await import('../corpus/templates.js');
  let text: string;
  try {
    text = readSettingsFile(file);
  } catch (error) {
    throw new UsageError(`${shown}: cannot read the profile: ${(error as Error).message}`);
  }
  try {
    const thresholds = {
      minDocs: corpus.templateMinDocs ?? DEFAULT_THRESHOLDS.minDocs,
      minShare: corpus.templateMinShare ?? DEFAULT_THRESHOLDS.minShare,
    };
    const profile = parseProfile(text);
    if (profile.options.prunedBelow > thresholds.minDocs) {
      throw new ProfileError(
        `pruned below ${profile.options.prunedBelow} documents, so it cannot tell which lines recur in ${thresholds.minDocs}; lower --prune-below or raise --template-min-docs`,
      );
    }
    return templateTable(profile, thresholds, (bytes) => new SharedArrayBuffer(bytes));
  } catch (error) {
    if (error instanceof ProfileError) throw new UsageError(`${shown}: ${error.message}`);
    throw error;
  }
}
