/** A JSON line's site (for corpus mode) and its name in a later copy's duplicateOf. */
import { describe, expect, test } from 'vitest';
import { lineIdentity, lineSite } from '../../src/cli/jsonl-line.js';

const fields = { siteField: 'site', urlField: 'url' };

describe('lineSite', () => {
  test.each([
    [{ site: ' gazette ', url: 'https://example.com/a' }, { site: 'gazette' }],
    [{ url: 'https://www.Example.COM/news?x=1' }, { site: 'example.com' }],
    [{ site: '', url: null }, { site: 'folder' }],
    [{}, { site: 'folder' }],
    [{ url: 'example.com/a' }, { site: 'folder', problem: '"url" is not a URL with a host name ("example.com/a"); its site is taken as "folder"' }],
    [{ url: 'mailto:desk@example.com' }, { site: 'folder', problem: '"url" is not a URL with a host name ("mailto:desk@example.com"); its site is taken as "folder"' }],
    [{ url: ['https://example.com/'] }, { site: 'folder', problem: '"url" is an array, not a string; its site is taken as "folder"' }],
    [{ site: 3, url: 'https://example.org/' }, { site: 'example.org', problem: '"site" is a number, not a string; its site is taken as "example.org"' }],
  ])('of %j: %j', (value, site) => {
    expect(lineSite(value, fields, 'folder')).toEqual(site);
  });

  test('names no site when the file has none', () => {
    expect(lineSite({ url: 'nope' }, fields, '').problem).toBe('"url" is not a URL with a host name ("nope"); its site is taken as none');
  });
});

describe('lineIdentity', () => {
  test.each([
    [{ id: 'a-1' }, undefined, 'a-1'],
    [{ id: 7.5 }, '7.50', '7.50'],
    [{ id: '' }, '""', 'in.jsonl:4'],
    [{ id: null }, 'null', 'in.jsonl:4'],
    [{ id: true }, 'true', 'in.jsonl:4'],
    [{}, undefined, 'in.jsonl:4'],
  ])('of %j (written %j): %j', (value, written, name) => {
    expect(lineIdentity(value, 'id', written, 'in.jsonl', 4)).toBe(name);
  });
});
