import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import '@/components/card.css';
import { snapshotStore } from '@/components/snapshot-store';
import { createBrowserConnector } from '@/utils/connector';
import { createHostAccessUi } from '@/utils/host-access';
import { PopupApp } from './App';
import './popup.css';

render(
  <PopupApp connector={createBrowserConnector()} store={snapshotStore} access={createHostAccessUi(browser)} />,
  document.getElementById('app')!,
);
