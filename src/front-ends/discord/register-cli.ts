import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { DiscordAPIError, HTTPError } from "discord.js";
import { ConfigError, loadConfig, readDotenv } from "../../config/load-config.js";
import { scrubSecrets } from "../../logging/logger.js";
import { registerCommands } from "./register-commands.js";

/**
 * `npm run discord:register`: registers Verbatim's commands with Discord. Run it once after creating the app and
 * again whenever the commands change. Every failure ends in a sentence saying what to fix, never a stack trace.
 */

export interface CliIo {
  env: Readonly<Record<string, string | undefined>>;
  dotenv: Readonly<Record<string, string | undefined>>;
  out: (line: string) => void;
  err: (line: string) => void;
}

function explainFailure(
  error: unknown,
  target: { applicationId: string; guildId?: string; api: string },
): string {
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    if (error.status === 401) {
      return "Discord rejected DISCORD_TOKEN (401 Unauthorized). Copy the bot token again from the Developer Portal → your app → Bot → Reset Token.";
    }
    if (error.status === 403 && target.guildId) {
      return `Discord refused access to server ${target.guildId} (403). Invite the app to that server with the applications.commands scope, or unset DISCORD_GUILD_ID to register globally.`;
    }
    if (error.status === 403 || error.status === 404) {
      return `Discord does not know application ${target.applicationId}${target.guildId ? ` in server ${target.guildId}` : ""} (${error.status}). Check DISCORD_APPLICATION_ID (General Information page) and DISCORD_GUILD_ID.`;
    }
    if (error instanceof DiscordAPIError && error.status === 400) {
      return `Discord rejected the command definitions (400): ${error.message}`;
    }
    return `Discord answered ${error.status} (${error.message}). Try again in a minute.`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `Could not reach Discord at ${target.api}: ${reason}. Check the network connection${target.api.includes("discord.com") ? "" : " and DISCORD_API_URL"}.`;
}

export async function runRegisterCli(io: CliIo): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(io.env, io.dotenv);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
  const token = config.DISCORD_TOKEN;
  const applicationId = config.DISCORD_APPLICATION_ID;
  if (!token || !applicationId) {
    const missing = [token ? null : "DISCORD_TOKEN", applicationId ? null : "DISCORD_APPLICATION_ID"].filter(
      Boolean,
    );
    io.err(
      `${missing.join(" and ")} must be set to register commands. Find them in the Discord Developer Portal (Bot page for the token, General Information for the application id) and put them in .env or the environment.`,
    );
    return 1;
  }
  const guildId = config.DISCORD_GUILD_ID;
  const api = config.DISCORD_API_URL ?? "https://discord.com/api";
  try {
    const result = await registerCommands({
      token,
      applicationId,
      ...(guildId ? { guildId } : {}),
      ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
    });
    io.out(
      result.scope === "guild"
        ? `Registered ${result.count} commands in server ${guildId}. They are available there now.`
        : `Registered ${result.count} commands globally. Discord can take up to an hour to show them in every server.`,
    );
    return 0;
  } catch (error) {
    io.err(
      scrubSecrets(explainFailure(error, { applicationId, ...(guildId ? { guildId } : {}), api }), [token]),
    );
    return 1;
  }
}

function isMainModule(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isMainModule()) {
  runRegisterCli({
    env: process.env,
    dotenv: readDotenv(),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(
        `Registering commands failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exitCode = 1;
    },
  );
}
