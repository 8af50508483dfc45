/**
 * Which site a document belongs to, the unit a profile counts in: a footer that recurs in every
 * page of one site is template text there, and says nothing about another site's pages.
 */

/**
 * The site of a file: the first folder of its path below the root it was found under
 * (`example.com/2019/a.txt` is example.com's). A file directly in the root has no site (`''`).
 * Either separator is accepted, so the answer does not depend on the platform.
 */
export function siteOfPath(relative: string): string {
  const parts = relative.split(/[\\/]/).filter((part) => part !== '' && part !== '.');
  if (parts.length < 2 || parts[0] === '..') return '';
  return parts[0]!;
}

/**
 * The site of a record (a JSONL line): its `site` field when it has one, else the host of its
 * `url` field, lower-cased and without a leading `www.`; `''` when neither says.
 */
export function siteOfRecord(record: { site?: unknown; url?: unknown }): string {
  if (typeof record.site === 'string' && record.site.trim() !== '') return record.site.trim();
  if (typeof record.url !== 'string') return '';
  return siteOfUrl(record.url) ?? '';
}

/**
 * The site a URL names: its host name, lower-cased, without a leading `www.` (`www.example.com`
 * and `example.com` are one site). Undefined when the text is not a URL with a host name.
 */
export function siteOfUrl(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url.trim()).hostname;
  } catch {
    return undefined;
  }
  return host === '' ? undefined : host.toLowerCase().replace(/^www\./, '');
}

/** How a site is named in a reason: its name, or "the corpus" for documents without one. */
export function siteLabel(site: string): string {
  return site === '' ? 'the corpus' : site;
}
