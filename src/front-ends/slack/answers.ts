/**
 * Producing the reply for each Slack entry point and the buttons that go with it. Nothing here talks to Slack:
 * the listeners in slack-handlers.ts acknowledge, call these, and deliver the result.
 */
import {
  type CommandContext,
  errorReply,
  parseVerifyText,
  quoteFromMessage,
  quotesCommand,
  type Reply,
  type Requester,
  verifyCommand,
} from "../../../commands/index.js";
import { type ActionRequest, encodeAction } from "./action-values.js";
import type { ButtonSpec } from "./render-blocks.js";
import { slackTextToPlain } from "./slack-text.js";

export const ACTION_SHARE = "share_answer";
export const ACTION_PAGE_PREVIOUS = "quotes_page_previous";
export const ACTION_PAGE_NEXT = "quotes_page_next";
export const SHORTCUT_VERIFY = "verify_quote";

export const FAILURE_MESSAGE =
  "Something went wrong on my side while checking that, and it has been logged. Please try again in a moment.";

const VERIFY_USAGE =
  'Paste the quotation after the command: `/verify "All is well" — Donald Trump`. The speaker after a dash (—, - or ~) is optional; without it I tell you who said it. You can also use "Verify quote" from any message\'s ⋯ menu.';
const QUOTES_USAGE = "Name a speaker after the command, e.g. `/quotes Javad Zarif`.";

export interface Answer {
  reply: Reply;
  buttons: ButtonSpec[];
}

function shareButton(reply: Reply, request: ActionRequest): ButtonSpec[] {
  if (!reply.shareable) return [];
  const value = encodeAction(request);
  return value ? [{ actionId: ACTION_SHARE, text: "Share in channel", value, style: "primary" }] : [];
}

function pageButtons(reply: Reply): ButtonSpec[] {
  const pages = reply.pagination;
  if (!pages) return [];
  const buttons: ButtonSpec[] = [];
  const at = (page: number) => encodeAction({ command: "quotes", speaker: pages.argument, page });
  const previous = pages.page > 1 ? at(pages.page - 1) : null;
  const next = pages.page < pages.pageCount ? at(pages.page + 1) : null;
  if (previous) buttons.push({ actionId: ACTION_PAGE_PREVIOUS, text: "◀ Previous", value: previous });
  if (next) buttons.push({ actionId: ACTION_PAGE_NEXT, text: "Next ▶", value: next });
  return buttons;
}

async function verifyAnswer(
  input: { quote: string; speaker?: string },
  context: CommandContext,
  requester: Requester,
): Promise<Answer> {
  const reply = await verifyCommand.run(input, context, requester);
  return { reply, buttons: shareButton(reply, { command: "verify", ...input }) };
}

/** `/verify` text as typed: `QUOTE`, `"QUOTE" — SPEAKER`, `QUOTE - SPEAKER`, `QUOTE ~ SPEAKER`. */
export async function answerVerifyText(
  text: string,
  context: CommandContext,
  requester: Requester,
): Promise<Answer> {
  const typed = slackTextToPlain(text).trim();
  if (!typed) return { reply: errorReply(VERIFY_USAGE), buttons: [] };
  return verifyAnswer(parseVerifyText(typed), context, requester);
}

/** The "Verify quote" message shortcut: the quoted words of the message, or all of it. */
export async function answerMessage(
  text: string,
  context: CommandContext,
  requester: Requester,
): Promise<Answer> {
  const quote = quoteFromMessage(slackTextToPlain(text));
  if (!quote) return { reply: errorReply("That message has no text I can check."), buttons: [] };
  return verifyAnswer({ quote }, context, requester);
}

/** `/quotes` text as typed. */
export async function answerQuotesText(
  text: string,
  context: CommandContext,
  requester: Requester,
): Promise<Answer> {
  return answerQuotes(slackTextToPlain(text).trim(), 1, context, requester);
}

async function answerQuotes(
  speaker: string,
  page: number,
  context: CommandContext,
  requester: Requester,
): Promise<Answer> {
  if (!speaker) return { reply: errorReply(QUOTES_USAGE), buttons: [] };
  const reply = await quotesCommand.run({ speaker, page }, context, requester);
  const share = reply.pagination ? { ...reply.pagination } : { page, argument: speaker };
  return {
    reply,
    buttons: [
      ...pageButtons(reply),
      ...shareButton(reply, { command: "quotes", speaker: share.argument, page: share.page }),
    ],
  };
}

/**
 * Re-runs what a button carries; the result is the answer as it stands now. Sharing or paging is not a new
 * question, so it is not recorded as another check.
 */
export async function answerAction(
  request: ActionRequest,
  context: CommandContext,
  requester: Requester,
): Promise<Answer> {
  const { recordCheck: _notRecorded, ...quiet } = context;
  if (request.command === "quotes") return answerQuotes(request.speaker, request.page, quiet, requester);
  const input = request.speaker
    ? { quote: request.quote, speaker: request.speaker }
    : { quote: request.quote };
  return verifyAnswer(input, quiet, requester);
}
