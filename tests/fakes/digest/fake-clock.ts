import type { Clock } from "../../../src/core/logger.js";
import type { Timers } from "../../../src/timers/timers.js";

interface Pending {
  id: number;
  due: number;
  fn: () => void;
}

/** A clock whose time moves only when told to, firing the timers that fall due on the way, in order. */
export class FakeClock implements Clock, Timers {
  protected current: number;
  private pending: Pending[] = [];
  private nextId = 1;

  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.pending.push({ id, due: this.current + Math.max(0, ms), fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((p) => p.id !== handle);
  }

  /**
   * Moves to `target`. Timers due at the same instant all fire before `settle` is awaited, so work they start
   * runs concurrently (as two replicas' timers would); then time moves on.
   */
  async advanceTo(target: Date | string, settle: () => Promise<void> = async () => undefined): Promise<void> {
    const end = new Date(target).getTime();
    for (;;) {
      const first = Math.min(...this.pending.filter((p) => p.due <= end).map((p) => p.due));
      if (!Number.isFinite(first)) break;
      const due = this.pending.filter((p) => p.due === first).sort((a, b) => a.id - b.id);
      this.pending = this.pending.filter((p) => p.due !== first);
      this.current = Math.max(this.current, first);
      for (const timer of due) timer.fn();
      await settle();
    }
    this.current = Math.max(this.current, end);
  }

  /** When the next timer would fire, if any. */
  nextDue(): Date | null {
    const due = Math.min(...this.pending.map((p) => p.due));
    return Number.isFinite(due) ? new Date(due) : null;
  }
}
