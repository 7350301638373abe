import { type ButtonInteraction, MessageFlags } from "discord.js";
import { quotesCommand } from "../../../commands/index.js";
import { safeError } from "./discord-errors.js";
import { parseButtonId, replyComponents } from "./message-components.js";
import {
  type HandlerDeps,
  messageOptions,
  NO_MENTIONS,
  notice,
  present,
  requesterOf,
  runSafely,
  type StoredAnswer,
} from "./present-reply.js";

const EXPIRED = notice(
  "That answer has expired",
  "I keep only recent answers, and this one is gone (or I have restarted since). Run the command again to get a fresh one.",
);

async function tellPrivately(
  interaction: ButtonInteraction,
  deps: HandlerDeps,
  title: string,
  summary: string,
) {
  await interaction.reply({ ...present(notice(title, summary), deps), flags: MessageFlags.Ephemeral });
}

export async function handleButton(interaction: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  const action = parseButtonId(interaction.customId);
  if (!action) {
    deps.logger.warn({ customId: interaction.customId.slice(0, 100) }, "unknown button");
    await tellPrivately(
      interaction,
      deps,
      "That button no longer works",
      "Run the command again for a fresh answer.",
    );
    return;
  }
  if (action.kind === "share") {
    const stored = deps.answers.get(action.key);
    if (!stored) return tellPrivately(interaction, deps, EXPIRED.title, EXPIRED.summary ?? "");
    await share(interaction, deps, action.key, stored);
    return;
  }
  const speaker = deps.pages.get(action.key);
  if (!speaker) return tellPrivately(interaction, deps, EXPIRED.title, EXPIRED.summary ?? "");
  await interaction.deferUpdate();
  const reply = await runSafely(deps, { command: "quotes", interactionId: interaction.id }, () =>
    quotesCommand.run({ speaker, page: action.page }, deps.context, requesterOf(interaction)),
  );
  await interaction.editReply(present(reply, deps, action.key));
}

function sharedFooter(previous: string | undefined, who: string): string {
  const by = `Shared by ${who}`;
  return previous ? `${previous} · ${by}` : by;
}

/**
 * Posts the answer for everyone: the private copy's button turns into a disabled "Shared" (so it is not posted
 * twice), then the answer goes to the channel as a follow-up.
 */
async function share(interaction: ButtonInteraction, deps: HandlerDeps, key: string, stored: StoredAnswer) {
  const keys = { shareKey: key, ...(stored.pageKey ? { pageKey: stored.pageKey } : {}) };
  await interaction.update({
    components: replyComponents(stored.reply, { ...keys, shared: true }),
    allowedMentions: NO_MENTIONS,
  });
  const publicReply = {
    ...stored.reply,
    footer: sharedFooter(stored.reply.footer, interaction.user.displayName),
  };
  try {
    await interaction.followUp({ ...messageOptions(publicReply), components: [] });
  } catch (error) {
    deps.logger.warn({ interactionId: interaction.id, err: safeError(error) }, "could not share an answer");
    await interaction.editReply({
      components: replyComponents(stored.reply, keys),
      allowedMentions: NO_MENTIONS,
    });
    await interaction.followUp({
      ...messageOptions(
        notice(
          "I couldn't post that in this channel",
          "Discord refused the message — I may not be allowed to post here. Your private answer is unchanged.",
          "🚫",
        ),
      ),
      flags: MessageFlags.Ephemeral,
    });
  }
}
