import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { compactMessages } from './utils/i18n-compact';

// Unicode noncharacters (U+FDD0–U+FDEF, U+xFFFE/U+xFFFF): Chrome rejects a script file holding one.
const NONCHARACTER = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/;

/**
 * Bundles carry the English messages utils/i18n.ts falls back on without the translators' descriptions and examples
 * (a third of the file's size; the compare page's early-read script holds the table too). The file the browser reads,
 * public/_locales/en/messages.json, is copied whole.
 */
const compactMessagesPlugin = (): Plugin => ({
  name: 'clauselens-compact-messages',
  // Before Vite's JSON plugin turns the file into a module.
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]_locales[\\/][^\\/]+[\\/]messages\.json$/.test(id.split('?')[0] ?? id)) return null;
    return { code: JSON.stringify(compactMessages(JSON.parse(code))), map: null };
  },
});

/** The policy of the popup, side panel and compare page (MV3 requires script-src and object-src at least). */
const extensionPagesCsp = (browser: string) =>
  [
    "script-src 'self'",
    "object-src 'none'",
    // http(s): the PDF reader page (utils/pdf-reader.ts) downloads a PDF open in a tab again to read it, since no
    // extension code reaches into the browser's PDF viewer; a host permission does not lift this directive. It fetches
    // only the URL the tab already shows.
    "connect-src 'self' http: https:",
    "img-src 'self' data: blob:",
    "base-uri 'none'",
    // Firefox has no offscreen documents: its background page frames the PDF reader page (utils/pdf-tab.ts), so our
    // own origin may frame our pages there. No web page may, in either browser.
    browser === 'firefox' ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
  ].join('; ');

// https://wxt.dev/api/config.html
export default defineConfig({
  // No auto-imports: extractors/ must stay framework-free, and an auto-import once pulled
  // Dexie into analyzer.js through a parameter that shared a name with a utils/ export.
  imports: false,
  // The Firefox sources package AMO asks for: what builds the extension, not what a test run or the CLI left behind.
  zip: { excludeSources: ['artifacts/**', 'bin/**', 'coverage/**', 'web-ext-artifacts/**'] },
  manifest: ({ browser, command }) => ({
    // The UI's words, the name and the description included, are in public/_locales/<locale>/messages.json
    // (utils/i18n.ts); the browser fills each __MSG_…__ from the user's locale, English being the fallback.
    name: '__MSG_extName__',
    default_locale: 'en',
    description: '__MSG_extDescription__',
    // Every permission and why: README.md, "Permissions". No `tabs`: access to all sites (once granted) or activeTab
    // (on the page ClauseLens is opened on) shows the background a tab's URL, which is all it reads.
    // `offscreen` (Chrome): the hidden page that reads a PDF tab with pdf.js (utils/pdf-tab.ts); Firefox uses a frame of
    // its background page instead. `alarms` + `notifications`: deadline reminders (utils/reminders.ts).
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    // Access to all sites is asked for, not taken: the welcome page (entrypoints/welcome/) and the popup ask with one
    // click (utils/host-access.ts), and the detector is registered only once it is granted. Until then activeTab +
    // scripting read the page the user opens ClauseLens on.
    optional_host_permissions: ['<all_urls>'],
    // Private windows leave no trace on disk; the library (IndexedDB) is on disk, so ClauseLens does not run there.
    incognito: 'not_allowed',
    // Extension pages load only the extension's own code and talk to nothing else. Build only: `wxt` (dev mode)
    // adds its dev server to the policy and needs a websocket to it.
    ...(command === 'build' ? { content_security_policy: { extension_pages: extensionPagesCsp(browser) } } : {}),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'clauselens@clauselens.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact(), compactMessagesPlugin()],
    // ASCII output: Chrome refuses to inject a script file holding a Unicode noncharacter ("isn't UTF-8 encoded"),
    // and bundled libraries do (Dexie's "\uffff"); escaped, every character is safe.
    esbuild: { charset: 'ascii' },
  }),
  hooks: {
    // esbuild leaves regex literals unescaped, so check what was written: fail the build, not the first injection.
    'build:done': (wxt, output) => {
      for (const step of output.steps) {
        for (const chunk of step.chunks) {
          if (!chunk.fileName.endsWith('.js')) continue;
          const text = readFileSync(join(wxt.config.outDir, chunk.fileName), 'utf8');
          const at = text.search(NONCHARACTER);
          if (at >= 0) {
            throw new Error(`${chunk.fileName} holds a Unicode noncharacter at ${at}; Chrome will refuse to load it.`);
          }
        }
      }
    },
  },
});
