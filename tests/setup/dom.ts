import { afterAll } from 'vitest';

// Preact schedules effects with requestAnimationFrame plus a 100 ms setTimeout fallback.
// A fallback still pending when a DOM test file ends fires after vitest has torn the
// jsdom globals down, and throws "cancelAnimationFrame is not defined" as an unhandled
// error that fails the whole run. Let such timers fire while the DOM still exists.
afterAll(async () => {
  if (typeof window === 'undefined') return;
  await new Promise((resolve) => setTimeout(resolve, 150));
});

// waitFor/findBy give up after 1 s by default; on a loaded 2-core CI machine a Dexie
// round trip plus a Preact render can take longer. A wait that never comes true still fails.
if (typeof window !== 'undefined') {
  const { configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: 5_000 });
}
