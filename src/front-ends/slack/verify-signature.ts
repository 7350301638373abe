/**
 * Slack's request signature (`v0=HMAC-SHA256(signing secret, "v0:{timestamp}:{body}")`) and its timestamp, checked
 * in both directions: a request dated too far ahead is as suspect as a stale one, since a signature captured with
 * a future timestamp could otherwise be replayed until that time comes round.
 */
import { verifySlackRequest } from "@slack/bolt";
import type { Clock } from "../../core/logger.js";

/** How far a request's timestamp may be from our clock, either way (Slack's own rule is five minutes back). */
export const SIGNATURE_WINDOW_MS = 5 * 60_000;

export type SignatureCheck = { ok: true; signature: string } | { ok: false; reason: string };

export interface SignedRequest {
  body: string;
  signature: string | undefined;
  timestamp: string | undefined;
}

export function checkSignature(request: SignedRequest, signingSecret: string, clock: Clock): SignatureCheck {
  const { signature, timestamp } = request;
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) {
    return { ok: false, reason: "missing or malformed signature headers" };
  }
  const nowMs = clock.now().getTime();
  const skewMs = Number(timestamp) * 1000 - nowMs;
  if (Math.abs(skewMs) > SIGNATURE_WINDOW_MS) {
    return { ok: false, reason: skewMs > 0 ? "timestamp in the future" : "timestamp too old" };
  }
  try {
    verifySlackRequest({
      signingSecret,
      body: request.body,
      headers: { "x-slack-signature": signature, "x-slack-request-timestamp": Number(timestamp) },
      nowMilliseconds: nowMs,
    });
  } catch {
    return { ok: false, reason: "signature mismatch" };
  }
  return { ok: true, signature };
}
