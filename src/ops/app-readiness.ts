import type { CorpusService } from "../core/corpus-service.js";
import type { Storage } from "../storage/storage.js";
import type { ReadinessCheck } from "./readiness.js";

export type FrontEndState = "starting" | "started";

/**
 * What /readyz reports as the app comes up and goes down: the corpus once loaded, the storage once open (and
 * answering), each configured front end once connected, and nothing while shutting down — so an orchestrator
 * sends no new work to an instance that is loading or stopping.
 */
export class AppReadiness {
  corpus: CorpusService | undefined;
  storage: Storage | undefined;
  private readonly frontEnds = new Map<string, FrontEndState>();
  private stopping = false;

  frontEnd(name: string, state: FrontEndState): void {
    this.frontEnds.set(name, state);
  }

  markStopping(): void {
    this.stopping = true;
  }

  checks(): ReadinessCheck[] {
    const { corpus, storage } = this;
    const checks: ReadinessCheck[] = [
      {
        name: "corpus",
        check: () =>
          corpus
            ? { ok: true, detail: `${corpus.stats().articles} articles` }
            : { ok: false, detail: "loading" },
      },
      {
        name: "storage",
        check: async () => {
          if (!storage) return { ok: false, detail: "opening" };
          await storage.ping();
          return { ok: true, detail: storage.driver };
        },
      },
    ];
    for (const [name, state] of this.frontEnds) {
      checks.push({ name, check: () => ({ ok: state === "started", detail: state }) });
    }
    if (this.stopping) checks.push({ name: "shutdown", check: () => ({ ok: false, detail: "stopping" }) });
    return checks;
  }
}
