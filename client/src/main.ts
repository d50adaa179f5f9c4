import './styles.css';
import { startApp } from './app';

void startApp().catch((err: unknown) => {
  const el = document.getElementById('graph-message');
  if (el) {
    el.hidden = false;
    el.textContent = `Claimgraph failed to start: ${(err as Error).message}`;
  }
  document.getElementById('app')?.setAttribute('data-ready', 'error');
  console.error(err);
});
