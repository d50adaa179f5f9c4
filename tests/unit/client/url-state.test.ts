import { DEFAULT_FILTERS } from '../../../client/src/core/filters';
import {
  decodeView,
  encodeView,
  EMPTY_VIEW,
  type ViewState,
} from '../../../client/src/core/url-state';

describe('url state', () => {
  test('the empty view is the empty query string', () => {
    expect(encodeView(EMPTY_VIEW)).toBe('');
    expect(decodeView('')).toEqual(EMPTY_VIEW);
  });

  test('a full view survives a round trip', () => {
    const view: ViewState = {
      selected: 'act-volodymyr-zelensky',
      panel: 'details',
      tab: 'said',
      expanded: ['act-volodymyr-zelensky', 'place-kursk-region*LOCATED_IN*2', 'act-russia*3'],
      hidden: ['act-russia'],
      filters: {
        hiddenKinds: ['media', 'claim'],
        hiddenRels: ['CITES'],
        sources: ['src-a', 'src-b'],
        from: '2024-10-01',
        to: '2025-01',
        undated: false,
      },
      filtersOpen: true,
      measure: 'nk_troops_deployed',
      narrow: 'Kremlin Zelensky',
      disputesInView: true,
      disputesAgree: true,
      mapInView: true,
      timelineAll: true,
      timelinePeriod: { from: '2024-10-01', to: '2025-01-31' },
      figuresPeriod: { from: '2024-10-06', to: '2025-01-10' },
      figuresWidest: true,
      figuresInView: true,
      path: { from: 'act-vladimir-putin', to: 'place-kursk-region', maxHops: 3 },
      cypher: 'MATCH (n:Actor) RETURN n LIMIT 5',
      whoSaid: { by: 'act-russia', about: 'place-kursk-region' },
      sources: { q: 'GZERO media', order: 'claims' },
    };
    const search = encodeView(view);
    expect(search).toContain('sq=GZERO+media&so=claims');
    expect(search).toContain('wby=act-russia');
    expect(search).toContain('wabout=place-kursk-region');
    expect(search).toContain('sel=act-volodymyr-zelensky');
    expect(search).toContain('dq=Kremlin+Zelensky');
    expect(search).toContain('tl=all');
    expect(search).toContain('ms=view');
    expect(search).toContain('tp=2024-10-01..2025-01-31');
    expect(search).toContain('fp=2024-10-06..2025-01-10');
    expect(search).toContain('fo=widest');
    expect(decodeView(search)).toEqual(view);
  });

  test('malformed values fall back to defaults instead of breaking the app', () => {
    const v = decodeView(
      '?panel=nope&tab=x&nokind=alien,claim&norel=drop table&from=yesterday&to=2025-13-99&hops=99&pfrom=a&pto=b',
    );
    expect(v.panel).toBeNull();
    expect(v.tab).toBeNull();
    expect(v.filters.hiddenKinds).toEqual(['claim']);
    expect(v.filters.hiddenRels).toEqual([]);
    expect(v.filters.from).toBeNull();
    expect(v.filters.to).toBeNull();
    expect(v.path).toEqual({ from: 'a', to: 'b', maxHops: 4 });
  });

  test("who-said-what's choices: one or both kept, anything but a node id dropped", () => {
    const by = encodeView({ ...EMPTY_VIEW, whoSaid: { by: 'act-russia', about: null } });
    expect(by).toBe('?wby=act-russia');
    expect(decodeView(by).whoSaid).toEqual({ by: 'act-russia', about: null });
    expect(decodeView('?wabout=unit-nk-contingent').whoSaid).toEqual({
      by: null,
      about: 'unit-nk-contingent',
    });
    expect(decodeView('?wby=<script>&wabout=').whoSaid).toBeNull();
    expect(decodeView(`?wby=${'a'.repeat(201)}`).whoSaid).toBeNull();
  });

  test("the Sources panel's words and order: kept when they say something, anything else the default", () => {
    const kept = encodeView({
      ...EMPTY_VIEW,
      panel: 'sources',
      sources: { q: 'fakti', order: 'disputed' },
    });
    expect(kept).toBe('?panel=sources&sq=fakti&so=disputed');
    expect(decodeView(kept).sources).toEqual({ q: 'fakti', order: 'disputed' });
    expect(encodeView({ ...EMPTY_VIEW, sources: { q: '  ', order: 'published' } })).toBe('');
    expect(decodeView('?so=loudest').sources).toEqual({ q: '', order: 'published' });
    expect(decodeView(`?sq=${'k'.repeat(300)}`).sources.q).toHaveLength(200);
  });

  test("the Disputes panel's words: blank ones are left out, long ones cut", () => {
    expect(encodeView({ ...EMPTY_VIEW, panel: 'disputes', narrow: '  ' })).toBe('?panel=disputes');
    expect(decodeView('?panel=disputes&dq=').narrow).toBeNull();
    expect(decodeView(`?dq=${'k'.repeat(600)}`).narrow).toHaveLength(500);
    // The timeline's scope: every claim in the graph, kept in the link; anything else, those in view.
    const all = encodeView({ ...EMPTY_VIEW, panel: 'timeline', timelineAll: true });
    expect(all).toBe('?panel=timeline&tl=all');
    expect(decodeView(all).timelineAll).toBe(true);
    expect(decodeView('?panel=timeline&tl=some').timelineAll).toBe(false);
    expect(decodeView('?panel=timeline').timelineAll).toBe(false);
    // The Disputes panel's: the claims in view, kept in the link; anything else, the whole graph.
    const inView = encodeView({ ...EMPTY_VIEW, panel: 'disputes', disputesInView: true });
    expect(inView).toBe('?panel=disputes&ds=view');
    expect(decodeView(inView).disputesInView).toBe(true);
    expect(decodeView('?panel=disputes&ds=all').disputesInView).toBe(false);
    // Which side it lists: where sources agree, kept in the link; anything else, where they disagree.
    const agree = encodeView({ ...EMPTY_VIEW, panel: 'disputes', disputesAgree: true });
    expect(agree).toBe('?panel=disputes&dk=agree');
    expect(decodeView(agree).disputesAgree).toBe(true);
    expect(decodeView('?panel=disputes&dk=disagree').disputesAgree).toBe(false);
    expect(decodeView('?panel=disputes').disputesAgree).toBe(false);
    // The Map's: the places of the claims in view, kept in the link; anything else, the graph's.
    const mapView = encodeView({ ...EMPTY_VIEW, panel: 'map', mapInView: true });
    expect(mapView).toBe('?panel=map&ms=view');
    expect(decodeView(mapView)).toEqual({ ...EMPTY_VIEW, panel: 'map', mapInView: true });
    expect(decodeView('?panel=map&ms=all').mapInView).toBe(false);
    expect(decodeView('?panel=map').mapInView).toBe(false);
    // The period zoomed into: two real days, the first not after the second.
    const period = (tp: string) => decodeView(`?panel=timeline&tp=${tp}`).timelinePeriod;
    expect(period('2024-12-01..2024-12-01')).toEqual({ from: '2024-12-01', to: '2024-12-01' });
    for (const bad of [
      '2025-01-31..2024-10-01',
      '2025-02-30..2025-03-01',
      '2024-13-01..2025-01-01',
      '2024-10..2025-01',
      '2024-10-01',
      '2024-10-01...2025-01-31',
      '<script>',
    ]) {
      expect(period(bad)).toBeNull();
      expect(decodeView(`?panel=figures&measure=m&fp=${bad}`).figuresPeriod).toBeNull();
    }
    // The figures chart's period is of one measure's chart: without the measure it means nothing.
    const days = { from: '2024-10-06', to: '2025-01-10' };
    expect(decodeView('?panel=figures&measure=m&fp=2024-10-06..2025-01-10').figuresPeriod).toEqual(
      days,
    );
    expect(decodeView('?panel=figures&fp=2024-10-06..2025-01-10').figuresPeriod).toBeNull();
    // The figures view's scope: the claims in view, kept in the link; anything else, the whole graph.
    const figuresInView = encodeView({ ...EMPTY_VIEW, panel: 'figures', figuresInView: true });
    expect(figuresInView).toBe('?panel=figures&fs=view');
    expect(decodeView(figuresInView).figuresInView).toBe(true);
    expect(decodeView('?panel=figures&fs=all').figuresInView).toBe(false);
    // The order of the figures' disagreements: widest apart first, or by date for anything else.
    expect(decodeView('?panel=figures&fo=widest').figuresWidest).toBe(true);
    for (const fo of ['', 'date', 'WIDEST', 'loudest']) {
      expect(decodeView(`?panel=figures&fo=${fo}`).figuresWidest).toBe(false);
    }
    expect(encodeView({ ...EMPTY_VIEW, panel: 'figures', figuresPeriod: days })).toBe(
      '?panel=figures',
    );
  });

  test('repeated ids are kept once and the tab only goes with the details panel', () => {
    const v = decodeView('?exp=a,b,a,a*SAID,a*said,b*0,c%7ESAID&hide=,c,');
    expect(v.expanded).toEqual(['a', 'b', 'a*SAID']);
    expect(v.hidden).toEqual(['c']);
    expect(
      encodeView({ ...EMPTY_VIEW, panel: 'figures', tab: 'said', filters: DEFAULT_FILTERS }),
    ).toBe('?panel=figures');
  });
});
