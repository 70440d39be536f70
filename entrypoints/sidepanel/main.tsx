import { render } from 'preact';
import { SCRIPT_START } from './start';
import '@/components/theme.css';
import '@/components/card.css';
import { snapshotStore } from '@/components/snapshot-store';
import { createBrowserConnector } from '@/utils/connector';
import { SidePanelApp } from './App';

render(
  <SidePanelApp connector={createBrowserConnector()} store={snapshotStore} startedAt={SCRIPT_START} />,
  document.getElementById('app')!,
);
