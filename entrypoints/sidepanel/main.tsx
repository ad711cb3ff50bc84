import { render } from 'preact';
import '@/components/theme.css';
import '@/components/sidepanel/sidepanel.css';
import { SidePanelApp } from '@/components/SidePanelApp';

render(<SidePanelApp />, document.getElementById('app')!);
