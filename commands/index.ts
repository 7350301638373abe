export {
  type ActionCodec,
  type ActionKind,
  type ActionStore,
  actionCodec,
  actionsOf,
  type ReplyAction,
} from "./actions.js";
export type { CheckRecord, CommandContext, Requester } from "./context.js";
export type { CommandDefinition, OptionDefinition, OptionValues } from "./definition.js";
export { examplesFrom, type HelpExamples, type HelpPlatform, helpReply } from "./help.js";
export { type CommandMessageCode, type CommandStyle, commandMessages } from "./messages.js";
export { type MetricsSink, noMetrics, type VerificationOutcome } from "./metrics.js";
export { parseVerifyText, quoteFromMessage, type VerifyInput } from "./parse-input.js";
export type { Platform } from "./platform.js";
export { QUOTES_PAGE_SIZE, type QuotesInput, quotesCommand } from "./quotes.js";
export { renderVerification, verdictLook } from "./render-verification.js";
export * from "./reply.js";
export { parseStoredReply } from "./reply-schema.js";
export { type CommandRequest, commandRequestSchema } from "./request.js";
export {
  answerSafely,
  commands,
  findCommand,
  type RunOptions,
  requestFromOptions,
  requestFromText,
  runAction,
  runRequest,
} from "./run-command.js";
export { verifyCommand } from "./verify.js";
export * from "./wording.js";
