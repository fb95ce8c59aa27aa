import { describe, expect, it } from 'vitest';
import { fixtureText } from './fixtures.testkit';
import { MAX_FILE_BYTES, parseMapFile } from './parseMapFile';
import { formatIssues } from './validation';

function problems(input: string | Uint8Array): string[] {
  const result = parseMapFile(input);
  return result.ok ? [] : formatIssues(result.errors);
}

describe('parseMapFile', () => {
  const text = fixtureText('kfz-versicherung');

  it('reads a fixture from text and from UTF-8 bytes (with a BOM)', () => {
    const fromText = parseMapFile(text);
    const fromBytes = parseMapFile(new TextEncoder().encode(`\uFEFF${text}`));
    expect(fromText.ok && fromBytes.ok).toBe(true);
    if (fromText.ok && fromBytes.ok) expect(fromBytes.map).toEqual(fromText.map);
  });

  it('reports malformed JSON with line and column', () => {
    // a trailing comma after the "kind" line (line 4 of the fixture)
    const broken = text.replace('"kind": "map",', '"kind": "map",,');
    expect(problems(broken)).toEqual([
      'the file is not valid JSON: expected a property name in double quotes, found "," at line 4, column 17',
    ]);
  });

  it('reports a truncated file as truncated', () => {
    const [line] = problems(text.slice(0, 2_000));
    expect(line).toMatch(
      /^the file is not valid JSON: .*\(it looks truncated\) at line \d+, column \d+$/,
    );
  });

  it('explains a few other syntax errors', () => {
    expect(problems('{"a": tru}')[0]).toBe(
      'the file is not valid JSON: unexpected "t" where a value should start at line 1, column 7',
    );
    expect(problems('{"a": "x\ny"}')[0]).toBe(
      'the file is not valid JSON: a line break inside a string (write line breaks as \\n) at line 1, column 9',
    );
    expect(problems('{} {}')[0]).toBe(
      'the file is not valid JSON: unexpected "{" after the end of the JSON value at line 1, column 4',
    );
    expect(problems('[1, 2}')[0]).toBe(
      "the file is not valid JSON: expected ',' or ']', found \"}\" at line 1, column 6",
    );
    expect(problems('  ')).toEqual(['the file is empty']);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(problems(new Uint8Array([0x7b, 0xff, 0x7d]))).toEqual([
      'the file is not valid UTF-8 text',
    ]);
  });

  it('refuses a file over 50 MiB before parsing it', () => {
    // all blanks: were it parsed at all, the answer would be "the file is empty"
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20);
    expect(problems(big)).toEqual(['the file is 50.0 MiB; files over 50 MiB are refused']);
    const bigText = `"${'é'.repeat(MAX_FILE_BYTES / 2)}"`; // 2 bytes each in UTF-8
    expect(problems(bigText)[0]).toMatch(/files over 50 MiB are refused$/);
  });

  it('accepts a file just under the limit in UTF-16 length but counts UTF-8 bytes', () => {
    // 20 Mi characters of 'é' are 40 MiB in UTF-8: under the limit, so it is parsed (and refused as not a map)
    const text20 = `"${'é'.repeat(20 * 1024 * 1024)}"`;
    expect(problems(text20)).toEqual(['the file must hold a JSON object (a journey map)']);
  });

  it('refuses a newer format version', () => {
    expect(problems(text.replace('"formatVersion": 1', '"formatVersion": 2'))).toEqual([
      'formatVersion: written by a newer Journeyboard: format version 2; this version reads 1',
    ]);
  });
});
