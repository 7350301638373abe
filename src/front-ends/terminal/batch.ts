/**
 * `verbatim verify --batch FILE` (or `-` for standard input): one JSON object a line, each answered on its own and
 * in order. A bad line is answered with its line number and what is wrong with it, and the rest go on; the exit
 * status is then 2, as for one bad query, so that a script notices lines that were not checked.
 */
import type { CommandRequest } from "../../../commands/index.js";
import { echo, exitStatus, jsonLine, type TerminalFrontEnd } from "./terminal-front-end.js";

const EXAMPLE = '{"quote": "All is well", "speaker": "Donald Trump"}';

/** The request a batch line stands for, or what is wrong with it, in words for the command line. */
export function parseBatchLine(line: string): CommandRequest | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return `is not valid JSON; expected an object like ${EXAMPLE}`;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return `must be a JSON object like ${EXAMPLE}`;
  }
  const { quote, speaker } = value as Record<string, unknown>;
  if (typeof quote !== "string") return `has no "quote" string; expected an object like ${EXAMPLE}`;
  if (!quote.trim()) return `has an empty "quote"; give the words to check, e.g. ${EXAMPLE}`;
  if (speaker !== undefined && speaker !== null && typeof speaker !== "string") {
    return `has a "speaker" that is not a string; give a name, e.g. ${EXAMPLE}`;
  }
  const input = typeof speaker === "string" && speaker.trim() ? { quote, speaker } : { quote };
  return { command: "verify", input };
}

/** The lines of a batch: a byte-order mark (common in files saved on Windows) is not part of line 1. */
export function batchLines(content: string): string[] {
  return content.replace(/^\uFEFF/, "").split(/\r?\n/);
}

export async function runBatch(
  terminal: TerminalFrontEnd,
  content: string,
  options: { json: boolean },
): Promise<number> {
  let status = 0;
  for (const [index, line] of batchLines(content).entries()) {
    if (!line.trim()) continue;
    const number = index + 1;
    const request = parseBatchLine(line);
    if (typeof request === "string") {
      if (options.json)
        terminal.write(`${JSON.stringify({ line: number, error: `line ${number} ${request}` })}\n`);
      else terminal.warn(`line ${number} ${request}`);
      status = 2;
      continue;
    }
    const reply = await terminal.run(request);
    if (options.json) {
      terminal.write(jsonLine(reply, reply.kind === "error" ? { line: number, ...echo(request) } : {}));
    } else if (reply.kind === "error") {
      terminal.warn(`line ${number}: ${reply.summary ?? reply.title}`);
    } else {
      terminal.write(terminal.render(reply));
    }
    const replyStatus = exitStatus(reply);
    if (replyStatus === 1) return 1;
    status = Math.max(status, replyStatus);
  }
  return status;
}

/** Everything a stream gives until it ends, as UTF-8. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}
