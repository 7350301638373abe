import { afterEach, describe, expect, it } from "vitest";
import type { Clock } from "../../../src/core/logger.js";
import { type FakeQuote, fakeEngine } from "../../fakes/fake-engine.js";
import { readable } from "../../fakes/slack/read-message.js";
import { contextFor, type Harness, startHarness } from "../../fakes/slack/slack-harness.js";
import { postSigned, SIGNING_SECRET, sign, slashCommandBody } from "../../fakes/slack/slack-requests.js";

const data: FakeQuote[] = [
  {
    speaker: "Donald Trump",
    text: "All is well!",
    source: "TIME",
    title: "Iran strikes bases",
    url: "https://time.example/a",
    date: "2020-01-08",
  },
];

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(clock?: Clock) {
  harness = await startHarness(contextFor(() => fakeEngine(data), clock ? { clock } : {}));
  return harness;
}

/** A valid signed command still gets its answer: the bot is alive and serving. */
async function stillAnswers(h: Harness, id: string) {
  const ack = await h.command("/verify", "All is well", id);
  expect(ack.status).toBe(200);
  expect(readable(await h.answer(id))).toContain("Verified");
}

const FORM = "application/x-www-form-urlencoded";
const malformed: [string, string, string][] = [
  ["payload=null", FORM, "payload=null"],
  ["payload=42", FORM, "payload=42"],
  ["payload=[]", FORM, "payload=%5B%5D"],
  ["a payload that is not JSON", FORM, "payload=not-json"],
  ["a payload of an unknown type", FORM, `payload=${encodeURIComponent('{"type":"takeover"}')}`],
  [
    "actions that are not objects",
    FORM,
    `payload=${encodeURIComponent('{"type":"block_actions","actions":[null]}')}`,
  ],
  ["an empty form", FORM, ""],
  ["form fields that are no command", FORM, "hello=world"],
  ["a JSON body null", "application/json", "null"],
  ["a JSON event that is not an object", "application/json", '{"type":"event_callback","event":5}'],
  ["a JSON body of an unknown type", "application/json", '{"type":"surprise"}'],
  ["an unexpected content type", "text/plain", "command=%2Fverify&text=x&response_url=http%3A%2F%2Fx"],
];

describe("the Slack HTTP endpoint", () => {
  it.each(malformed)("answers a signed body with %s with 400, and keeps answering", async (_, type, body) => {
    const h = await start();
    const refused = await postSigned(h.port, body, { headers: { "content-type": type } });
    expect(refused.status).toBe(400);
    expect(refused.body).not.toMatch(/\bat\b.*:\d+:\d+/);
    const logged = h.logs.entries().filter((e) => e.msg === "slack request refused: malformed body");
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged)).not.toContain(SIGNING_SECRET);
    await stillAnswers(h, "after");
    expect(h.api.responses).toHaveLength(1);
  });

  it("refuses a body beyond the size limit with 400, and keeps answering", async () => {
    const h = await start();
    const body = `payload=${"x".repeat(2 * 1024 * 1024)}`;
    const refused = await postSigned(h.port, body);
    expect(refused.status).toBe(400);
    expect(h.logs.entries().some((e) => e.msg === "slack request refused: body too large")).toBe(true);
    await stillAnswers(h, "after-huge");
  });

  it("refuses a request timestamped in the future as well as one in the past, by the bot's clock", async () => {
    let now = Math.floor(Date.now() / 1000) * 1000;
    const h = await start({ now: () => new Date(now) });
    const nowSec = now / 1000;
    const body = (id: string) =>
      slashCommandBody({ command: "/verify", text: "All is well", responseUrl: h.api.responseUrl(id) });
    const at = (id: string, seconds: number) =>
      postSigned(h.port, body(id), { headers: sign(body(id), SIGNING_SECRET, seconds) });
    expect((await at("ahead", nowSec + 600)).status).toBe(401);
    expect((await at("behind", nowSec - 600)).status).toBe(401);
    expect((await at("near", nowSec + 240)).status).toBe(200);
    expect(readable(await h.answer("near"))).toContain("Verified");
    now += 6 * 60_000;
    expect((await at("late", nowSec)).status).toBe(401);
    expect(h.api.responses.map((r) => r.id)).toEqual(["near"]);
  });

  it("drops an exact replay: answered 200 and logged once, the command run once", async () => {
    const h = await start();
    const body = slashCommandBody({
      command: "/verify",
      text: "All is well",
      responseUrl: h.api.responseUrl("once"),
    });
    const headers = sign(body);
    expect((await postSigned(h.port, body, { headers })).status).toBe(200);
    await h.answer("once");
    const replay = await postSigned(h.port, body, { headers: { ...headers, "x-slack-retry-num": "1" } });
    expect(replay.status).toBe(200);
    expect(replay.body).toBe("");
    // Commands are answered in order: once a later one is answered, a second run of the first would have been too.
    await stillAnswers(h, "later");
    expect(h.api.responses.map((r) => r.id)).toEqual(["once", "later"]);
    const dropped = h.logs.entries().filter((e) => e.msg === "slack request dropped: repeated signature");
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toMatchObject({ retry: "1" });
  });

  it("answers Slack's URL verification and unsigned SSL check, and nothing else on other paths", async () => {
    const h = await start();
    const challenge = JSON.stringify({ type: "url_verification", challenge: "c-123", token: "t" });
    const verified = await postSigned(h.port, challenge, { headers: { "content-type": "application/json" } });
    expect(verified.status).toBe(200);
    expect(JSON.parse(verified.body)).toEqual({ challenge: "c-123" });
    const ssl = await fetch(`http://127.0.0.1:${h.port}/slack/events`, {
      method: "POST",
      headers: { "content-type": FORM },
      body: "ssl_check=1&token=t",
    });
    expect(ssl.status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${h.port}/elsewhere`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${h.port}/slack/events`)).status).toBe(404);
    await stillAnswers(h, "after-probes");
  });
});
