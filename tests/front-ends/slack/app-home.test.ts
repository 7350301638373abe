import { afterEach, describe, expect, it } from "vitest";
import { type Reply, text } from "../../../commands/index.js";
import { HOME_BLOCK_LIMIT, homeView } from "../../../src/front-ends/slack/app-home.js";
import { fakeEngine } from "../../fakes/fake-engine.js";
import { waitFor } from "../../fakes/slack/fake-slack-api.js";
import { contextFor, type Harness, startHarness } from "../../fakes/slack/slack-harness.js";
import { postSigned } from "../../fakes/slack/slack-requests.js";

const engine = fakeEngine([
  {
    speaker: "Donald Trump",
    text: "All is well!",
    source: "TIME",
    title: "Iran strikes",
    date: "2020-01-08",
  },
  {
    speaker: "Javad Zarif",
    text: "We do not seek escalation or war",
    source: "NBC News",
    title: "Off-ramp",
    date: "2020-01-08",
  },
]);

const digest: Reply = {
  kind: "digest",
  tone: "info",
  emoji: "🗞️",
  title: "Digest: 3 new articles",
  summary: "3 new articles · 2 checks.",
  fields: [],
  sections: [{ heading: "New articles", items: [[text("Harbour plan — Coast Gazette")]], noun: "articles" }],
};

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

function homeOpened(user: string, tab = "home"): string {
  return JSON.stringify({
    token: "legacy-verification-token",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: `Ev${user}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: "app_home_opened", user, channel: "D1", tab, event_ts: "1700000000.000100" },
  });
}

const viewText = (view: unknown) => JSON.stringify(view);

describe("Slack's Home tab", () => {
  it("is published to whoever opens it: the commands with examples, and the latest digest", async () => {
    const posted = { reply: digest, postedAt: new Date("2024-06-03T08:00:05Z") };
    harness = await startHarness(contextFor(() => engine, { latestDigest: async () => posted }));
    const sent = await postSigned(harness.port, homeOpened("U0READER"), {
      headers: { "content-type": "application/json" },
    });
    expect(sent.status).toBe(200);
    const call = await waitFor(
      () => harness?.api.calls.find((c) => c.method === "views.publish"),
      5000,
      "publish",
    );
    expect(call.args.user_id).toBe("U0READER");
    const view = call.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe("home");
    const shown = viewText(view);
    expect(shown).toContain("Verbatim checks quotations");
    expect(shown).toContain("/verify");
    expect(shown).toContain("/quotes");
    expect(shown).toContain("Verify quote");
    expect(shown).toContain("Misattributed");
    expect(shown).toContain("Latest digest");
    expect(shown).toContain("Digest: 3 new articles");
    expect(shown).toContain("Harbour plan");
    expect(view.blocks.length).toBeLessThanOrEqual(HOME_BLOCK_LIMIT);
  });

  it("says what will appear before the first digest, and ignores the Messages tab", async () => {
    harness = await startHarness(contextFor(() => engine, { latestDigest: async () => null }));
    const json = { headers: { "content-type": "application/json" } };
    await postSigned(harness.port, homeOpened("U0MESSAGES", "messages"), json);
    await postSigned(harness.port, homeOpened("U0FIRST"), json);
    const call = await waitFor(
      () => harness?.api.calls.find((c) => c.method === "views.publish"),
      5000,
      "publish",
    );
    expect(call.args.user_id).toBe("U0FIRST");
    expect(viewText(call.args.view)).toContain("No digest has been posted yet");
    expect(harness.api.calls.filter((c) => c.method === "views.publish")).toHaveLength(1);
  });

  it("still shows the help when the digest cannot be read", async () => {
    const failing = async () => {
      throw new Error("database unavailable");
    };
    harness = await startHarness(contextFor(() => engine, { latestDigest: failing }));
    await postSigned(harness.port, homeOpened("U1"), { headers: { "content-type": "application/json" } });
    const call = await waitFor(
      () => harness?.api.calls.find((c) => c.method === "views.publish"),
      5000,
      "publish",
    );
    expect(viewText(call.args.view)).toContain("Verbatim checks quotations");
  });

  it("stays within Slack's block limit with a digest of any length", () => {
    const long: Reply = {
      ...digest,
      sections: Array.from({ length: 200 }, (_, i) => ({
        heading: `Section ${i}`,
        items: [[text(`item ${i}`)]],
        noun: "items",
      })),
    };
    // Each reply alone fills Slack's 50-block message limit; together they would overflow the Home tab's 100.
    const help: Reply = { ...long, kind: "help", title: "Help" };
    const view = homeView(help, { reply: long, postedAt: new Date() });
    expect(view.blocks).toHaveLength(HOME_BLOCK_LIMIT);
    expect(JSON.stringify(view.blocks.at(-1))).toContain("The rest of this digest is in its channel");
  });
});
