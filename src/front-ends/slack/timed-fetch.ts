/**
 * `fetch` with a deadline. Bolt posts answers to response_url with plain `fetch`, which would wait forever on a
 * stalled connection; every Slack call made through this gives up after `timeoutMs`.
 */
export function timedFetch(timeoutMs: number, base: typeof fetch = globalThis.fetch): typeof fetch {
  return (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    return base(input, { ...init, signal });
  };
}
