/** One seed term's postings (`postings[start..end]`, ascending) voting as query position `shift` of seed `seed`. */
export interface VoteList {
  start: number;
  end: number;
  shift: number;
  seed: number;
}

/**
 * The votes of several posting lists merged into one stream ordered by diagonal. A vote is packed as
 * `(position - shift + offset) * 64 + seed`; each list is already in that order (postings ascend), so a k-way
 * merge over a small heap of list heads replaces sorting every vote, and nothing is materialised.
 */
export class VoteStream {
  private readonly cursor: Int32Array;
  private readonly heap: Int32Array;
  private size = 0;
  private left: number;
  /** Votes handed out so far. */
  read = 0;

  constructor(
    private readonly postings: Uint32Array,
    private readonly lists: readonly VoteList[],
    private readonly offset: number,
    limit: number,
  ) {
    this.cursor = Int32Array.from(lists, (l) => l.start);
    this.heap = new Int32Array(lists.length);
    this.left = limit;
    lists.forEach((list, i) => {
      if (list.end > list.start) this.push(i);
    });
  }

  private key(i: number): number {
    const list = this.lists[i]!;
    return (this.postings[this.cursor[i]!]! - list.shift + this.offset) * 64 + list.seed;
  }

  private push(i: number): void {
    let at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.key(this.heap[parent]!) <= this.key(i)) break;
      this.heap[at] = this.heap[parent]!;
      at = parent;
    }
    this.heap[at] = i;
  }

  private siftDown(): void {
    const i = this.heap[0]!;
    const key = this.key(i);
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.key(this.heap[child + 1]!) < this.key(this.heap[child]!)) child++;
      if (this.key(this.heap[child]!) >= key) break;
      this.heap[at] = this.heap[child]!;
      at = child;
    }
    this.heap[at] = i;
  }

  /** True when the stream stopped at its limit with votes left unread. */
  get cut(): boolean {
    return this.left <= 0 && this.size > 0;
  }

  /** The next vote, or -1 when every list is spent or the vote limit is reached. */
  next(): number {
    if (this.size === 0 || this.left <= 0) return -1;
    this.left--;
    this.read++;
    const i = this.heap[0]!;
    const vote = this.key(i);
    this.cursor[i]!++;
    if (this.cursor[i]! >= this.lists[i]!.end) {
      this.size--;
      if (this.size === 0) return vote;
      this.heap[0] = this.heap[this.size]!;
    }
    this.siftDown();
    return vote;
  }
}
