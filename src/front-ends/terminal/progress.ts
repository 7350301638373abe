import type { LoadProgress } from "../../core/types.js";

/**
 * Progress for a terminal: one line redrawn in place, throttled so drawing never costs more than loading.
 * Returns undefined when the stream is not a terminal (logs and pipes get no progress noise).
 */
export function terminalProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }): {
  onProgress: (p: LoadProgress) => void;
  done: () => void;
} | null {
  if (!stream.isTTY) return null;
  let last = 0;
  let drawn = false;
  const fmt = (n: number) => n.toLocaleString("en-US");
  return {
    onProgress(p) {
      const now = Date.now();
      if (now - last < 80 && p.filesRead < p.filesTotal) return;
      last = now;
      drawn = true;
      const quotes = p.quotesFound > 0 ? ` · ${fmt(p.quotesFound)} quotations` : "";
      const skipped = p.filesSkipped > 0 ? ` · ${fmt(p.filesSkipped)} skipped` : "";
      stream.write(
        `\r\x1b[2KReading corpus: ${fmt(p.filesRead)}/${fmt(p.filesTotal)} files${quotes}${skipped}`,
      );
    },
    done() {
      if (drawn) stream.write("\r\x1b[2K");
    },
  };
}
