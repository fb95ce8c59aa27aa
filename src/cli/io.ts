/** What a CLI command may touch of the outside world; tests pass their own. */
export interface CliIO {
  /** writes text as is (add "\n" yourself) */
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** the directory relative paths are resolved against */
  readonly cwd: string;
}

/** Exit codes of `journey`, as promised in shared/spec/interfaces.md. */
export const EXIT = {
  ok: 0,
  /** invalid input or refused (existing file, invalid map, denied by the relay) */
  invalid: 1,
  usage: 2,
  relayUnreachable: 3,
} as const;

/** A failure the user caused or can fix: printed as one line, no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.invalid,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A wrong command line: printed with a hint to `--help`, exit code 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = 'UsageError';
  }
}
