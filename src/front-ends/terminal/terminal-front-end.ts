/**
 * The terminal as a front end: the same command definitions and the same requests as the chat front ends, with a
 * terminal renderer. Its "channel" is its output, so a digest posted to it is printed.
 */
import {
  type CommandContext,
  type CommandRequest,
  type Reply,
  type Requester,
  runRequest,
  truncate,
} from "../../../commands/index.js";
import type { FrontEnd } from "../front-end.js";
import { colour, noColour, type Paint, renderTerminal, wantsColour } from "./render-terminal.js";

export interface TerminalIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
}

export interface TerminalFrontEnd extends FrontEnd<string> {
  /** Runs a request and prints its answer; the exit status: 0 answered, 2 bad input, 1 our failure. */
  answer(request: CommandRequest, options: { json: boolean }): Promise<number>;
  /** Runs a request and returns its reply, for callers that print several (a batch). */
  run(request: CommandRequest): Promise<Reply>;
  write(line: string): void;
  warn(message: string): void;
}

/** Exit status for a reply: an answer of any verdict is 0; bad input 2; a failure on our side 1. */
export function exitStatus(reply: Reply): number {
  if (reply.kind !== "error") return 0;
  const code = (reply.data as { code?: string } | undefined)?.code;
  return code === "INTERNAL_FAILURE" ? 1 : 2;
}

/** A reply as one JSON line: the command's data, or the error with its code. */
export function jsonLine(reply: Reply, extra: Record<string, unknown> = {}): string {
  if (reply.kind === "error") {
    const code = (reply.data as { code?: string } | undefined)?.code ?? "ERROR";
    return `${JSON.stringify({ ...extra, error: reply.summary ?? reply.title, code })}\n`;
  }
  const data = reply.data ?? null;
  if (Array.isArray(data)) return data.map((item) => `${JSON.stringify(item)}\n`).join("");
  return `${JSON.stringify(data)}\n`;
}

export function createTerminalFrontEnd(io: TerminalIo, context: CommandContext): TerminalFrontEnd {
  const requester: Requester = { frontEnd: "cli" };
  const paint: Paint = wantsColour(io.stdout, io.env) ? colour : noColour;
  const render = (reply: Reply) => renderTerminal(reply, paint);
  const write = (text: string) => {
    io.stdout.write(text);
  };
  const warn = (message: string) => {
    io.stderr.write(`verbatim: ${message}\n`);
  };
  const run = (request: CommandRequest) => runRequest(request, context, requester);
  return {
    name: "terminal",
    start: async () => {},
    stop: async () => {},
    status: () => ({ ok: true, detail: "answering on the terminal" }),
    render,
    preview: (reply) => renderTerminal(reply, noColour),
    async post(_channel, reply) {
      write(render(reply));
      return { messageId: null };
    },
    run,
    write,
    warn,
    async answer(request, options) {
      const reply = await run(request);
      if (options.json) write(jsonLine(reply, echo(request)));
      else if (reply.kind === "error") warn(reply.summary ?? reply.title);
      else write(render(reply));
      return exitStatus(reply);
    },
  };
}

/** How much of a quote an error line repeats back: enough to recognise it, never a whole huge paste. */
export const MAX_ECHO = 200;

export function echo(request: CommandRequest): Record<string, unknown> {
  if (request.command !== "verify") return {};
  const { quote } = request.input;
  return { quote: truncate(quote, MAX_ECHO) };
}
