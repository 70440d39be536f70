import { render } from 'preact';
import { applyPageLocale } from '@/utils/i18n';
import '@/components/theme.css';
import { ComparePage } from '@/components/ComparePage';
import './compare.css';

// lang, dir and title from the UI's locale (an RTL locale flips the page) before the first render.
applyPageLocale(document, 'pageTitleCompare');

render(<ComparePage />, document.getElementById('app')!);
