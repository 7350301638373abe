/**
 * Every message the core shows a user, in one place, each behind a code. Front ends print `message` as it is; the
 * code is for logs, tests and tooling.
 */
export const MAX_QUOTE_LENGTH = 1500;

export const messages = {
  QUOTE_EMPTY: () => "Give me a quotation to check, e.g. /verify All is well — Donald Trump",
  QUOTE_NO_WORDS: () => "That has no words to check — paste the quotation itself.",
  QUOTE_TOO_COMMON: () =>
    "Those words are too common to tell one quotation from another — paste more of the quotation.",
  QUOTE_TOO_LONG: (length: number) =>
    `That is ${length.toLocaleString("en-US")} characters; I check quotations of up to ${MAX_QUOTE_LENGTH.toLocaleString("en-US")}. Paste the sentence or two you want verified.`,
  SPEAKER_TOO_LONG: () => "That speaker name is too long — give just the name, e.g. Javad Zarif.",
  CORPUS_MISSING: (dir: string) =>
    `The corpus directory ${dir} does not exist. Set CORPUS_DIR or pass --corpus to a folder of articles.`,
  CORPUS_NOT_DIRECTORY: (dir: string) =>
    `${dir} is not a directory. CORPUS_DIR must name a folder of articles.`,
  CORPUS_EMPTY: (dir: string, files: number) =>
    `The corpus ${dir ? `folder ${dir} ` : ""}has no readable article${files > 0 ? ` (${files.toLocaleString("en-US")} file${files === 1 ? "" : "s"} skipped, each named in a note above)` : ""}, so there is nothing to check quotations against. Add .txt, .md, .html or .jsonl articles, or point CORPUS_DIR or --corpus at the right folder.`,
  TOO_MANY_REQUESTS: () =>
    "You have too many requests in flight — try again in a moment, once the earlier ones are answered.",
  SEARCH_FAILED: () =>
    "Something went wrong while searching the corpus for that. Please try again in a moment.",
  CORPUS_CLOSING: () =>
    "Verbatim is shutting down and cannot take new requests. Please try again in a minute.",
} as const;

export type ErrorCode = keyof typeof messages;

export class VerbatimError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "VerbatimError";
  }
}

export function errorFor<C extends ErrorCode>(
  code: C,
  ...args: Parameters<(typeof messages)[C]>
): VerbatimError {
  const make = messages[code] as (...a: unknown[]) => string;
  return new VerbatimError(code, make(...args));
}

export function fail<C extends ErrorCode>(code: C, ...args: Parameters<(typeof messages)[C]>): never {
  throw errorFor(code, ...args);
}

export function isVerbatimError(error: unknown): error is VerbatimError {
  return error instanceof VerbatimError;
}
