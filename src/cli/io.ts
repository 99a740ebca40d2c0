/**
 * Where a command writes and what it knows about its surroundings. `main` uses the process's;
 * tests pass their own to capture output.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  isTTY: boolean;
  /** The stream progress bars draw on. */
  progressStream?: NodeJS.WriteStream;
}

/**
 * The process's own streams.
 *
 * @example
 * processIo().stdout('hello\n');
 */
export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stderr.isTTY),
    progressStream: process.stderr,
  };
}
