import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { runVerbatim } from "../../src/cli/program.js";

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function capture(isTTY: boolean): { stream: Writable & { isTTY: boolean }; text(): string } {
  let written = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      written += String(chunk);
      done();
    },
  }) as Writable & { isTTY: boolean };
  stream.isTTY = isTTY;
  return { stream, text: () => written };
}

/**
 * Runs `verbatim` in this process, as a user would call it, with a private DATA_DIR unless one is given and no
 * `.env`. `stdin` is what standard input gives; `tty` makes stderr a terminal.
 */
export async function runCli(
  args: string[],
  env: Record<string, string> = {},
  options: { stdin?: string; tty?: boolean } = {},
): Promise<CliRun> {
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), "verbatim-cli-"));
  const stdout = capture(false);
  const stderr = capture(options.tty ?? false);
  const code = await runVerbatim(args, {
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin, "utf8")]),
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: { DATA_DIR: dataDir, ...env },
    dotenv: {},
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
