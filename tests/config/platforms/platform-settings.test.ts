import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/load-config.js";
import { platformSettings } from "../../../src/config/platforms/platform-settings.js";
import { variables } from "../../../src/config/schema.js";
import { frontEndPlugins } from "../../../src/front-ends/registry.js";

describe("platform settings", () => {
  it("belong to the plugin of the same platform, one each", () => {
    expect(frontEndPlugins.map((plugin) => plugin.settings)).toEqual(platformSettings);
    for (const plugin of frontEndPlugins) expect(plugin.settings.name).toBe(plugin.name);
  });

  it("put each platform's variables in the configuration, owned by one platform only", () => {
    const owners = new Map<string, string>();
    for (const platform of platformSettings) {
      for (const name of Object.keys(platform.variables)) {
        expect(owners.get(name), name).toBeUndefined();
        owners.set(name, platform.name);
        expect(Object.keys(variables)).toContain(name);
      }
      expect(Object.keys(platform.variables)).toContain(platform.digestVariable);
    }
  });

  it("check each platform's variables together, naming what is missing", () => {
    const refused = (env: Record<string, string>) => {
      try {
        loadConfig(env, {});
        return [];
      } catch (error) {
        return (error as { problems: string[] }).problems;
      }
    };
    expect(refused({ DISCORD_TOKEN: "abc.def.ghi" })).toEqual([
      expect.stringContaining("DISCORD_APPLICATION_ID must be set when DISCORD_TOKEN is set"),
    ]);
    expect(refused({ SLACK_BOT_TOKEN: "xoxb-1-2" })).toEqual([
      expect.stringContaining("SLACK_SIGNING_SECRET must be set"),
    ]);
    expect(refused({ DIGEST_CRON: "0 8 * * *" })).toEqual([
      expect.stringContaining(
        "DIGEST_SLACK_CHANNEL or DIGEST_DISCORD_CHANNEL must be set when DIGEST_CRON is set",
      ),
    ]);
  });
});
