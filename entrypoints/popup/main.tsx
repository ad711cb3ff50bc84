import { render } from 'preact';
import '@/components/theme.css';
import './popup.css';
import { PopupApp } from '@/components/PopupApp';

render(<PopupApp />, document.getElementById('app')!);
