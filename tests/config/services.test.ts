import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { configuredServices, NOTHING_TO_SERVE } from "../../src/config/services.js";

const services = (env: Record<string, string>) => configuredServices(loadConfig(env, {}));

describe("configuredServices", () => {
  it("is empty when nothing is configured, and the message says what to set", () => {
    expect(services({})).toEqual([]);
    expect(services({ CORPUS_DIR: "./corpus", HTTP_PORT: "9464" })).toEqual([]);
    for (const name of ["SLACK_BOT_TOKEN", "DISCORD_TOKEN", "DISCORD_APPLICATION_ID", "DIGEST_CRON"]) {
      expect(NOTHING_TO_SERVE).toContain(name);
    }
  });

  it("names each front end and the digest that the configuration enables", () => {
    expect(services({ SLACK_BOT_TOKEN: "xoxb-1-2", SLACK_APP_TOKEN: "xapp-1" })).toEqual(["slack"]);
    expect(services({ DISCORD_TOKEN: "abc.def.ghi", DISCORD_APPLICATION_ID: "1098765432109876543" })).toEqual(
      ["discord"],
    );
    expect(
      services({
        DISCORD_TOKEN: "abc.def.ghi",
        DISCORD_APPLICATION_ID: "1098765432109876543",
        DIGEST_CRON: "0 8 * * *",
        DIGEST_DISCORD_CHANNEL: "1023456789012345678",
      }),
    ).toEqual(["discord", "digest"]);
  });
});
