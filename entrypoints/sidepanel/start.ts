// Imported first by main.tsx, so this runs before the rest of the panel's code: the start of the render timer.
export const SCRIPT_START = performance.now();
