/**
 * The explain trace: which candidates each field's rules considered, which rule fired and
 * why the others were rejected. `npm run --silent card -- --explain FILE` prints it.
 *
 * Off by default and then free: `traceEvent` returns at its first line unless a caller
 * wrapped the pipeline in `withTrace`. A module-level collector (not a parameter threaded
 * through every extractor) keeps the extractors' signatures `(doc) => value`; the engine is
 * synchronous, so one collector at a time is all there can be.
 */

export interface TraceEvent {
  /** Field the rule belongs to: "notices", "uptime", "detect". */
  field: string;
  /** Rule name, "field/rule": "notices/nonRenewalBeforeTermEnd". */
  rule: string;
  outcome: 'fired' | 'rejected' | 'considered';
  /** Offsets of the candidate text in Doc.text, when there is one. */
  start?: number;
  end?: number;
  /** Why the rule fired or was rejected, in a few words. */
  why?: string;
}

let collector: TraceEvent[] | null = null;

/** True while a trace is being collected: guard expensive `why` strings with it. */
export function tracing(): boolean {
  return collector !== null;
}

export function traceEvent(event: TraceEvent): void {
  if (collector === null) return;
  collector.push(event);
}

/** Runs `fn` with a fresh collector and returns its result with the events it recorded. */
export function withTrace<T>(fn: () => T): { result: T; events: TraceEvent[] } {
  const previous = collector;
  const events: TraceEvent[] = [];
  collector = events;
  try {
    return { result: fn(), events };
  } finally {
    collector = previous;
  }
}
