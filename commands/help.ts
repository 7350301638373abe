/**
 * What Verbatim does and how to ask it, written once and rendered by each chat front end (Slack's Home tab,
 * Discord's `/verify` without a quotation). The examples are taken from the corpus being served, so every one of
 * them works as shown; the seed corpus's examples stand in when the corpus has too little to draw from.
 */
import type { CorpusService } from "../src/core/corpus-service.js";
import type { Verdict } from "../src/core/types.js";
import { verdictLook } from "./render-verification.js";
import { type Reply, type RichText, text } from "./reply.js";

export type HelpPlatform = "slack" | "discord";

interface Syntax {
  verify(quote: string, speaker?: string): string;
  quotes(speaker: string): string;
  shortcut: string;
  share: string;
}

const syntax: Record<HelpPlatform, Syntax> = {
  slack: {
    verify: (quote, speaker) => (speaker ? `/verify "${quote}" — ${speaker}` : `/verify ${quote}`),
    quotes: (speaker) => `/quotes ${speaker}`,
    shortcut: "Verify quote in any message's ⋯ menu (under More message shortcuts the first time)",
    share: "Share in channel",
  },
  discord: {
    verify: (quote, speaker) =>
      speaker ? `/verify quote:${quote} speaker:${speaker}` : `/verify quote:${quote}`,
    quotes: (speaker) => `/quotes speaker:${speaker}`,
    shortcut: "Apps → Verify quote on any message (right-click it, or long-press on mobile)",
    share: "📣 Share in channel",
  },
};

/** One line per verdict; a new verdict does not compile until it is explained here. */
const meanings: Record<Verdict, string> = {
  verified: "these words, by this speaker, are in the sources",
  variant: "said, in slightly different words that keep the meaning; the differences are marked",
  misquoted: "the source's quotation, but changed in meaning: a figure, a negation, a name or a word",
  partial: "only part of it is supported, e.g. two quotations run together",
  unattributed: "quoted, but no source clearly names the speaker you gave, so it cannot be confirmed",
  misattributed: "said, but by someone else, who is named",
  unquoted: "the words are a reporter's narration, not anyone's quotation",
  not_found: "the corpus does not have it, which does not prove it was never said",
};

export interface HelpExamples {
  quote: string;
  speaker: string;
  otherSpeaker: string;
}

/** From the seed corpus, for a corpus too small to give examples of its own. */
const SEED_EXAMPLES: HelpExamples = {
  quote: "We do not seek escalation or war",
  speaker: "Javad Zarif",
  otherSpeaker: "Mike Pompeo",
};

const MIN_WORDS = 4;
const MAX_WORDS = 12;

/** A short quotation of the most quoted speaker, and another speaker to show a misattribution with. */
export async function examplesFrom(corpus: CorpusService): Promise<HelpExamples> {
  try {
    const [first, second] = corpus.suggestSpeakers("", 2);
    if (!first || !second) return SEED_EXAMPLES;
    const page = await corpus.quotesBy(first.name, { page: 1, pageSize: 25 }, { requester: "help" });
    const words = (candidate: string) => candidate.split(/\s+/).length;
    // A whole sentence reads as an example; a fragment picked out of one does not.
    const quote = page?.items
      .map((item) => item.quote.text.trim().replace(/[,;:]+$/, ""))
      .find(
        (candidate) =>
          /^\p{Lu}/u.test(candidate) &&
          words(candidate) >= MIN_WORDS &&
          words(candidate) <= MAX_WORDS &&
          !/["“”]/.test(candidate),
      );
    return quote ? { quote, speaker: first.name, otherSpeaker: second.name } : SEED_EXAMPLES;
  } catch {
    return SEED_EXAMPLES;
  }
}

function example(command: string, what: string): RichText {
  return [text(command, "code"), text(` — ${what}`)];
}

/** The help, with the platform's way of writing each command. */
export function helpReply(platform: HelpPlatform, examples: HelpExamples, articles?: number): Reply {
  const s = syntax[platform];
  const corpus =
    articles === undefined
      ? "a corpus of news articles"
      : `${articles.toLocaleString("en-US")} news articles`;
  return {
    kind: "help",
    tone: "info",
    emoji: "👋",
    title: "Verbatim checks quotations",
    summary:
      `Paste a quotation — misremembered, truncated, mistyped or pinned on the wrong person — and I look for it in ` +
      `${corpus}: was it said, by whom, where (outlet, title, link), when, and in what words.`,
    fields: [],
    sections: [
      {
        heading: "Try it",
        items: [
          example(s.verify(examples.quote), "who said it, where and when, with links to the articles"),
          example(
            s.verify(examples.quote, examples.otherSpeaker),
            "also checks who said it: a wrong speaker is reported as misattributed, naming who did",
          ),
          example(s.quotes(examples.speaker), "what the corpus has from someone, newest first"),
          [text(s.shortcut, "bold"), text(" — checks the quoted words in any message, or all of it")],
        ],
        noun: "examples",
      },
      {
        heading: "What the answers mean",
        items: (Object.keys(meanings) as Verdict[]).map((verdict) => {
          const look = verdictLook(verdict);
          return [text(`${look.emoji} ${look.title}`, "bold"), text(` — ${meanings[verdict]}`)];
        }),
        noun: "verdicts",
      },
      {
        heading: "Good to know",
        items: [
          [text(`Answers are shown only to you until you press ${s.share}.`)],
          [text("Nothing I post can notify anyone: mentions in quotations and articles are shown as text.")],
        ],
        noun: "notes",
      },
    ],
  };
}
