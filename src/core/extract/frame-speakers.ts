/** Who each frame's subject is in text without capitals: names in full and title-cased, pronouns via names. */
import type { Frame, NameSpan, Word } from "./frame-names.js";

function titleCase(text: string): string {
  return text.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1));
}

/** Who each frame's subject is: names in full and title-cased, pronouns via the previous named subject. */
export class FrameSpeakers {
  /** Each word-final part of a name ("mahdi", "abdel mahdi") → the longest name ending with it. */
  private readonly longest = new Map<string, string>();
  /** For each frame, the nearest earlier frame whose subject is a named person. */
  private readonly previousPerson = new Map<Frame, NameSpan>();

  constructor(
    private readonly words: readonly Word[],
    names: readonly NameSpan[],
    frames: readonly Frame[],
  ) {
    for (const name of names) {
      const full = this.text(name.nameFrom, name.to);
      for (let from = name.nameFrom + 1; from < name.to; from++) {
        const part = this.text(from, name.to);
        if (full.length > (this.longest.get(part)?.length ?? 0)) this.longest.set(part, full);
      }
    }
    let person: NameSpan | null = null;
    for (const frame of frames) {
      if (person) this.previousPerson.set(frame, person);
      if (frame.subject.kind === "person") person = frame.subject.name;
    }
  }

  private text(from: number, to: number): string {
    return this.words
      .slice(from, to)
      .map((w) => w.text)
      .join(" ");
  }

  /** The longest name in the article ending with this one ("mahdi" → "adel abdel mahdi"). */
  private fullName(name: NameSpan): string {
    const own = this.text(name.nameFrom, name.to);
    const longer = this.longest.get(own);
    return titleCase(longer && longer.length > own.length ? longer : own);
  }

  resolve(frame: Frame): { name: string; kind: "person" | "description" } | null {
    const subject = frame.subject;
    if (subject.kind === "person") return { name: this.fullName(subject.name), kind: "person" };
    if (subject.kind === "description")
      return { name: this.text(subject.from, subject.to), kind: "description" };
    const earlier = this.previousPerson.get(frame);
    return earlier ? { name: this.fullName(earlier), kind: "person" } : null;
  }
}
