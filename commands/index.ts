export type { CheckRecord, CommandContext, FrontEnd, Requester } from "./context.js";
export type { CommandDefinition, OptionDefinition } from "./definition.js";
export { examplesFrom, type HelpExamples, type HelpPlatform, helpReply } from "./help.js";
export { type MetricsSink, noMetrics, type VerificationOutcome } from "./metrics.js";
export { parseVerifyText, quoteFromMessage, type VerifyInput } from "./parse-input.js";
export { QUOTES_PAGE_SIZE, type QuotesInput, quotesCommand } from "./quotes.js";
export { renderVerification, verdictLook } from "./render-verification.js";
export * from "./reply.js";
export { verifyCommand } from "./verify.js";

import { quotesCommand } from "./quotes.js";
import { verifyCommand } from "./verify.js";

/** Every slash command, for registration and help. */
export const commands = [verifyCommand, quotesCommand] as const;
