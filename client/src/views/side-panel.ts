/** The right-hand panel: details of the selection, figures, disputes, sources, timeline, map, path finder, Cypher console or Add source. */
import type { PanelId } from '../core/url-state';
import type { AppContext } from './context';
import { CypherConsole } from './cypher-console';
import { DetailsPanel } from './details-panel';
import { DisputesView } from './disputes';
import { h } from './dom';
import { FiguresView } from './figures';
import { IngestPanel } from './ingest-panel';
import { PathFinder } from './path-finder';
import { PlacesMapView } from './places-map';
import { SourcesView } from './sources-panel';
import { TimelineView } from './timeline';

export class SidePanel {
  readonly details: DetailsPanel;
  readonly figures: FiguresView;
  readonly disputes: DisputesView;
  readonly sources: SourcesView;
  readonly timeline: TimelineView;
  readonly map: PlacesMapView;
  readonly path: PathFinder;
  readonly cypher: CypherConsole;
  readonly ingest: IngestPanel;
  private title = h('h2', { class: 'side-title', id: 'side-title' });
  private body = h('div', { class: 'side-body' });
  private shown: PanelId | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly ctx: AppContext,
  ) {
    this.details = new DetailsPanel(ctx);
    this.figures = new FiguresView(ctx);
    this.disputes = new DisputesView(ctx);
    this.sources = new SourcesView(ctx);
    this.timeline = new TimelineView(ctx);
    this.map = new PlacesMapView(ctx);
    this.path = new PathFinder(ctx);
    this.cypher = new CypherConsole(ctx);
    this.ingest = new IngestPanel(ctx);
    const close = h(
      'button',
      {
        type: 'button',
        class: 'icon-btn',
        id: 'side-close',
        'aria-label': 'Close panel (Escape)',
        title: 'Close (Escape)',
      },
      '×',
    );
    close.addEventListener('click', () => ctx.actions.openPanel(null));
    root.setAttribute('aria-labelledby', 'side-title');
    root.append(h('div', { class: 'side-head' }, this.title, close), this.body);
  }

  /** Shows `panel`; re-renders details when the selection or tab changed. */
  update(panel: PanelId | null, rerenderDetails: boolean): void {
    const root = this.root;
    const visible = panel && panel !== 'filters' ? panel : null;
    root.hidden = !visible;
    root.dataset.panel = visible ?? '';
    root.classList.toggle(
      'is-wide',
      visible === 'figures' || visible === 'timeline' || visible === 'map' || visible === 'cypher',
    );
    root.classList.toggle('is-xwide', visible === 'ingest');
    if (!visible) {
      this.shown = null;
      return;
    }
    const view = {
      details: this.details,
      figures: this.figures,
      disputes: this.disputes,
      sources: this.sources,
      timeline: this.timeline,
      map: this.map,
      path: this.path,
      cypher: this.cypher,
      ingest: this.ingest,
    }[visible];
    const opened = this.shown !== visible;
    if (opened) {
      this.body.replaceChildren(view.el);
      this.shown = visible;
      rerenderDetails = true;
    }
    if (visible === 'details' && rerenderDetails) this.details.render();
    if (visible === 'figures') void this.figures.render();
    if (visible === 'disputes' && opened) void this.disputes.render();
    if (visible === 'sources' && opened) void this.sources.render();
    if (visible === 'timeline') void this.timeline.render();
    if (visible === 'map' && opened) void this.map.render();
    if (visible === 'cypher') void this.cypher.show();
    if (visible === 'ingest') this.ingest.show();
    this.title.textContent = view.title();
  }
}
