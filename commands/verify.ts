import { isVerbatimError, MAX_QUOTE_LENGTH } from "../src/core/errors.js";
import { MAX_SPEAKER_LENGTH } from "../src/core/match/validate-query.js";
import type { VerifyResult } from "../src/core/types.js";
import { type CommandContext, type Requester, requesterKey, styleOf } from "./context.js";
import type { CommandDefinition } from "./definition.js";
import { commandMessages } from "./messages.js";
import { parseVerifyText, pastedAttribution, type VerifyInput, withoutEdgeMentions } from "./parse-input.js";
import { renderVerification } from "./render-verification.js";
import { errorReply, type Reply } from "./reply.js";

const OPENING_QUOTES = /^["“”„«‘']/;

/**
 * A quote box reading `"All is well" — Trump` or `Trump said: "All is well"` is read the way typed text is; a
 * speaker given in its own box wins over one pasted with the quote.
 */
function fromOptions(values: { quote?: string | undefined; speaker?: string | undefined }): VerifyInput {
  const quote = values.quote ?? "";
  const parsed = OPENING_QUOTES.test(quote.trim())
    ? parseVerifyText(quote)
    : (pastedAttribution(quote.trim()) ?? { quote: quote.trim() });
  const speaker = values.speaker?.trim();
  return speaker ? { quote: parsed.quote, speaker } : parsed;
}

export const verifyCommand: CommandDefinition<VerifyInput> = {
  name: "verify",
  description: "Check a quotation against the news corpus: was it said, by whom, where and when.",
  usage: '/verify "QUOTE" — SPEAKER',
  options: [
    // Optional so that the command on its own can answer with how to use it.
    {
      name: "quote",
      description: "The quotation to check (leave empty to see how to use Verbatim)",
      required: false,
      // Longer than the core accepts, so an over-long quote gets the core's friendly message, not a refusal.
      maxLength: MAX_QUOTE_LENGTH * 4,
      positional: true,
    },
    {
      name: "speaker",
      description: "Who it is attributed to (optional)",
      required: false,
      maxLength: MAX_SPEAKER_LENGTH,
      autocomplete: "speaker",
    },
  ],
  fromText: parseVerifyText,
  fromOptions,
  run: runVerify,
};

async function runVerify(input: VerifyInput, context: CommandContext, requester: Requester): Promise<Reply> {
  if (!input.quote.trim()) return errorReply(commandMessages.VERIFY_USAGE(styleOf(requester)), "QUOTE_EMPTY");
  const finished = context.metrics?.verificationStarted(requester.frontEnd);
  let result: VerifyResult;
  try {
    const quote = withoutEdgeMentions(input.quote);
    result = await context.corpus.verify(input.speaker ? { quote, speaker: input.speaker } : { quote }, {
      requester: requesterKey(requester),
    });
  } catch (error) {
    finished?.(isVerbatimError(error) ? "refused" : "failed");
    if (isVerbatimError(error)) return errorReply(error.message, error.code);
    throw error;
  }
  finished?.(result.verdict);
  await record(context, requester, result);
  return {
    ...renderVerification(result),
    actions: [{ kind: "share", request: { command: "verify", input: shareable(input) } }],
    data: result,
  };
}

function shareable(input: VerifyInput): VerifyInput {
  const quote = input.quote.slice(0, MAX_QUOTE_LENGTH);
  return input.speaker ? { quote, speaker: input.speaker } : { quote };
}

async function record(context: CommandContext, requester: Requester, result: VerifyResult): Promise<void> {
  if (!context.recordCheck) return;
  const { quote, speaker, verdict } = result;
  try {
    await context.recordCheck({ ...requester, quote, speaker, verdict, at: context.clock.now() });
  } catch (error) {
    // A lost statistic must never cost the user their answer.
    context.logger.error({ err: error, frontEnd: requester.frontEnd }, "could not record a verification");
  }
}
