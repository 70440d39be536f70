import { render } from 'preact';
import '@/components/theme.css';
import '@/components/card.css';
import { snapshotStore } from '@/components/snapshot-store';
import { createBrowserConnector } from '@/utils/connector';
import { PopupApp } from './App';
import './popup.css';

render(<PopupApp connector={createBrowserConnector()} store={snapshotStore} />, document.getElementById('app')!);
