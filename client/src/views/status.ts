/** Toasts (aria-live) and a global busy indicator. */
import { h } from './dom';

export type ToastKind = 'info' | 'error' | 'success';

/** A button in a toast: "Try again" after a failure that waiting can cure. */
export interface ToastAction {
  label: string;
  run: () => void;
}

/**
 * How long a toast stays: 3 s, 9 s for an error, 30 s with an action (Try
 * again is for when Neo4j is back, which a restart takes ~10 s to be).
 */
export function toastMs(kind: ToastKind, withAction: boolean): number {
  if (withAction) return 30_000;
  return kind === 'error' ? 9000 : 3000;
}

export class StatusView {
  private busyCount = 0;
  private busyLabels: string[] = [];

  constructor(
    private readonly toasts: HTMLElement,
    private readonly busy: HTMLElement,
  ) {}

  /** A toast for `ms`, by default as long as `toastMs` says. */
  notify(
    message: string,
    kind: ToastKind = 'info',
    ms?: number,
    action: ToastAction | null = null,
  ): void {
    const close = h(
      'button',
      { class: 'toast-close', 'aria-label': 'Dismiss', type: 'button' },
      '×',
    );
    const toast = h(
      'div',
      { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
      h('span', null, message),
      action ? h('button', { class: 'toast-action', type: 'button' }, action.label) : null,
      close,
    );
    const remove = () => toast.remove();
    close.addEventListener('click', remove);
    toast.querySelector('.toast-action')?.addEventListener('click', () => {
      remove();
      action?.run();
    });
    this.toasts.append(toast);
    while (this.toasts.children.length > 2) this.toasts.firstElementChild?.remove();
    setTimeout(remove, ms ?? toastMs(kind, action !== null));
  }

  /** Shows a busy indicator until the promise settles. */
  async track<T>(label: string, p: Promise<T>): Promise<T> {
    this.busyCount++;
    this.busyLabels.push(label);
    this.render();
    try {
      return await p;
    } finally {
      this.busyCount--;
      this.busyLabels.splice(this.busyLabels.indexOf(label), 1);
      this.render();
    }
  }

  private render(): void {
    this.busy.hidden = this.busyCount === 0;
    this.busy.textContent = this.busyLabels.at(-1) ? `${this.busyLabels.at(-1)}…` : '';
    document.getElementById('app')?.setAttribute('data-busy', String(this.busyCount));
  }
}
