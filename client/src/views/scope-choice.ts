/**
 * A choice between two ways of listing, as two radio buttons
 * (#<name>-<part>-<value>) that say which is shown: the claims in view or
 * the whole graph, which the timeline and the Disputes panel both offer, and
 * the Disputes panel's where sources disagree or agree.
 */
import { h } from './dom';

export class TwoWayChoice<A extends string, B extends string> {
  private readonly first: HTMLInputElement;
  private readonly second: HTMLInputElement;
  readonly el: HTMLFieldSetElement;

  constructor(
    id: string,
    legend: string,
    options: [{ value: A; label: string }, { value: B; label: string }],
    /** Told the analyst's choice: true for the first option. */
    onChange: (first: boolean) => void,
  ) {
    const radio = (value: string) =>
      h('input', { type: 'radio', name: id, id: `${id}-${value}`, value });
    this.first = radio(options[0].value);
    this.second = radio(options[1].value);
    this.el = h(
      'fieldset',
      { class: 'scope-choice' },
      h('legend', { class: 'visually-hidden' }, legend),
      h('label', null, this.first, ` ${options[0].label}`),
      h('label', null, this.second, ` ${options[1].label}`),
    );
    this.el.addEventListener('change', () => onChange(this.first.checked));
  }

  /** Shows the choice held (the store's, which a link may have set): true for the first option. */
  show(first: boolean): void {
    this.first.checked = first;
    this.second.checked = !first;
  }
}

/** The claims in view (#<name>-scope-view) or the whole graph (#<name>-scope-all). */
export class ScopeChoice extends TwoWayChoice<'view', 'all'> {
  constructor(
    name: string,
    labels: { view: string; all: string },
    /** Told the analyst's choice: true for the claims in view. */
    onChange: (inView: boolean) => void,
  ) {
    super(
      `${name}-scope`,
      'Which claims',
      [
        { value: 'view', label: labels.view },
        { value: 'all', label: labels.all },
      ],
      onChange,
    );
  }
}
