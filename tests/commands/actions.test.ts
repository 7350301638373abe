import { describe, expect, it } from "vitest";
import { type ActionStore, actionCodec, type CommandRequest } from "../../commands/index.js";
import { silentLogger, systemClock } from "../../src/core/logger.js";
import { MAX_BUTTON_VALUE } from "../../src/front-ends/slack/buttons.js";

function memoryStore(): ActionStore & { size(): number } {
  const kept = new Map<string, string>();
  return {
    saveAction: async (key, request) => {
      kept.set(key, request);
    },
    loadAction: async (key) => kept.get(key) ?? null,
    size: () => kept.size,
  };
}

const inline = actionCodec(null, systemClock);

describe("the requests behind buttons", () => {
  it("round-trip a verify request with and without a speaker", async () => {
    const withSpeaker: CommandRequest = {
      command: "verify",
      input: { quote: 'He said "no" — twice', speaker: "Mike Pompeo" },
    };
    expect(await inline.decode((await inline.encode(withSpeaker, 2000)) ?? "")).toEqual(withSpeaker);
    const bare: CommandRequest = { command: "verify", input: { quote: "All is well" } };
    expect(await inline.decode((await inline.encode(bare, 2000)) ?? "")).toEqual(bare);
  });

  it("round-trip a page of quotations", async () => {
    const request: CommandRequest = { command: "quotes", input: { speaker: "Javad Zarif", page: 3 } };
    expect(await inline.decode((await inline.encode(request, 100)) ?? "")).toEqual(request);
  });

  it("fit the longest accepted quote and speaker in a Slack button, even when every character would need JSON escaping", async () => {
    const request: CommandRequest = {
      command: "verify",
      input: { quote: '"\\'.repeat(750), speaker: '"'.repeat(120) },
    };
    const value = await inline.encode(request, MAX_BUTTON_VALUE);
    expect(value?.length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
    expect(await inline.decode(value ?? "")).toEqual(request);
  });

  it("keep a request too long for the button in the store, under a short key that survives a restart", async () => {
    const store = memoryStore();
    const request: CommandRequest = { command: "verify", input: { quote: "word ".repeat(100).trim() } };
    const value = await actionCodec(store, systemClock).encode(request, 88);
    expect(value).toMatch(/^k1:[A-Za-z0-9_-]{16}$/);
    expect(store.size()).toBe(1);
    // A new codec over the same store stands for a restarted bot.
    expect(await actionCodec(store, systemClock).decode(value ?? "")).toEqual(request);
    expect(await actionCodec(memoryStore(), systemClock).decode(value ?? "")).toBeNull();
    expect(await inline.encode(request, 88)).toBeNull();
  });

  it("leave the button out, and say so in the log, when the store cannot keep a request", async () => {
    const warnings: string[] = [];
    const logger = { ...silentLogger, warn: (_o: object, msg?: string) => void warnings.push(msg ?? "") };
    const failing: ActionStore = {
      saveAction: async () => {
        throw new Error("database unreachable");
      },
      loadAction: async () => null,
    };
    const request: CommandRequest = { command: "verify", input: { quote: "word ".repeat(100).trim() } };
    expect(await actionCodec(failing, systemClock, logger).encode(request, 88)).toBeNull();
    expect(warnings).toEqual(["could not keep a button's request; button left out"]);
  });

  it("reject values this app did not produce, and stored requests that are not valid", async () => {
    const store = memoryStore();
    await store.saveAction("AAAAAAAAAAAAAAAA", '{"command":"delete","input":{}}', new Date());
    const codec = actionCodec(store, systemClock);
    for (const value of [
      "",
      "hello",
      "v1:verify:999:x",
      "v1:verify:5:ab",
      "v1:quotes:x:Zarif",
      "v2:verify:0:hi",
      "k1:AAAAAAAAAAAAAAAA",
      "k1:short",
    ]) {
      expect(await codec.decode(value)).toBeNull();
    }
  });
});
