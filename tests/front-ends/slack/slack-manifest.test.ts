import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { commands } from "../../../commands/index.js";
import { SHORTCUT_VERIFY } from "../../../src/front-ends/slack/slack-handlers.js";

interface Manifest {
  display_information: { name: string; description: string; long_description?: string };
  features: {
    bot_user: { display_name: string };
    slash_commands: { command: string; description: string; usage_hint: string }[];
    shortcuts: { name: string; type: string; callback_id: string; description: string }[];
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
    event_subscriptions: { bot_events: string[] };
  };
}

const manifest = parse(readFileSync("slack-manifest.yaml", "utf8")) as Manifest;

describe("slack-manifest.yaml", () => {
  it("declares every command the app answers, with a usage hint", () => {
    const declared = manifest.features.slash_commands.map((c) => c.command).sort();
    expect(declared).toEqual(commands.map((c) => `/${c.name}`).sort());
    for (const command of manifest.features.slash_commands) {
      expect(command.usage_hint.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
    }
  });

  it("declares the Verify quote message shortcut the app listens for", () => {
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ name: "Verify quote", type: "message", callback_id: SHORTCUT_VERIFY }),
    ]);
    expect(manifest.features.shortcuts[0]?.description.length).toBeLessThanOrEqual(80);
  });

  it("asks only for the scopes it uses, with interactivity and Socket Mode on", () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      "channels:history",
      "channels:join",
      "chat:write",
      "chat:write.public",
      "commands",
      "groups:history",
    ]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.bot_user.display_name).toBe("Verbatim");
    expect(manifest.display_information.long_description?.length ?? 175).toBeGreaterThanOrEqual(175);
  });

  it("turns on the Home tab and subscribes to its being opened", () => {
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(false);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(["app_home_opened"]);
  });
});
