import type { QuoteInContext } from "../src/core/types.js";
import { type CommandContext, type Requester, requesterKey } from "./context.js";
import type { CommandDefinition } from "./definition.js";
import { errorReply, link, type Reply, type RichText, text } from "./reply.js";

export interface QuotesInput {
  speaker: string;
  page?: number;
}

export const QUOTES_PAGE_SIZE = 5;

export const quotesCommand: CommandDefinition<QuotesInput> = {
  name: "quotes",
  description: "List what the corpus has from a speaker, newest first.",
  usage: "/quotes SPEAKER",
  options: [
    {
      name: "speaker",
      description: "The person or organisation",
      required: true,
      maxLength: 200,
      autocomplete: "speaker",
    },
  ],
  run: runQuotes,
};

function describe(item: QuoteInContext): RichText {
  const { quote, article } = item;
  const where =
    article.source && article.title
      ? `${article.source} — ${article.title}`
      : (article.source ?? article.title ?? article.id);
  const run: RichText = [text(`“${quote.text}”`), text("  ")];
  run.push(article.url ? link(where, article.url) : text(where, "italic"));
  run.push(text(` · ${article.date ?? "undated"}`));
  return run;
}

async function runQuotes(input: QuotesInput, context: CommandContext, requester: Requester): Promise<Reply> {
  const name = input.speaker.trim();
  if (!name) return errorReply("Name a speaker, e.g. /quotes Javad Zarif");
  if (name.length > 200)
    return errorReply("That speaker name is too long — give just the name, e.g. Javad Zarif.");
  const { corpus } = context;
  const page = await corpus.quotesBy(
    name,
    { page: input.page ?? 1, pageSize: QUOTES_PAGE_SIZE },
    { requester: requesterKey(requester) },
  );
  if (!page) {
    const suggestions = corpus.suggestSpeakers(name, 3).map((s) => s.name);
    const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(", ")}?` : "";
    return errorReply(`I have no quotations from “${name}” in the corpus.${hint}`);
  }
  const { speaker, items, total, pageCount } = page;
  const aliases = speaker.aliases.filter((a) => a !== speaker.name);
  return {
    kind: "quotes",
    tone: "info",
    emoji: "🗂️",
    title: `Quotations from ${speaker.name}`,
    summary: `${total} quotation${total === 1 ? "" : "s"} in the corpus, newest first.`,
    fields:
      aliases.length > 0 ? [{ label: "Also written as", value: [text(aliases.slice(0, 6).join(", "))] }] : [],
    sections: [
      { heading: `Page ${page.page} of ${pageCount}`, items: items.map(describe), noun: "quotations" },
    ],
    shareable: true,
    ...(pageCount > 1
      ? { pagination: { page: page.page, pageCount, command: "quotes", argument: speaker.name } }
      : {}),
  };
}
