import { describe, expect, it } from 'vitest';
import { CliError, UsageError } from './io';
import type { CliIO } from './io';
import { main } from './main';
import type { CommandModule } from './main';

function capture(): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd: '/',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

const fake = (run: CommandModule['run'], usage?: string) => async () => ({
  run,
  ...(usage === undefined ? {} : { usage }),
});

describe('main (dispatcher)', () => {
  it('says a command is not available yet when its module is missing', async () => {
    const io = capture();
    expect(await main(['push', 'map.json'], io, async () => null)).toBe(1);
    expect(io.err).toBe('journey push: not available yet in this version\n');
  });

  it('passes the remaining arguments and returns the command exit code', async () => {
    const io = capture();
    let seen: string[] = [];
    const code = await main(
      ['export', 'a', '--pdf', 'b'],
      io,
      fake(async (args, cio) => {
        seen = args;
        cio.stdout('done\n');
        return 0;
      }),
    );
    expect(code).toBe(0);
    expect(seen).toEqual(['a', '--pdf', 'b']);
    expect(io.out).toBe('done\n');
  });

  it('maps thrown errors to exit codes with one line and no stack trace', async () => {
    const cases: [Error, number, string][] = [
      [
        new UsageError('--relay is required'),
        2,
        'journey pull: --relay is required\nRun "journey pull --help" for usage.\n',
      ],
      [new CliError('relay ws://x unreachable', 3), 3, 'journey pull: relay ws://x unreachable\n'],
      [new TypeError('boom'), 1, 'journey pull: unexpected error: boom\n'],
    ];
    for (const [error, code, text] of cases) {
      const io = capture();
      expect(
        await main(
          ['pull', 'm'],
          io,
          fake(async () => Promise.reject(error)),
        ),
      ).toBe(code);
      expect(io.err).toBe(text);
    }
  });

  it('prints a command usage for --help when the module has one', async () => {
    const io = capture();
    expect(
      await main(
        ['push', '--help'],
        io,
        fake(async () => 9, 'usage: journey push'),
      ),
    ).toBe(0);
    expect(io.out).toBe('usage: journey push\n');
  });

  it('prints the overview: on stdout for --help, on stderr (exit 2) without a command', async () => {
    const help = capture();
    expect(await main(['--help'], help)).toBe(0);
    expect(help.out).toContain('journey <command>');
    const none = capture();
    expect(await main([], none)).toBe(2);
    expect(none.err).toContain('journey <command>');
  });
});
