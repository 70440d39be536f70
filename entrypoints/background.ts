import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '@/utils/background-runtime';

// Wiring only: handlers, badge and per-tab cache live in utils/background-runtime.ts.
export default defineBackground(() => {
  startBackground();
});
