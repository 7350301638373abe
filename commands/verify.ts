import { isVerbatimError } from "../src/core/errors.js";
import type { VerifyResult } from "../src/core/types.js";
import { type CommandContext, type Requester, requesterKey } from "./context.js";
import type { CommandDefinition } from "./definition.js";
import { type VerifyInput, withoutEdgeMentions } from "./parse-input.js";
import { renderVerification } from "./render-verification.js";
import { errorReply, type Reply } from "./reply.js";

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
      maxLength: 6000,
    },
    {
      name: "speaker",
      description: "Who it is attributed to (optional)",
      required: false,
      maxLength: 200,
      autocomplete: "speaker",
    },
  ],
  run: runVerify,
};

async function runVerify(input: VerifyInput, context: CommandContext, requester: Requester): Promise<Reply> {
  const finished = context.metrics?.verificationStarted(requester.frontEnd);
  let result: VerifyResult;
  try {
    const quote = withoutEdgeMentions(input.quote);
    result = await context.corpus.verify(input.speaker ? { quote, speaker: input.speaker } : { quote }, {
      requester: requesterKey(requester),
    });
  } catch (error) {
    finished?.(isVerbatimError(error) ? "refused" : "failed");
    if (isVerbatimError(error)) return errorReply(error.message);
    throw error;
  }
  finished?.(result.verdict);
  await record(context, requester, result);
  return renderVerification(result);
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
