/**
 * A command request in neutral form: which command, with which input. Buttons carry one (Share, Next page), so a
 * click later — after a restart, after the corpus was reloaded, on any platform — runs the same request again.
 */
import { z } from "zod";
import { MAX_QUOTE_LENGTH } from "../src/core/errors.js";
import { MAX_SPEAKER_LENGTH } from "../src/core/match/validate-query.js";

export const commandRequestSchema = z.discriminatedUnion("command", [
  z.object({
    command: z.literal("verify"),
    input: z.object({
      quote: z.string().min(1).max(MAX_QUOTE_LENGTH),
      speaker: z.string().min(1).max(MAX_SPEAKER_LENGTH).optional(),
    }),
  }),
  z.object({
    command: z.literal("quotes"),
    input: z.object({
      speaker: z.string().max(MAX_SPEAKER_LENGTH),
      page: z.number().int().min(1).max(999_999).optional(),
      /** Set by the terminal, which lists everything at once; buttons never carry it. */
      pageSize: z.number().int().min(1).optional(),
    }),
  }),
]);

export type CommandRequest = z.infer<typeof commandRequestSchema>;

/**
 * The request as a short string, when it can be written in `maxLength` characters; null otherwise. Length-prefixed
 * rather than JSON, so no character of the quote is escaped into two: on Slack (2,000 characters) a quote of the
 * longest accepted length with the longest speaker name always fits. Buttons made by earlier versions used this
 * same form, so they keep working.
 */
export function inlineRequest(request: CommandRequest, maxLength: number): string | null {
  const value =
    request.command === "verify"
      ? `v1:verify:${request.input.speaker?.length ?? 0}:${request.input.speaker ?? ""}${request.input.quote}`
      : `v1:quotes:${request.input.page ?? 1}:${request.input.speaker}`;
  return value.length <= maxLength ? value : null;
}

/** The request an inline value carries; null for anything else (values come back from users' clients). */
export function parseInlineRequest(value: string): CommandRequest | null {
  const verify = value.match(/^v1:verify:(\d{1,3}):/);
  if (verify) {
    const speakerLength = Number(verify[1]);
    const rest = value.slice(verify[0].length);
    const speaker = rest.slice(0, speakerLength);
    const quote = rest.slice(speakerLength);
    if (speaker.length !== speakerLength) return null;
    return validRequest({ command: "verify", input: speaker ? { quote, speaker } : { quote } });
  }
  const quotes = value.match(/^v1:quotes:(\d{1,6}):(.+)$/s);
  if (quotes?.[1] && quotes[2]) {
    return validRequest({
      command: "quotes",
      input: { speaker: quotes[2], page: Math.max(1, Number(quotes[1])) },
    });
  }
  return null;
}

export function validRequest(value: unknown): CommandRequest | null {
  const parsed = commandRequestSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
