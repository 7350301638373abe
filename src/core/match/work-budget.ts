/**
 * A query's allowance of search work, counted rather than timed: postings read, window words scanned and alignment
 * cells filled each cost one unit. Counting makes the cut-off deterministic (the same query on the same corpus
 * always stops at the same place) and testable; a clock would make answers depend on the machine's load.
 */
export class WorkBudget {
  private left: number;
  private spent = 0;
  exhausted = false;

  constructor(readonly limit = Number.POSITIVE_INFINITY) {
    this.left = limit;
  }

  /** Units still available (at least 0). */
  get remaining(): number {
    return Math.max(0, this.left);
  }

  get used(): number {
    return this.spent;
  }

  /** Pays for `units` of work if the budget allows it; otherwise marks the budget exhausted and pays nothing. */
  spend(units: number): boolean {
    if (this.exhausted) return false;
    if (units > this.left) {
      this.exhausted = true;
      return false;
    }
    this.left -= units;
    this.spent += units;
    return true;
  }

  /** Records work already done (a stream told to stop at `remaining`); exhausts the budget when it used it all. */
  charge(units: number, stoppedAtLimit: boolean): void {
    this.left -= units;
    this.spent += units;
    if (stoppedAtLimit) this.exhausted = true;
  }
}

/**
 * Work units per query. On the BBC corpus the most any of 300 seeded ordinary queries spent was about 115,000 units,
 * while a 1,400-character quotation of common words spends 33-83 million (2 s or more of one core); this stops such
 * a query after about half a second of work and leaves every ordinary one untouched (see BENCHMARKS.md).
 */
export const DEFAULT_WORK_BUDGET = 10_000_000;

export const TRUNCATED_NOTE =
  "I stopped searching early because this quotation takes unusually long to check, so a fuller search might find more.";
