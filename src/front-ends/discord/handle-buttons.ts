import { type ButtonInteraction, MessageFlags } from "discord.js";
import {
  type CommandRequest,
  commandMessages,
  notice,
  type Reply,
  runRequest,
} from "../../../commands/index.js";
import { safeError } from "./discord-errors.js";
import { type MessageRow, markShared, parseButtonId } from "./message-components.js";
import { type HandlerDeps, messageOptions, NO_MENTIONS, present, requesterOf } from "./present-reply.js";

const EXPIRED = () => notice("That button no longer works", commandMessages.ACTION_EXPIRED());

async function tellPrivately(interaction: ButtonInteraction, reply: Reply) {
  await interaction.reply({ ...messageOptions(reply), flags: MessageFlags.Ephemeral });
}

/**
 * A click runs the request its button carries again, through the same path as a typed command, so paging and
 * sharing work the same after a restart or a corpus reload.
 */
export async function handleButton(interaction: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  const action = parseButtonId(interaction.customId);
  if (!action) {
    deps.logger.warn({ customId: interaction.customId.slice(0, 100) }, "unknown button");
    return tellPrivately(interaction, EXPIRED());
  }
  const requester = requesterOf(interaction);
  const request = await deps.actions.decode(action.value).catch((error: unknown) => {
    deps.logger.error({ interactionId: interaction.id, err: safeError(error) }, "could not read a button");
    return null;
  });
  if (!request) return tellPrivately(interaction, EXPIRED());
  if (action.kind === "share") return share(interaction, deps, request);
  await interaction.deferUpdate();
  const reply = await runRequest(request, deps.context, requester, { record: false });
  await interaction.editReply(await present(reply, deps));
}

function sharedFooter(previous: string | undefined, who: string): string {
  const by = `Shared by ${who}`;
  return previous ? `${previous} · ${by}` : by;
}

/**
 * Posts the answer for everyone: the private copy's button turns into a disabled "Shared" at once (so it is not
 * posted twice, and Discord has its acknowledgement), then the answer, as it stands now, goes to the channel.
 */
async function share(interaction: ButtonInteraction, deps: HandlerDeps, request: CommandRequest) {
  const rows = interaction.message.components.map((row) => row.toJSON() as MessageRow);
  await interaction.update({
    components: markShared(rows, interaction.customId),
    allowedMentions: NO_MENTIONS,
  });
  const reply = await runRequest(request, deps.context, requesterOf(interaction), { record: false });
  const restore = () => interaction.editReply({ components: rows, allowedMentions: NO_MENTIONS });
  if (reply.kind === "error") {
    await restore();
    await interaction.followUp({ ...messageOptions(reply), flags: MessageFlags.Ephemeral });
    return;
  }
  const publicReply = { ...reply, footer: sharedFooter(reply.footer, interaction.user.displayName) };
  try {
    await interaction.followUp(messageOptions(publicReply));
  } catch (error) {
    deps.logger.warn({ interactionId: interaction.id, err: safeError(error) }, "could not share an answer");
    await restore();
    await interaction.followUp({
      ...messageOptions(notice("I couldn't post that in this channel", commandMessages.SHARE_FAILED(), "🚫")),
      flags: MessageFlags.Ephemeral,
    });
  }
}
