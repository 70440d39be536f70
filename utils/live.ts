import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Preact hook over Dexie's liveQuery: re-runs `query` whenever a write it read from commits, in this window or
 * another (so every open view updates when a card is saved elsewhere). dexie-react-hooks is avoided because it
 * pulls in React (see toolchain-notes.md). `initial` is returned until the first result arrives.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      // Wrapped so a function-valued T is stored, not called as a state updater.
      next: (result) => setValue(() => result),
      // Errors surface in the console; the view keeps its last good value.
      error: (err) => console.error('ClauseLens live query failed', err),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
