import { readFile } from "node:fs/promises";
import { renderVerification } from "../../commands/render-verification.js";
import { isVerbatimError } from "../core/errors.js";
import type { Engine, VerifyQuery } from "../core/types.js";
import { colour, noColour, renderTerminal, wantsColour } from "../front-ends/terminal/render-terminal.js";
import { type CliContext, openCliEngine, UsageError } from "./cli-context.js";

export interface VerifyArgs {
  corpus?: string;
  json: boolean;
  speaker?: string;
  batch?: string;
  quote?: string;
}

function answer(engine: Engine, query: VerifyQuery, json: boolean): { out: string; bad: boolean } {
  try {
    const result = engine.verify(query);
    if (json) return { out: `${JSON.stringify(result)}\n`, bad: false };
    return {
      out: renderTerminal(renderVerification(result), wantsColour(process.stdout) ? colour : noColour),
      bad: false,
    };
  } catch (error) {
    if (!isVerbatimError(error)) throw error;
    if (json)
      return {
        out: `${JSON.stringify({ quote: query.quote, error: error.message, code: error.code })}\n`,
        bad: true,
      };
    process.stderr.write(`verbatim: ${error.message}\n`);
    return { out: "", bad: true };
  }
}

/** Each batch line is answered on its own: a bad line gets an error object and the rest go on. */
function parseBatchLine(line: string, lineNo: number): VerifyQuery | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return `line ${lineNo} is not valid JSON; expected {"quote": "...", "speaker": "..."}`;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return `line ${lineNo} must be a JSON object like {"quote": "..."}`;
  }
  const { quote, speaker } = value as Record<string, unknown>;
  if (typeof quote !== "string") return `line ${lineNo} has no "quote" string`;
  if (speaker !== undefined && speaker !== null && typeof speaker !== "string") {
    return `line ${lineNo}: "speaker" must be a string`;
  }
  return typeof speaker === "string" && speaker.trim() ? { quote, speaker } : { quote };
}

async function runBatch(engine: Engine, file: string, json: boolean): Promise<number> {
  let content: string;
  try {
    content = await readFile(file, "utf8");
  } catch {
    throw new UsageError(`cannot read the batch file ${file}`);
  }
  const lines = content.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    const query = parseBatchLine(line, i + 1);
    if (typeof query === "string") {
      process.stdout.write(
        json ? `${JSON.stringify({ line: i + 1, error: query })}\n` : `verbatim: ${query}\n`,
      );
      continue;
    }
    process.stdout.write(answer(engine, query, json).out);
  }
  return 0;
}

export async function verifyCli(ctx: CliContext, args: VerifyArgs): Promise<number> {
  if (args.batch && args.quote !== undefined)
    throw new UsageError("give either a QUOTE or --batch FILE, not both");
  if (!args.batch && args.quote === undefined) {
    throw new UsageError('what should I verify? Usage: verbatim verify [--speaker NAME] "QUOTE"');
  }
  const engine = await openCliEngine(ctx, args.corpus);
  if (args.batch) return runBatch(engine, args.batch, args.json);
  const query: VerifyQuery = args.speaker
    ? { quote: args.quote ?? "", speaker: args.speaker }
    : { quote: args.quote ?? "" };
  const { out, bad } = answer(engine, query, args.json);
  process.stdout.write(out);
  return bad ? 2 : 0;
}
