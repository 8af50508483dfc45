import { OPTIONS, type OptionSpec } from './options.js';

const EXAMPLES = `Examples:
  winnow article.txt                      cleaned text on stdout
  curl -s URL | winnow > clean.txt        clean a pipe
  winnow scraped/ -o clean/ --report report.json
  winnow 'scraped/**/*.txt' --write       clean in place (quote globs)
  winnow scraped/ --check                 CI: exit 1 if any file would change
  winnow scraped/ -l | xargs ls -l        names of files that would change
  winnow article.txt --explain            what goes, and why
  winnow article.txt --diff --disable label-list
  winnow profile crawl/ -o profile.json   count each site's recurring lines
  winnow --profile profile.json crawl/ -o clean/
  zcat crawl.jsonl.gz | winnow --jsonl    JSON Lines: clean each line's text field
  winnow crawl.jsonl.gz -o clean/         gzip in, gzip out
  winnow profile crawl.jsonl -o p.json    sites from each line's site or url field
  winnow --profile p.json crawl.jsonl --drop-duplicates > clean.jsonl`;

const EXIT_CODES = `Exit codes:
  0    success
  1    --check or --list-different found files that would change
  2    bad usage, an input that failed (missing, unreadable, binary, not UTF-8,
       empty, not writable), a JSON line that could not be cleaned, or a crash
  130  stopped by SIGINT; 143 stopped by SIGTERM (no partial files are left)`;

/** `winnow --help`, made from the option table. */
export function helpText(): string {
  const groups = new Map<string, OptionSpec[]>();
  for (const spec of OPTIONS) groups.set(spec.group, [...(groups.get(spec.group) ?? []), spec]);
  const lines = [
    'Usage: winnow [options] [files, folders or globs...]',
    '       winnow profile [options] <files, folders or globs...>   (see winnow profile --help)',
    '',
    'Cleans scraped article text: removes duplicated body blocks and page boilerplate,',
    'and reports every removal. With no path, or with -, reads stdin. One input and no',
    'output option prints the cleaned text on stdout.',
  ];
  for (const [group, specs] of groups) {
    lines.push('', `${group}:`);
    for (const spec of specs) {
      const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${spec.name}${spec.value ? ` ${spec.value}` : ''}`;
      lines.push(`  ${flag.padEnd(36)}${spec.help}`);
    }
  }
  lines.push('', 'Flags override winnow.config.json (found from the working folder upward).');
  lines.push('Colour: --color/--no-color, then NO_COLOR, then FORCE_COLOR, then the terminal.');
  lines.push('', EXAMPLES, '', EXIT_CODES, '');
  return lines.join('\n');
}
