import type { CandidateWindow } from "./find-candidates.js";
import type { MatchIndex } from "./index-structure.js";
import { type QueryWords, wordSimilarity } from "./query-words.js";

/** A matched word pair: query word `q`, corpus global position `t`, similarity `s` (0..1). */
export interface WordPair {
  q: number;
  t: number;
  s: number;
}

export interface Alignment {
  doc: number;
  /** Query words qStart..qEnd (exclusive) against corpus positions tStart..tEnd (exclusive). */
  qStart: number;
  qEnd: number;
  tStart: number;
  tEnd: number;
  pairs: WordPair[];
  score: number;
}

/**
 * Local alignment with affine gaps (Smith-Waterman with Gotoh's three matrices), word against word. A match
 * earns its similarity, a substituted word costs less than a dropped plus an inserted one, and a run of skipped
 * words costs an opening penalty plus a smaller one per word, so "and well equipped" inserted in the corpus
 * wording is one gap rather than three. Local: the best-scoring stretch wins, whatever lies around it.
 */
const MISMATCH = -0.7;
const GAP_OPEN = 0.9;
const GAP_EXTEND = 0.4;

const FROM_DIAGONAL = 1;
const FROM_CORPUS_GAP = 2;
const FROM_QUERY_GAP = 3;
const CORPUS_GAP_EXTENDED = 4;
const QUERY_GAP_EXTENDED = 8;

/** Matrices reused across alignments (queries run one at a time on the event loop). */
let scratch = {
  h: new Float32Array(0),
  e: new Float32Array(0),
  f: new Float32Array(0),
  sims: new Float32Array(0),
  trace: new Uint8Array(0),
};

function buffers(cells: number): typeof scratch {
  if (scratch.h.length < cells) {
    const size = Math.max(cells, scratch.h.length * 2);
    scratch = {
      h: new Float32Array(size),
      e: new Float32Array(size),
      f: new Float32Array(size),
      sims: new Float32Array(size),
      trace: new Uint8Array(size),
    };
  }
  return scratch;
}

function traceBack(
  trace: Uint8Array,
  cols: number,
  bestI: number,
  bestJ: number,
  sims: Float32Array,
): { i: number; j: number; s: number }[] {
  const pairs: { i: number; j: number; s: number }[] = [];
  let i = bestI;
  let j = bestJ;
  let state = 0; // 0: H, 1: corpus gap (E), 2: query gap (F)
  while (i > 0 && j > 0) {
    const cell = trace[i * cols + j]!;
    if (state === 0) {
      const from = cell & 3;
      if (from === 0) break;
      if (from === FROM_DIAGONAL) {
        const s = sims[i * cols + j]!;
        if (s > 0) pairs.push({ i: i - 1, j: j - 1, s });
        i--;
        j--;
      } else state = from === FROM_CORPUS_GAP ? 1 : 2;
    } else if (state === 1) {
      state = cell & CORPUS_GAP_EXTENDED ? 1 : 0;
      j--;
    } else {
      state = cell & QUERY_GAP_EXTENDED ? 2 : 0;
      i--;
    }
  }
  return pairs.reverse();
}

/** Best local alignment of query words from..to against the window, or null when nothing matches. */
export function alignWindow(
  index: MatchIndex,
  words: QueryWords,
  from: number,
  to: number,
  window: CandidateWindow,
): Alignment | null {
  const rows = to - from + 1;
  const cols = window.end - window.start + 1;
  const { h, e, f, sims, trace } = buffers(rows * cols);
  h.fill(0, 0, rows * cols);
  e.fill(-1e9, 0, rows * cols);
  f.fill(-1e9, 0, rows * cols);
  trace.fill(0, 0, rows * cols);
  let best = 0;
  let bestI = 0;
  let bestJ = 0;
  for (let i = 1; i < rows; i++) {
    const q = from + i - 1;
    for (let j = 1; j < cols; j++) {
      const at = i * cols + j;
      const s = wordSimilarity(index, words, q, index.tokens[window.start + j - 1]!);
      sims[at] = s;
      const diagonal = h[at - cols - 1]! + (s > 0 ? s : MISMATCH);
      const openE = h[at - 1]! - GAP_OPEN;
      const extendE = e[at - 1]! - GAP_EXTEND;
      e[at] = Math.max(openE, extendE);
      const openF = h[at - cols]! - GAP_OPEN;
      const extendF = f[at - cols]! - GAP_EXTEND;
      f[at] = Math.max(openF, extendF);
      let score = 0;
      let from3 = 0;
      if (diagonal > score) {
        score = diagonal;
        from3 = FROM_DIAGONAL;
      }
      if (e[at]! > score) {
        score = e[at]!;
        from3 = FROM_CORPUS_GAP;
      }
      if (f[at]! > score) {
        score = f[at]!;
        from3 = FROM_QUERY_GAP;
      }
      h[at] = score;
      trace[at] =
        from3 | (extendE > openE ? CORPUS_GAP_EXTENDED : 0) | (extendF > openF ? QUERY_GAP_EXTENDED : 0);
      if (score > best) {
        best = score;
        bestI = i;
        bestJ = j;
      }
    }
  }
  if (best <= 0) return null;
  const pairs = traceBack(trace, cols, bestI, bestJ, sims).map((p) => ({
    q: from + p.i,
    t: window.start + p.j,
    s: p.s,
  }));
  if (pairs.length === 0) return null;
  return {
    doc: window.doc,
    qStart: pairs[0]!.q,
    qEnd: pairs[pairs.length - 1]!.q + 1,
    tStart: pairs[0]!.t,
    tEnd: pairs[pairs.length - 1]!.t + 1,
    pairs,
    score: best,
  };
}
