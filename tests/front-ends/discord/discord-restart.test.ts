import { rm } from "node:fs/promises";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { actionCodec } from "../../../commands/index.js";
import { silentLogger, systemClock } from "../../../src/core/logger.js";
import { openStorage } from "../../../src/storage/open-storage.js";
import type { Storage } from "../../../src/storage/storage.js";
import {
  type BotHarness,
  buttonsOf,
  embedOf,
  fieldValue,
  startBotHarness,
} from "../../fakes/discord/bot-harness.js";
import { buttonClick, slashCommand } from "../../fakes/discord/interaction-payloads.js";
import { type FakeQuote, fakeEngine } from "../../fakes/fake-engine.js";
import { freshDataDir } from "../../fakes/prepared-data-dir.js";

const LONG =
  "We do not seek escalation or war, but we will defend ourselves against any aggression, and our response was proportionate";

const zarif = (i: number): FakeQuote => ({
  text: `Statement number ${i} on the strikes`,
  speaker: "Mohammad Javad Zarif",
  source: "Reuters",
  title: `Zarif speaks ${i}`,
  date: `2020-01-${String(10 + i).padStart(2, "0")}`,
});
const known: FakeQuote[] = [
  {
    text: LONG,
    speaker: "Mohammad Javad Zarif",
    source: "NBC News",
    title: "Iran answers",
    date: "2020-01-08",
  },
  ...Array.from({ length: 7 }, (_, i) => zarif(i)),
];

// The database outlives the bot, as it does in a deployment: each bot below is a fresh process's worth of state
// (a new front end, a new codec) over the same stored requests.
let storage: Storage;
let dataDir: string;
beforeAll(async () => {
  dataDir = await freshDataDir("verbatim-discord-");
  storage = await openStorage({ dataDir, logger: silentLogger });
});
afterAll(async () => {
  await storage.close();
  await rm(dataDir, { recursive: true, force: true });
});

let harness: BotHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function startBot(engine = fakeEngine(known)): Promise<BotHarness> {
  harness = await startBotHarness(engine, { actions: actionCodec(storage, systemClock) });
  return harness;
}

async function restart(engine = fakeEngine(known)): Promise<BotHarness> {
  await harness?.close();
  return startBot(engine);
}

describe("Discord buttons across a restart", () => {
  it("shares an answer whose request is too long for a button after the bot restarts", async () => {
    const first = await startBot();
    const payload = slashCommand("verify", { quote: LONG });
    await first.fake.interact(payload);
    const answer = await first.fake.edit(payload);
    const share = buttonsOf(answer).find((b) => b.label === "Share in channel");
    expect(share?.custom_id).toMatch(/^vb:share:k1:/);

    const second = await restart();
    const click = buttonClick(share?.custom_id ?? "");
    await second.fake.interact(click);
    expect(buttonsOf(await second.fake.callback(click))).toEqual([
      expect.objectContaining({ label: "Shared in channel", disabled: true }),
    ]);
    const posted = embedOf(await second.fake.followUp(click));
    expect(posted.title).toBe("✅ Verified");
    expect(posted.footer?.text).toBe("Shared by Curious Reader");
  });

  it("pages after a restart over a reloaded corpus, from the corpus as it is now", async () => {
    const first = await startBot();
    const payload = slashCommand("quotes", { speaker: "Zarif" });
    await first.fake.interact(payload);
    const next = buttonsOf(await first.fake.edit(payload)).find((b) => b.label === "Next");

    const reloaded = fakeEngine([...known, { ...zarif(9), text: "A statement added by the reload" }]);
    const second = await restart(reloaded);
    const click = buttonClick(next?.custom_id ?? "");
    await second.fake.interact(click);
    const page = embedOf(await second.fake.edit(click));
    expect(fieldValue(page, "Page 2 of 2")).toContain("Statement number 1");
    expect(fieldValue(page, "Page 2 of 2")).not.toContain("A statement added by the reload");
  });
});
