/**
 * What a signed request to the Slack endpoint may contain, checked before Bolt sees it: a slash command (form
 * fields), an interaction (a form field `payload` holding a JSON object), or an Events API body (JSON). Bolt reads
 * these bodies without checking their shape, so anything else is refused here rather than failing inside it.
 */
import { z } from "zod";

export type SlackBody =
  | { kind: "url-verification"; challenge: string }
  | { kind: "dispatch"; body: Record<string, unknown> };

export type ParsedBody = { ok: true; value: SlackBody } | { ok: false; reason: string };

const FORM = "application/x-www-form-urlencoded";
const JSON_TYPE = "application/json";

const slashCommand = z.looseObject({
  command: z.string().startsWith("/"),
  text: z.string(),
  response_url: z.string(),
});

/** An interaction payload; the fields Bolt reads to route it must have the types it assumes. */
const interaction = z.looseObject({
  type: z.enum([
    "block_actions",
    "block_suggestion",
    "message_action",
    "shortcut",
    "view_submission",
    "view_closed",
    "interactive_message",
    "dialog_submission",
    "dialog_cancellation",
    "dialog_suggestion",
  ]),
  actions: z.array(z.looseObject({})).optional(),
  channel: z.looseObject({}).optional(),
  user: z.looseObject({}).optional(),
  team: z.looseObject({}).nullable().optional(),
});

const eventsBody = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("url_verification"), challenge: z.string() }),
  z.looseObject({
    type: z.literal("event_callback"),
    event: z.looseObject({ type: z.string(), item: z.looseObject({}).optional() }),
  }),
  z.looseObject({ type: z.literal("app_rate_limited") }),
]);

/** The media type without parameters such as `; charset=utf-8`, lower-cased. */
function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function problem(error: z.ZodError): string {
  const first = error.issues[0];
  return first ? `${first.path.join(".") || "body"}: ${first.message}` : "unexpected shape";
}

/** Slack's unsigned reachability probe: `ssl_check=1` in a form body. */
export function isSslCheck(contentType: string | undefined, text: string): boolean {
  return mediaType(contentType) === FORM && new URLSearchParams(text).get("ssl_check") === "1";
}

function parseForm(text: string): ParsedBody {
  const fields = new URLSearchParams(text);
  const payload = fields.get("payload");
  if (payload === null) {
    const command = slashCommand.safeParse(Object.fromEntries(fields));
    return command.success
      ? { ok: true, value: { kind: "dispatch", body: command.data } }
      : { ok: false, reason: `not a slash command (${problem(command.error)})` };
  }
  const json = parseJson(payload);
  if (!json.ok) return { ok: false, reason: "payload is not JSON" };
  const parsed = interaction.safeParse(json.value);
  return parsed.success
    ? { ok: true, value: { kind: "dispatch", body: parsed.data } }
    : { ok: false, reason: `not an interaction payload (${problem(parsed.error)})` };
}

function parseEvents(text: string): ParsedBody {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, reason: "body is not JSON" };
  const parsed = eventsBody.safeParse(json.value);
  if (!parsed.success) return { ok: false, reason: `not an Events API body (${problem(parsed.error)})` };
  if (parsed.data.type === "url_verification") {
    return { ok: true, value: { kind: "url-verification", challenge: parsed.data.challenge } };
  }
  return { ok: true, value: { kind: "dispatch", body: parsed.data } };
}

export function parseSlackBody(contentType: string | undefined, text: string): ParsedBody {
  const type = mediaType(contentType);
  if (type === FORM) return parseForm(text);
  if (type === JSON_TYPE) return parseEvents(text);
  return { ok: false, reason: `unexpected content type ${JSON.stringify(type || "(none)")}` };
}
