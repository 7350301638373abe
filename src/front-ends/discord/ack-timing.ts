import type { Interaction } from "discord.js";

/** Every way discord.js acknowledges an interaction; whichever comes first is the acknowledgement. */
const ACKNOWLEDGING = ["deferReply", "reply", "deferUpdate", "update", "respond", "showModal"] as const;

/**
 * Calls `done` once, when the interaction is first acknowledged (Discord's 3-second deadline), however the handler
 * chooses to acknowledge it. The handlers stay unaware of the timing.
 */
export function onAcknowledged(interaction: Interaction, done: () => void): void {
  let fired = false;
  const target = interaction as unknown as Record<string, unknown>;
  for (const name of ACKNOWLEDGING) {
    const original = target[name];
    if (typeof original !== "function") continue;
    target[name] = async (...args: unknown[]) => {
      const result = await (original as (...a: unknown[]) => Promise<unknown>).apply(interaction, args);
      if (!fired) {
        fired = true;
        done();
      }
      return result;
    };
  }
}
