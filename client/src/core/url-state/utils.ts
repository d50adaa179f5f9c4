/** ViewState ↔ URL query string. DOM-free. */
import type { KindGroup } from '../appearance/types';
import { GROUPS } from '../appearance/utils';
import { SOURCE_ORDERS, type SourceOrder } from '../api/types';
import { DEFAULT_FILTERS, type Filters } from '../filters/types';
import { isIsoDate } from '../filters/utils';
import { parseExpansionToken } from '../graph/utils';
import { formatDayRange, parseDayRange } from '../time/utils';
import { DETAIL_TABS, PANELS, type DetailTab, type PanelId, type ViewState } from './types';

export const EMPTY_VIEW: ViewState = {
  selected: null,
  panel: null,
  tab: null,
  expanded: [],
  hidden: [],
  filters: DEFAULT_FILTERS,
  filtersOpen: false,
  measure: null,
  narrow: null,
  disputesInView: false,
  disputesAgree: false,
  mapInView: false,
  timelineAll: false,
  timelinePeriod: null,
  figuresPeriod: null,
  figuresWidest: false,
  figuresInView: false,
  path: null,
  cypher: null,
  whoSaid: null,
  sources: { q: '', order: 'published' },
};

const KINDS = new Set<string>(GROUPS.map((g) => g.group));

const list = (v: string | null): string[] =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

const unique = (xs: string[]) => [...new Set(xs)];

/** Encodes a view; default values are left out so links stay short. */
export function encodeView(v: ViewState): string {
  const p = new URLSearchParams();
  if (v.selected) p.set('sel', v.selected);
  if (v.panel) p.set('panel', v.panel);
  if (v.tab && v.panel === 'details') p.set('tab', v.tab);
  if (v.expanded.length) p.set('exp', v.expanded.join(','));
  if (v.hidden.length) p.set('hide', v.hidden.join(','));
  const f = v.filters;
  if (f.hiddenKinds.length) p.set('nokind', f.hiddenKinds.join(','));
  if (f.hiddenRels.length) p.set('norel', f.hiddenRels.join(','));
  if (f.sources.length) p.set('src', f.sources.join(','));
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (!f.undated) p.set('undated', '0');
  if (v.filtersOpen) p.set('filters', '1');
  if (v.measure) p.set('measure', v.measure);
  if (v.narrow?.trim()) p.set('dq', v.narrow);
  if (v.disputesInView) p.set('ds', 'view');
  if (v.disputesAgree) p.set('dk', 'agree');
  if (v.mapInView) p.set('ms', 'view');
  if (v.timelineAll) p.set('tl', 'all');
  if (v.timelinePeriod) p.set('tp', formatDayRange(v.timelinePeriod));
  // A period of the figures chart is a period of one measure's chart.
  if (v.figuresPeriod && v.measure) p.set('fp', formatDayRange(v.figuresPeriod));
  if (v.figuresWidest) p.set('fo', 'widest');
  if (v.figuresInView) p.set('fs', 'view');
  if (v.path) {
    p.set('pfrom', v.path.from);
    p.set('pto', v.path.to);
    if (v.path.maxHops !== 4) p.set('hops', String(v.path.maxHops));
  }
  if (v.cypher) p.set('q', v.cypher);
  if (v.whoSaid?.by) p.set('wby', v.whoSaid.by);
  if (v.whoSaid?.about) p.set('wabout', v.whoSaid.about);
  if (v.sources.q.trim()) p.set('sq', v.sources.q);
  if (v.sources.order !== 'published') p.set('so', v.sources.order);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Decodes a query string; anything malformed falls back to the default. */
export function decodeView(search: string): ViewState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const panel = p.get('panel');
  const tab = p.get('tab');
  const from = p.get('from');
  const to = p.get('to');
  const filters: Filters = {
    hiddenKinds: unique(list(p.get('nokind')).filter((k) => KINDS.has(k))) as KindGroup[],
    hiddenRels: unique(list(p.get('norel')).filter((r) => /^[A-Z_]+$/.test(r))),
    sources: unique(list(p.get('src'))),
    from: from && isIsoDate(from) ? from : null,
    to: to && isIsoDate(to) ? to : null,
    undated: p.get('undated') !== '0',
  };
  const pfrom = p.get('pfrom');
  const pto = p.get('pto');
  const hops = Number(p.get('hops') ?? 4);
  const wby = nodeIdOf(p.get('wby'));
  const wabout = nodeIdOf(p.get('wabout'));
  const so = p.get('so');
  return {
    selected: p.get('sel') || null,
    panel: panel && (PANELS as readonly string[]).includes(panel) ? (panel as PanelId) : null,
    tab: tab && (DETAIL_TABS as readonly string[]).includes(tab) ? (tab as DetailTab) : null,
    expanded: unique(list(p.get('exp')).filter((t) => parseExpansionToken(t) !== null)),
    hidden: unique(list(p.get('hide'))),
    filters,
    filtersOpen: p.get('filters') === '1',
    measure: p.get('measure') || null,
    narrow: p.get('dq')?.slice(0, 500) || null,
    disputesInView: p.get('ds') === 'view',
    disputesAgree: p.get('dk') === 'agree',
    mapInView: p.get('ms') === 'view',
    timelineAll: p.get('tl') === 'all',
    timelinePeriod: parseDayRange(p.get('tp')),
    figuresPeriod: p.get('measure') ? parseDayRange(p.get('fp')) : null,
    figuresWidest: p.get('fo') === 'widest',
    figuresInView: p.get('fs') === 'view',
    path:
      pfrom && pto
        ? {
            from: pfrom,
            to: pto,
            maxHops: Number.isInteger(hops) && hops >= 1 && hops <= 6 ? hops : 4,
          }
        : null,
    cypher: p.get('q') || null,
    whoSaid: wby || wabout ? { by: wby, about: wabout } : null,
    sources: {
      q: p.get('sq')?.slice(0, 200) ?? '',
      order: (SOURCE_ORDERS as readonly string[]).includes(so ?? '')
        ? (so as SourceOrder)
        : 'published',
    },
  };
}

/** A node id as the API takes one ("act-zelensky"); anything else is no id. */
const nodeIdOf = (v: string | null): string | null =>
  v && /^[A-Za-z0-9:_.-]{1,200}$/.test(v) ? v : null;
