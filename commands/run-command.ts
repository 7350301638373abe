/**
 * Running a request, the one way every front end does it: the command by name, with failures on our side turned
 * into a friendly answer and logged with what was asked — whatever the platform.
 */
import type { ActionCodec } from "./actions.js";
import type { CommandContext, Requester } from "./context.js";
import { commandMessages } from "./messages.js";
import { quotesCommand } from "./quotes.js";
import { errorReply, failureReply, type Reply } from "./reply.js";
import type { CommandRequest } from "./request.js";
import { verifyCommand } from "./verify.js";

/** Every command the front ends serve, for registration and help. */
export const commands = [verifyCommand, quotesCommand] as const;

export type CommandName = (typeof commands)[number]["name"];

export function findCommand(name: string) {
  return commands.find((command) => command.name === name);
}

/** Runs `produce`; anything it throws is logged with `meta` and answered with the one failure message. */
export async function answerSafely(
  context: Pick<CommandContext, "logger">,
  meta: Record<string, unknown>,
  produce: () => Promise<Reply>,
): Promise<Reply> {
  try {
    return await produce();
  } catch (error) {
    context.logger.error({ ...meta, err: error }, "command failed");
    return failureReply();
  }
}

export interface RunOptions {
  /** Whether a verification counts as a check people ran; re-running a button's request does not. */
  record?: boolean;
  /** What the front end knows of the request, for the log line of a failure (e.g. its interaction id). */
  meta?: Record<string, unknown>;
}

export function runRequest(
  request: CommandRequest,
  context: CommandContext,
  requester: Requester,
  options: RunOptions = {},
): Promise<Reply> {
  const { recordCheck, ...quiet } = context;
  const used: CommandContext = options.record === false || !recordCheck ? quiet : { ...quiet, recordCheck };
  const meta = {
    command: request.command,
    frontEnd: requester.frontEnd,
    channel: requester.channelId,
    ...options.meta,
  };
  return answerSafely(context, meta, () =>
    request.command === "verify"
      ? verifyCommand.run(request.input, used, requester)
      : quotesCommand.run(request.input, used, requester),
  );
}

/** The request a command's name and options stand for; null for a command this version does not have. */
export function requestFromOptions(
  name: string,
  values: Readonly<Record<string, string | undefined>>,
): CommandRequest | null {
  if (name === verifyCommand.name) return { command: "verify", input: verifyCommand.fromOptions(values) };
  if (name === quotesCommand.name) return { command: "quotes", input: quotesCommand.fromOptions(values) };
  return null;
}

/** The request typed text stands for (`/verify TEXT`, `/quotes TEXT`). */
export function requestFromText(name: string, typed: string): CommandRequest | null {
  if (name === verifyCommand.name) return { command: "verify", input: verifyCommand.fromText(typed) };
  if (name === quotesCommand.name) return { command: "quotes", input: quotesCommand.fromText(typed) };
  return null;
}

/** Runs what a button carries again: the answer as it stands now, not recorded as another check. */
export async function runAction(
  codec: ActionCodec,
  value: string,
  context: CommandContext,
  requester: Requester,
): Promise<{ request: CommandRequest | null; reply: Reply }> {
  let request: CommandRequest | null;
  try {
    request = await codec.decode(value);
  } catch (error) {
    context.logger.error({ err: error, frontEnd: requester.frontEnd }, "could not read a button's request");
    return { request: null, reply: failureReply() };
  }
  if (!request) return { request, reply: errorReply(commandMessages.ACTION_EXPIRED(), "ACTION_EXPIRED") };
  return { request, reply: await runRequest(request, context, requester, { record: false }) };
}
