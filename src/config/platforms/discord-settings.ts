import { exampleOf, httpUrl, optionalText, snowflake, type ValuesOf } from "../variable-types.js";
import { digestChannelOf, type PlatformSettingsOf } from "./platform-interface.js";

export const discordVariables = {
  DISCORD_TOKEN: {
    schema: optionalText,
    expected: "a Discord bot token",
    example: "MTA5ODc2NTQzMjEwOTg3NjU0.GAbcDe.abcdefghijklmnopqrstuvwxyz",
    description: "Discord bot token. Discord starts when this and DISCORD_APPLICATION_ID are set.",
    secret: true,
  },
  DISCORD_APPLICATION_ID: {
    schema: snowflake.optional(),
    expected: "a Discord application id (digits)",
    example: "1098765432109876543",
    description: "Discord application id (General Information page).",
  },
  DISCORD_GUILD_ID: {
    schema: snowflake.optional(),
    expected: "a Discord server (guild) id (digits)",
    example: "1012345678901234567",
    description: "Register commands in this server only (instant); unset registers them globally.",
  },
  DISCORD_API_URL: {
    schema: httpUrl.optional(),
    expected: "an http(s) URL of a Discord-compatible REST API",
    example: "https://discord.com/api",
    description: "Replaces the Discord REST base URL (rate-limit proxies, tests).",
  },
  DIGEST_DISCORD_CHANNEL: {
    schema: snowflake.optional(),
    expected: "a Discord channel id (digits)",
    example: "1023456789012345678",
    description: "Discord channel the digest is posted to.",
  },
} as const;

/** What this platform reads of the configuration. */
type DiscordValues = ValuesOf<typeof discordVariables>;

const example = (name: keyof typeof discordVariables) => exampleOf(name, discordVariables[name]);

function problems(c: DiscordValues): string[] {
  const found: string[] = [];
  if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID) {
    found.push(
      `DISCORD_APPLICATION_ID must be set when DISCORD_TOKEN is set. Example: ${example("DISCORD_APPLICATION_ID")}`,
    );
  }
  if (c.DIGEST_DISCORD_CHANNEL && !c.DISCORD_TOKEN) {
    found.push(
      `DISCORD_TOKEN must be set when DIGEST_DISCORD_CHANNEL is set: the digest is posted as the Discord bot. Example: ${example("DISCORD_TOKEN")}`,
    );
  }
  return found;
}

export const discordSettings: PlatformSettingsOf<DiscordValues> = {
  name: "discord",
  variables: discordVariables,
  howToEnable: "DISCORD_TOKEN and DISCORD_APPLICATION_ID for Discord",
  digestVariable: "DIGEST_DISCORD_CHANNEL",
  problems,
  takesRequests: (config) => Boolean(config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID),
  digestChannel: (config) =>
    digestChannelOf(
      "Discord",
      { variable: "DIGEST_DISCORD_CHANNEL", value: config.DIGEST_DISCORD_CHANNEL },
      { variable: "DISCORD_TOKEN", value: config.DISCORD_TOKEN },
    ),
};
