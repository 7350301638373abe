import { isVerbatimError } from "../src/core/errors.js";
import { MAX_SPEAKER_LENGTH } from "../src/core/match/validate-query.js";
import type { QuoteInContext, QuotePage } from "../src/core/types.js";
import type { ReplyAction } from "./actions.js";
import { type CommandContext, type Requester, requesterKey, styleOf } from "./context.js";
import type { CommandDefinition } from "./definition.js";
import { commandMessages } from "./messages.js";
import { errorReply, link, type Reply, type RichText, text } from "./reply.js";
import { count, nameSourceWithTitle } from "./wording.js";

export interface QuotesInput {
  /** Empty: an overview of the corpus's speakers. */
  speaker: string;
  page?: number;
  /** Quotations per page; chat shows a few at a time, a terminal all of them. */
  pageSize?: number;
}

export const QUOTES_PAGE_SIZE = 5;
/** Speakers listed by the overview when no name is given. */
const OVERVIEW_SPEAKERS = 25;

export const quotesCommand: CommandDefinition<QuotesInput> = {
  name: "quotes",
  description: "List what the corpus has from a speaker, newest first.",
  usage: "/quotes SPEAKER",
  options: [
    {
      name: "speaker",
      description: "The person or organisation",
      required: true,
      maxLength: MAX_SPEAKER_LENGTH,
      autocomplete: "speaker",
      positional: true,
    },
  ],
  fromText: (value) => ({ speaker: value.trim() }),
  fromOptions: (values) => ({ speaker: values.speaker?.trim() ?? "" }),
  run: runQuotes,
};

function describe(item: QuoteInContext): RichText {
  const { quote, article } = item;
  const where = nameSourceWithTitle(article);
  const run: RichText = [text(`“${quote.text}”`), text("  ")];
  run.push(article.url ? link(where, article.url) : text(where, "italic"));
  run.push(text(` · ${article.date ?? "undated"}`));
  return run;
}

/** A quotation as data, for machine-readable output. */
function record({ quote, article }: QuoteInContext) {
  return {
    document: quote.document,
    start: quote.start,
    end: quote.end,
    text: quote.text,
    speaker: quote.speaker,
    speakerMention: quote.speakerMention,
    cue: quote.cue,
    kind: quote.kind,
    confidence: quote.confidence,
    source: article.source ?? null,
    title: article.title ?? null,
    url: article.url ?? null,
    date: article.date ?? null,
    dateInferred: article.dateInferred ?? false,
  };
}

function overview(context: CommandContext, requester: Requester, limit: number): Reply {
  const stats = context.corpus.stats();
  const speakers = context.corpus.suggestSpeakers("", limit);
  return {
    kind: "quotes",
    tone: "info",
    emoji: "🗂️",
    title: "Speakers in the corpus",
    summary: `${count(stats.quotes, "quotation")} from ${count(stats.articles, "article")}, by ${count(stats.speakers, "speaker")}. ${commandMessages.QUOTES_USAGE(styleOf(requester))}`,
    fields: [],
    sections: [
      {
        heading: "Most quoted",
        items: speakers.map((s) => [text(s.name, "bold"), text(` · ${count(s.quoteCount, "quotation")}`)]),
        noun: "speakers",
      },
    ],
    data: speakers.map((s) => ({ speaker: s.name, quotations: s.quoteCount, aliases: s.aliases })),
  };
}

async function runQuotes(input: QuotesInput, context: CommandContext, requester: Requester): Promise<Reply> {
  const name = input.speaker.trim();
  if (!name) return overview(context, requester, input.pageSize ?? OVERVIEW_SPEAKERS);
  if (name.length > MAX_SPEAKER_LENGTH) {
    return errorReply(
      "That speaker name is too long — give just the name, e.g. Javad Zarif.",
      "SPEAKER_TOO_LONG",
    );
  }
  const { corpus } = context;
  let page: QuotePage | null;
  try {
    page = await corpus.quotesBy(
      name,
      { page: input.page ?? 1, pageSize: input.pageSize ?? QUOTES_PAGE_SIZE },
      { requester: requesterKey(requester) },
    );
  } catch (error) {
    // A busy requester or a failed search thread: the user gets the reason, not a generic failure.
    if (isVerbatimError(error)) return errorReply(error.message, error.code);
    throw error;
  }
  if (!page) {
    const suggestions = corpus.suggestSpeakers(name, 3).map((s) => s.name);
    return errorReply(commandMessages.NO_SUCH_SPEAKER(name, suggestions), "NO_SUCH_SPEAKER");
  }
  const { speaker, items, total, pageCount } = page;
  const aliases = speaker.aliases.filter((a) => a !== speaker.name);
  const at = (n: number) => ({ command: "quotes" as const, input: { speaker: speaker.name, page: n } });
  const actions: ReplyAction[] = [];
  if (page.page > 1) actions.push({ kind: "previous", request: at(page.page - 1) });
  if (page.page < pageCount) actions.push({ kind: "next", request: at(page.page + 1) });
  actions.push({ kind: "share", request: at(page.page) });
  return {
    kind: "quotes",
    tone: "info",
    emoji: "🗂️",
    title: `Quotations from ${speaker.name}`,
    summary: `${count(total, "quotation")} from ${count(page.articles, "article")}, newest first.`,
    fields:
      aliases.length > 0 ? [{ label: "Also written as", value: [text(aliases.slice(0, 6).join(", "))] }] : [],
    sections: [
      {
        heading: pageCount > 1 ? `Page ${page.page} of ${pageCount}` : "Quotations",
        items: items.map(describe),
        noun: "quotations",
      },
    ],
    actions,
    data: items.map(record),
  };
}
