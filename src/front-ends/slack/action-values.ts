/**
 * What a button carries so a later click can reproduce an answer without any server-side state: the command and
 * its input. Slack caps a button value at 2,000 characters. The encoding is length-prefixed rather than JSON so
 * that no character of the quote is ever escaped into two: a quote of the longest accepted length plus the longest
 * speaker name always fits.
 */
import { MAX_QUOTE_LENGTH } from "../../core/errors.js";

export const MAX_BUTTON_VALUE = 2000;
const MAX_SPEAKER = 200;

export type ActionRequest =
  | { command: "verify"; quote: string; speaker?: string }
  | { command: "quotes"; speaker: string; page: number };

export function encodeAction(request: ActionRequest): string | null {
  if ((request.speaker?.length ?? 0) > MAX_SPEAKER) return null;
  const value =
    request.command === "verify"
      ? `v1:verify:${request.speaker?.length ?? 0}:${request.speaker ?? ""}${request.quote}`
      : `v1:quotes:${request.page}:${request.speaker}`;
  return value.length <= MAX_BUTTON_VALUE ? value : null;
}

/** Null for anything this app did not produce (values are user-controlled once they leave Slack). */
export function decodeAction(value: string | undefined): ActionRequest | null {
  if (!value) return null;
  const verify = value.match(/^v1:verify:(\d{1,3}):/);
  if (verify) {
    const speakerLength = Number(verify[1]);
    if (speakerLength > MAX_SPEAKER) return null;
    const rest = value.slice(verify[0].length);
    const speaker = rest.slice(0, speakerLength);
    const quote = rest.slice(speakerLength);
    if (speaker.length !== speakerLength || !quote || quote.length > MAX_QUOTE_LENGTH) return null;
    return speaker ? { command: "verify", quote, speaker } : { command: "verify", quote };
  }
  const quotes = value.match(/^v1:quotes:(\d{1,6}):(.+)$/s);
  if (quotes?.[1] && quotes[2] && quotes[2].length <= MAX_SPEAKER) {
    return { command: "quotes", speaker: quotes[2], page: Math.max(1, Number(quotes[1])) };
  }
  return null;
}
