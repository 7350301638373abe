/**
 * The stretches of an article that lie between double quotation marks, for annotating by hand and for checking
 * annotations: on each line, every stretch from one mark to the next, and from a line's last mark to its end (a
 * quotation paragraph left open, as BBC text often does). Offsets exclude the marks and surrounding spaces.
 */
export interface Segment {
  start: number;
  end: number;
  /** Counting the line's marks from 1: odd when sequential pairing would put this stretch inside a quotation. */
  afterMark: number;
}

export const DOUBLE_MARK = /["“”]/;

function trimmed(body: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  return { start, end };
}

export function quoteSegments(body: string): Segment[] {
  const segments: Segment[] = [];
  let lineStart = 0;
  for (const line of body.split("\n")) {
    const marks: number[] = [];
    for (let i = 0; i < line.length; i++) if (DOUBLE_MARK.test(line[i]!)) marks.push(lineStart + i);
    const lineEnd = lineStart + line.length;
    marks.forEach((mark, k) => {
      const span = trimmed(body, mark + 1, marks[k + 1] ?? lineEnd);
      if (span.end > span.start) segments.push({ ...span, afterMark: k + 1 });
    });
    lineStart = lineEnd + 1;
  }
  return segments;
}

/**
 * Annotated words lie between quotation marks when they start one stretch between marks and end inside it: at its
 * end, or earlier where a quotation paragraph left open runs on into narration on the same line.
 */
export function liesBetweenMarks(body: string, start: number, end: number): boolean {
  return end > start && quoteSegments(body).some((s) => s.start === start && end <= s.end);
}
