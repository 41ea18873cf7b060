import { render } from 'preact';
import { App } from './App';
import { applyRememberedTheme } from './theme';

applyRememberedTheme();
render(<App />, document.getElementById('app')!);
