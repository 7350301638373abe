/** Who each frame's subject is in text without capitals: names in full and title-cased, pronouns via names. */
import type { Frame, NameSpan, Word } from "./frame-names.js";

function titleCase(text: string): string {
  return text.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1));
}

/** Who each frame's subject is: names in full and title-cased, pronouns via the previous named subject. */
export class FrameSpeakers {
  constructor(
    private readonly words: readonly Word[],
    private readonly names: readonly NameSpan[],
    private readonly frames: readonly Frame[],
  ) {}

  private text(from: number, to: number): string {
    return this.words
      .slice(from, to)
      .map((w) => w.text)
      .join(" ");
  }

  /** The longest name in the article ending with this one ("mahdi" → "adel abdel mahdi"). */
  private fullName(name: NameSpan): string {
    const own = this.text(name.nameFrom, name.to);
    let best = own;
    for (const other of this.names) {
      const full = this.text(other.nameFrom, other.to);
      if (full.length > best.length && full.endsWith(` ${own}`)) best = full;
    }
    return titleCase(best);
  }

  resolve(frame: Frame): { name: string; kind: "person" | "description" } | null {
    const subject = frame.subject;
    if (subject.kind === "person") return { name: this.fullName(subject.name), kind: "person" };
    if (subject.kind === "description")
      return { name: this.text(subject.from, subject.to), kind: "description" };
    for (let i = this.frames.indexOf(frame) - 1; i >= 0; i--) {
      const earlier = this.frames[i]!.subject;
      if (earlier.kind === "person") return { name: this.fullName(earlier.name), kind: "person" };
    }
    return null;
  }
}
