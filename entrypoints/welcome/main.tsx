import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import '@/components/card.css';
import { createHostAccessUi } from '@/utils/host-access';
import { WelcomeApp } from './App';
import './welcome.css';

render(<WelcomeApp access={createHostAccessUi(browser)} />, document.getElementById('app')!);
