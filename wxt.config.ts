import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'ClauseLens',
    description:
      'Turns SaaS terms, SLAs, MSAs and DPAs into clause cards with the quote behind every value. Nothing leaves your browser.',
    permissions: ['activeTab', 'scripting', 'storage', 'tabs', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['<all_urls>'],
    action: { default_title: 'ClauseLens' },
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
    plugins: [preact()],
  }),
});
