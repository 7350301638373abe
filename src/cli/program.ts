/**
 * `verbatim`: one parser for every command. Chat commands come from `commands/` through the terminal front end;
 * operator commands (the digest, and whatever else an operator runs by hand) are added next to them with the same
 * parser, so all get per-command help (`verbatim help verify`, `verbatim verify --help`), "did you mean" for a
 * mistyped command or flag, and an error for a flag the command does not have.
 */
import { existsSync, readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";

import { inProcessCorpus } from "../core/corpus-service.js";
import { systemClock } from "../core/logger.js";
import { addChatCommands } from "../front-ends/terminal/chat-commands.js";
import { createTerminalFrontEnd } from "../front-ends/terminal/terminal-front-end.js";
import { type CliIo, type CliSession, cliSession, reportFailure, UsageError } from "./cli-context.js";
import { addDigestCommand } from "./digest.js";
import { addIngestCommands } from "./ingest.js";

const DESCRIPTION = "Verbatim — check quotations against a corpus of news articles.";
const EPILOGUE = `
Exit status: 0 answered (whatever the verdict), 2 bad input or configuration, 1 unexpected failure.
Run verbatim help COMMAND for a command's options.`;

function version(): string {
  // Compiled code runs from dist/src/cli, sources from src/cli: walk up to the package root.
  for (let url = new URL("./", import.meta.url); url.pathname !== "/"; url = new URL("../", url)) {
    const candidate = new URL("package.json", url);
    if (existsSync(candidate))
      return (JSON.parse(readFileSync(candidate, "utf8")) as { version: string }).version;
  }
  return "unknown";
}

/** A place for operator commands: each adds itself to the program with the session it may use. */
export type OperatorCommand = (
  program: Command,
  session: CliSession,
  setExitCode: (code: number) => void,
) => void;

export const operatorCommands: readonly OperatorCommand[] = [addDigestCommand, addIngestCommands];

export function buildProgram(session: CliSession, setExitCode: (code: number) => void): Command {
  const { io } = session;
  const program = new Command("verbatim")
    .description(DESCRIPTION)
    .version(version(), "-v, --version", "print the version")
    .helpOption("-h, --help", "show help for a command")
    .addHelpText("after", EPILOGUE)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, "verbatim: ")),
    });
  addChatCommands(program, {
    async terminal(corpusDir) {
      const engine = await session.engine(corpusDir);
      const context = { corpus: inProcessCorpus(() => engine), logger: session.logger(), clock: systemClock };
      return createTerminalFrontEnd(io, context);
    },
    stdin: io.stdin,
    usage(message) {
      throw new UsageError(message);
    },
    setExitCode,
  });
  for (const add of operatorCommands) add(program, session, setExitCode);
  return program;
}

/** Runs `verbatim` with these arguments; resolves to the exit status. */
export async function runVerbatim(argv: readonly string[], io: CliIo): Promise<number> {
  const session = cliSession(io);
  let code = 0;
  const program = buildProgram(session, (next) => {
    code = next;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return 2;
    }
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and the version asked for exit 0; every parsing error (and help shown for one) is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    let logger: ReturnType<CliSession["logger"]> | undefined;
    try {
      logger = session.logger();
    } catch {
      logger = undefined;
    }
    return reportFailure(error, io, logger);
  }
}
