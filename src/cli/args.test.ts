import { describe, expect, it } from 'vitest';
import { parseArgs, requireFlag } from './args';
import { UsageError } from './io';

const spec = { out: 'string', force: 'boolean', lang: 'string' } as const;

describe('parseArgs', () => {
  it('reads --x value, --x=value, boolean flags and positionals', () => {
    const parsed = parseArgs(['a.json', '--out', 'o.json', '--force', '--lang=de', 'b.json'], spec);
    expect(parsed).toEqual({
      flags: { out: 'o.json', force: true, lang: 'de' },
      positionals: ['a.json', 'b.json'],
      help: false,
    });
  });

  it('treats everything after -- as positionals', () => {
    expect(parseArgs(['--', '--force', '-x'], spec).positionals).toEqual(['--force', '-x']);
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['-f'], 'unknown option -f'],
    [['--out'], '--out needs a value'],
    [['--out', '--force'], '--out needs a value'],
    [['--force=yes'], '--force takes no value'],
    [['--lang', 'de', '--lang', 'en'], '--lang is given twice'],
  ])('refuses %j as a usage error', (args, message) => {
    expect(() => parseArgs(args, spec)).toThrow(new UsageError(message));
  });

  it('checks the number of positionals', () => {
    expect(() => parseArgs([], spec, { min: 1, names: ['file'] })).toThrow('missing <file>');
    expect(() => parseArgs(['a', 'b'], spec, { max: 1 })).toThrow('unexpected argument "b"');
  });

  it('answers --help before checking anything else', () => {
    expect(parseArgs(['--bogus', '-h'], spec, { min: 3 }).help).toBe(true);
  });

  it('requireFlag names the missing option', () => {
    expect(() => requireFlag(undefined, 'title')).toThrow('--title is required');
    expect(requireFlag('T', 'title')).toBe('T');
  });
});
