import { render } from 'preact';
import { browser } from 'wxt/browser';
import { applyPageLocale } from '@/utils/i18n';
import '@/components/theme.css';
import '@/components/card.css';
import { snapshotStore } from '@/components/snapshot-store';
import { createBrowserConnector } from '@/utils/connector';
import { createHostAccessUi } from '@/utils/host-access';
import { PopupApp } from './App';
import './popup.css';

// lang, dir and title from the UI's locale (an RTL locale flips the page) before the first render.
applyPageLocale(document, 'extName');

render(
  <PopupApp connector={createBrowserConnector()} store={snapshotStore} access={createHostAccessUi(browser)} />,
  document.getElementById('app')!,
);
