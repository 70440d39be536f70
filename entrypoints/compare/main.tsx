import { render } from 'preact';
import '@/components/theme.css';
import { ComparePage } from '@/components/ComparePage';
import './compare.css';

render(<ComparePage />, document.getElementById('app')!);
