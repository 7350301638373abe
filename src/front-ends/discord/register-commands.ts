import { REST, Routes } from "discord.js";
import { applicationCommands } from "./command-data.js";

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register in this server only (changes show at once); without it, globally. */
  guildId?: string;
  /** Replaces the REST base URL, e.g. for a proxy. */
  apiUrl?: string;
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number;
}

export interface RegisterResult {
  scope: "guild" | "global";
  count: number;
}

/**
 * Replaces the application's commands with the ones Verbatim defines (a bulk overwrite, so commands that no longer
 * exist are removed too).
 */
export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const rest = new REST({
    timeout: options.timeoutMs ?? 15_000,
    // Registration is a one-off: fail with a clear message instead of retrying for a minute.
    retries: 1,
    ...(options.apiUrl ? { api: options.apiUrl } : {}),
  }).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const registered = await rest.put(route, { body: applicationCommands() });
  return {
    scope: options.guildId ? "guild" : "global",
    count: Array.isArray(registered) ? registered.length : 0,
  };
}
