/**
 * The choice between the claims in view and the whole graph, which the
 * timeline and the Disputes panel both offer: two radio buttons
 * (#<name>-scope-view, #<name>-scope-all) that say which is shown.
 */
import { h } from './dom';

export class ScopeChoice {
  private readonly view: HTMLInputElement;
  private readonly all: HTMLInputElement;
  readonly el: HTMLFieldSetElement;

  constructor(
    name: string,
    labels: { view: string; all: string },
    /** Told the analyst's choice: true for the claims in view. */
    onChange: (inView: boolean) => void,
  ) {
    const radio = (value: 'view' | 'all') =>
      h('input', { type: 'radio', name: `${name}-scope`, id: `${name}-scope-${value}`, value });
    this.view = radio('view');
    this.all = radio('all');
    this.el = h(
      'fieldset',
      { class: 'scope-choice' },
      h('legend', { class: 'visually-hidden' }, 'Which claims'),
      h('label', null, this.view, ` ${labels.view}`),
      h('label', null, this.all, ` ${labels.all}`),
    );
    this.el.addEventListener('change', () => onChange(this.view.checked));
  }

  /** Shows the choice held (the store's, which a link may have set). */
  show(inView: boolean): void {
    this.view.checked = inView;
    this.all.checked = !inView;
  }
}
