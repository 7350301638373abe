import type { CorpusService } from "../core/corpus-service.js";
import type { Storage } from "../storage/storage.js";
import type { CheckResult, ReadinessCheck } from "./readiness.js";

/** A front end's own view of its connection; absent while it is starting. */
export type FrontEndStatus = () => CheckResult;

/**
 * What /readyz reports as the app comes up and goes down: the corpus once loaded, the storage once open (and
 * answering), each configured front end once connected, and nothing while shutting down — so an orchestrator
 * sends no new work to an instance that is loading or stopping.
 */
export class AppReadiness {
  corpus: CorpusService | undefined;
  /** False for an instance that only ingests: it never loads the corpus, so readiness does not wait for one. */
  constructor(private readonly servesCorpus = true) {}
  storage: Storage | undefined;
  private readonly frontEnds = new Map<string, FrontEndStatus | "starting">();
  private stopping = false;

  /** A front end being started ("starting"), then its status once it has started. */
  frontEnd(name: string, status: FrontEndStatus | "starting"): void {
    this.frontEnds.set(name, status);
  }

  markStopping(): void {
    this.stopping = true;
  }

  checks(): ReadinessCheck[] {
    const { corpus, storage } = this;
    const checks: ReadinessCheck[] = [];
    if (this.servesCorpus) {
      checks.push({
        name: "corpus",
        check: () =>
          corpus
            ? { ok: true, detail: `${corpus.stats().articles} articles` }
            : { ok: false, detail: "loading" },
      });
    }
    checks.push({
      name: "storage",
      check: async () => {
        if (!storage) return { ok: false, detail: "opening" };
        await storage.ping();
        return { ok: true, detail: storage.driver };
      },
    });
    for (const [name, status] of this.frontEnds) {
      checks.push({
        name,
        check: status === "starting" ? () => ({ ok: false, detail: "starting" }) : status,
      });
    }
    if (this.stopping) checks.push({ name: "shutdown", check: () => ({ ok: false, detail: "stopping" }) });
    return checks;
  }
}
