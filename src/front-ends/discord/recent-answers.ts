import { randomBytes } from "node:crypto";

/**
 * Recently given answers, looked up by the short key a button carries. Bounded: the oldest entry goes when a new
 * one would exceed `capacity`, so memory stays flat however long the bot runs. A key that is gone is normal (the
 * answer was old or the bot restarted) and the caller tells the user so.
 */
export class RecentAnswers<T> {
  readonly #entries = new Map<string, T>();

  constructor(readonly capacity = 500) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError("capacity must be a positive integer");
  }

  /** Stores a value and returns its key: 12 URL-safe characters. */
  put(value: T): string {
    const key = randomBytes(9).toString("base64url");
    this.#entries.set(key, value);
    while (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return key;
  }

  get(key: string): T | undefined {
    return this.#entries.get(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
