/**
 * The chat commands on the command line: each definition in `commands/` becomes a subcommand whose options are the
 * definition's options, so `verbatim verify` and `/verify` are one command with one set of options.
 */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import {
  type CommandDefinition,
  type CommandRequest,
  commandMessages,
  commands,
  requestFromOptions,
} from "../../../commands/index.js";
import { readAll, runBatch } from "./batch.js";
import type { TerminalFrontEnd } from "./terminal-front-end.js";

/** Quotations listed at once on a terminal: all of them. */
const ALL = 1_000_000;

export interface ChatCommandHost {
  /** The terminal front end over the corpus of `--corpus DIR`, opened when a command runs. */
  terminal(corpusDir: string | undefined): Promise<TerminalFrontEnd>;
  stdin: NodeJS.ReadableStream;
  /** Raised for a usage mistake; the program prints it with exit status 2. */
  usage(message: string): never;
  setExitCode(code: number): void;
}

interface CommonFlags {
  json?: boolean;
  corpus?: string;
  batch?: string;
  [option: string]: unknown;
}

function forTerminal(request: CommandRequest): CommandRequest {
  return request.command === "quotes" ? { ...request, input: { ...request.input, pageSize: ALL } } : request;
}

async function readBatch(source: string, host: ChatCommandHost): Promise<string> {
  if (source === "-") return readAll(host.stdin);
  try {
    return await readFile(source, "utf8");
  } catch {
    return host.usage(`cannot read the batch file ${source}`);
  }
}

function addChatCommand(program: Command, definition: CommandDefinition, host: ChatCommandHost): void {
  const command = program.command(definition.name).description(definition.description);
  const positional = definition.options.find((o) => o.positional);
  if (positional) command.argument(`[${positional.name}]`, positional.description);
  for (const option of definition.options) {
    command.option(`--${option.name} <${option.name}>`, option.description);
  }
  if (definition.name === "verify") {
    command.option(
      "--batch <file>",
      'verify each line of a JSON Lines file ({"quote", "speaker"?}); - reads standard input',
    );
  }
  command
    .option("--json", "JSON Lines output for tooling")
    .option("--corpus <dir>", "folder of articles (default: CORPUS_DIR, then ./corpus)");
  command.action(async (...args: unknown[]) => {
    const given = positional && typeof args[0] === "string" ? args[0] : undefined;
    const flags = (positional ? args[1] : args[0]) as CommonFlags;
    const values: Record<string, string | undefined> = {};
    for (const option of definition.options) {
      const value = flags[option.name];
      if (typeof value === "string") values[option.name] = value;
    }
    if (positional && given !== undefined) {
      if (values[positional.name] !== undefined)
        host.usage(`give the ${positional.name} once, not also as --${positional.name}`);
      values[positional.name] = given;
    }
    const json = Boolean(flags.json);
    if (flags.batch !== undefined) {
      if (positional && values[positional.name] !== undefined)
        host.usage(`give either a ${positional.name} or --batch, not both`);
      const content = await readBatch(flags.batch, host);
      const terminal = await host.terminal(flags.corpus);
      host.setExitCode(await runBatch(terminal, content, { json }));
      return;
    }
    if (definition.name === "verify" && values.quote === undefined)
      host.usage(commandMessages.VERIFY_USAGE("terminal"));
    const request = requestFromOptions(definition.name, values) as CommandRequest;
    const terminal = await host.terminal(flags.corpus);
    host.setExitCode(await terminal.answer(forTerminal(request), { json }));
  });
}

export function addChatCommands(program: Command, host: ChatCommandHost): void {
  for (const definition of commands) addChatCommand(program, definition as CommandDefinition, host);
}
