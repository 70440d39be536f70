import { render } from 'preact';
import { applyPageLocale } from '@/utils/i18n';
import { SCRIPT_START } from './start';
import '@/components/theme.css';
import '@/components/card.css';
import { snapshotStore } from '@/components/snapshot-store';
import { createBrowserConnector } from '@/utils/connector';
import { SidePanelApp } from './App';

// lang, dir and title from the UI's locale (an RTL locale flips the page) before the first render.
applyPageLocale(document, 'extName');

render(
  <SidePanelApp connector={createBrowserConnector()} store={snapshotStore} startedAt={SCRIPT_START} />,
  document.getElementById('app')!,
);
