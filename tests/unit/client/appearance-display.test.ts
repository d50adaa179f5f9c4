import { MultiDirectedGraph } from 'graphology';
import {
  GROUPS,
  RELATION_COLORS,
  contrastRatio,
  kindGroup,
  shortLabel,
  sizeFor,
  wrapWords,
} from '../../../client/src/core/appearance';
import {
  computeFocus,
  narrowedFocus,
  connectionsShown,
  reduceEdge,
  reduceNode,
  syncDisplay,
  type DisplayEdge,
  type DisplayNode,
} from '../../../client/src/core/display';
import { applyFilters, DEFAULT_FILTERS } from '../../../client/src/core/filters';
import { DatasetGraph } from '../../../client/src/core/graph';
import { whoSaidInView } from '../../../client/src/core/state';
import { overview } from './fixtures';

describe('appearance', () => {
  test('every model kind falls in a legend group', () => {
    expect(kindGroup('Actor', 'person')).toBe('person');
    expect(kindGroup('Actor', 'unattributed')).toBe('person');
    expect(kindGroup('Actor', 'government')).toBe('state');
    expect(kindGroup('Actor', 'agency')).toBe('organisation');
    expect(kindGroup('Actor', 'media')).toBe('media');
    expect(kindGroup('Unit', 'formation')).toBe('unit');
    expect(kindGroup('Place', 'city')).toBe('place');
    expect(kindGroup('Source', null)).toBe('source');
    expect(kindGroup('Claim', 'paraphrase')).toBe('claim');
  });

  test('groups have distinct colours and shapes that stand out on white (≥ 3:1 for graphics)', () => {
    expect(new Set(GROUPS.map((g) => g.color)).size).toBe(GROUPS.length);
    const pairs = new Set(GROUPS.map((g) => `${g.color}/${g.shape}`));
    expect(pairs.size).toBe(GROUPS.length);
    for (const g of GROUPS) expect(contrastRatio(g.color, '#ffffff')).toBeGreaterThanOrEqual(3);
    for (const c of Object.values(RELATION_COLORS))
      expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  test('size grows with degree; claims stay small', () => {
    expect(sizeFor(10, 10, 'person')).toBeGreaterThan(sizeFor(1, 10, 'person'));
    expect(sizeFor(10, 10, 'claim')).toBeLessThan(sizeFor(1, 10, 'person') + 3);
    expect(sizeFor(-1, 0, 'state')).toBe(5);
  });

  test('long labels are cut on a word boundary', () => {
    expect(shortLabel('Short')).toBe('Short');
    const s = shortLabel(
      'Zelenskyy Reports Potential Increase of North Korean Troops Supporting Russia',
      34,
    );
    expect(s.length).toBeLessThanOrEqual(34);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toBe('Zelenskyy Reports Potential…');
  });

  test('tooltip text is broken into lines at spaces, none longer than the width but a single long word', () => {
    const text =
      "Russia's latest reported casualties are close to  700,000 personnel, so it needs a new source of manpower.";
    const lines = wrapWords(text, 30);
    expect(lines).toEqual([
      "Russia's latest reported",
      'casualties are close to',
      '700,000 personnel, so it needs',
      'a new source of manpower.',
    ]);
    expect(lines.join(' ')).toBe(text.replace(/\s+/g, ' '));
    expect(wrapWords('Short', 30)).toEqual(['Short']);
    expect(wrapWords('a https://example.org/a-very-long-address b', 10)).toEqual([
      'a',
      'https://example.org/a-very-long-address',
      'b',
    ]);
    expect(wrapWords('  ', 10)).toEqual([]);
  });
});

function setup() {
  const d = new DatasetGraph();
  d.load(overview());
  const display = new MultiDirectedGraph<DisplayNode, DisplayEdge>();
  return { d, display };
}

describe('display graph', () => {
  test('sync mirrors the filtered graph and keeps positions the display already has', () => {
    const { d, display } = setup();
    syncDisplay(display, applyFilters(d.graph, DEFAULT_FILTERS));
    expect(display.order).toBe(9);
    display.setNodeAttribute('act-russia', 'x', 777);
    const { added, removed } = syncDisplay(
      display,
      applyFilters(d.graph, { ...DEFAULT_FILTERS, hiddenKinds: ['claim'] }),
    );
    expect(added).toEqual([]);
    expect(removed.sort()).toEqual(['clm-1', 'clm-2', 'clm-3']);
    expect(display.getNodeAttribute('act-russia', 'x')).toBe(777);
    expect(display.getNodeAttribute('act-russia', 'shape')).toBe('diamond');
    expect(display.hasNode('clm-1')).toBe(false);
  });

  test('disputed claims are marked', () => {
    const { d, display } = setup();
    syncDisplay(display, applyFilters(d.graph, DEFAULT_FILTERS), new Set(['clm-1']));
    expect(display.getNodeAttribute('clm-1', 'disputed')).toBe(true);
    expect(display.getNodeAttribute('clm-2', 'disputed')).toBeUndefined();
  });

  test('nodes carry their links in the database, and say how many of them are shown', () => {
    const { d, display } = setup();
    syncDisplay(display, applyFilters(d.graph, DEFAULT_FILTERS));
    // The fixture's overview gives Russia 9 links in the database.
    const shown = display.degree('act-russia');
    expect(shown).toBeLessThan(9);
    expect(display.getNodeAttribute('act-russia', 'links')).toBe(9);
    expect(connectionsShown(shown, 9)).toBe(`${shown} of 9 connections shown`);
    // A node with no degree from the API (a claim) says only what is shown.
    expect(display.getNodeAttribute('clm-1', 'links')).toBeUndefined();
    expect(connectionsShown(display.degree('clm-1'), undefined)).toMatch(
      /^\d+ connections? shown$/,
    );
    expect(connectionsShown(0, 1)).toBe('0 of 1 connection shown');
    expect(connectionsShown(1, 1)).toBe('1 connection shown');
    expect(connectionsShown(3, 2)).toBe('3 connections shown');
    expect(connectionsShown(1_122, 61_370)).toBe('1,122 of 61,370 connections shown');
  });

  test('focus: hover beats highlight beats selection', () => {
    const { d, display } = setup();
    syncDisplay(display, applyFilters(d.graph, DEFAULT_FILTERS));
    const base = {
      selected: null,
      hovered: null,
      highlight: null,
      narrowed: null,
      disputed: new Set<string>(),
    };
    expect(computeFocus(display, base)).toBeNull();
    const sel = computeFocus(display, { ...base, selected: 'act-zelensky' })!;
    expect([...sel.nodes].sort()).toEqual(['act-ukraine', 'act-zelensky', 'clm-1', 'clm-2']);
    const path = computeFocus(display, {
      ...base,
      selected: 'act-zelensky',
      highlight: { kind: 'path', nodes: ['act-russia', 'act-ukraine'], edges: ['e6'] },
    })!;
    expect([...path.nodes].sort()).toEqual(['act-russia', 'act-ukraine', 'act-zelensky']);
    const hover = computeFocus(display, {
      ...base,
      selected: 'act-zelensky',
      hovered: 'place-kursk',
    })!;
    expect([...hover.nodes].sort()).toEqual(['clm-1', 'place-kursk']);
    const search = computeFocus(display, {
      ...base,
      highlight: { kind: 'search', nodes: ['place-kursk'], edges: [] },
    })!;
    expect(search.edges.has('e3')).toBe(true);
  });

  test('a narrowed who-said-what list lights up its claims, both ends and their sources', () => {
    const { d, display } = setup();
    syncDisplay(display, applyFilters(d.graph, DEFAULT_FILTERS));
    const base = {
      selected: 'place-kursk',
      hovered: null,
      highlight: null,
      disputed: new Set<string>(),
    };
    // What Zelensky said about Kursk: clm-1 (not clm-2, about nothing), from src-a.
    const about = computeFocus(display, {
      ...base,
      selected: 'act-zelensky',
      narrowed: { of: 'act-zelensky', by: null, about: 'place-kursk' },
    })!;
    expect([...about.nodes].sort()).toEqual(['act-zelensky', 'clm-1', 'place-kursk', 'src-a']);
    expect([...about.edges].sort()).toEqual(['e1', 'e2', 'e3']);
    expect(about.center).toBe('act-zelensky');
    // The same claim, from Kursk's side: said about it by Zelensky.
    const by = computeFocus(display, {
      ...base,
      narrowed: { of: 'place-kursk', by: 'act-zelensky', about: null },
    })!;
    expect([...by.nodes].sort()).toEqual([...about.nodes].sort());
    expect([...by.edges].sort()).toEqual(['e1', 'e2', 'e3']);
    expect(by.center).toBe('place-kursk');
    // A speaker who said nothing about Kursk: the two ends alone, everything else dimmed.
    const none = computeFocus(display, {
      ...base,
      narrowed: { of: 'place-kursk', by: 'act-russia', about: null },
    })!;
    expect([...none.nodes].sort()).toEqual(['act-russia', 'place-kursk']);
    expect(none.edges.size).toBe(0);
    // Hovering and a path still come first; an entity not in the graph narrows nothing.
    const narrowed = { of: 'place-kursk', by: 'act-zelensky', about: null };
    expect(computeFocus(display, { ...base, narrowed, hovered: 'act-russia' })!.center).toBe(
      'act-russia',
    );
    const path = { kind: 'path' as const, nodes: ['act-russia', 'act-ukraine'], edges: ['e6'] };
    expect(computeFocus(display, { ...base, narrowed, highlight: path })!.edges).toEqual(
      new Set(['e6']),
    );
    expect(
      narrowedFocus(display, { of: 'place-elsewhere', by: 'act-zelensky', about: null }),
    ).toBeNull();
  });

  test('only the who-said-what list on screen narrows the graph', () => {
    const whoSaid = { of: 'place-kursk', by: 'act-zelensky', about: null };
    const shown = { panel: 'details', tab: 'said', selected: 'place-kursk', whoSaid } as const;
    expect(whoSaidInView(shown)).toBe(whoSaid);
    expect(whoSaidInView({ ...shown, tab: 'info' })).toBeNull();
    expect(whoSaidInView({ ...shown, panel: 'figures' })).toBeNull();
    expect(whoSaidInView({ ...shown, selected: 'act-russia' })).toBeNull();
    expect(whoSaidInView({ ...shown, whoSaid: { ...whoSaid, by: null } })).toBeNull();
    expect(whoSaidInView({ ...shown, whoSaid: null })).toBeNull();
  });

  test('reducers return new objects and never change the graph', () => {
    const { d, display } = setup();
    syncDisplay(display, applyFilters(d.graph, DEFAULT_FILTERS));
    const state = {
      selected: 'act-zelensky',
      hovered: null,
      highlight: null,
      narrowed: null,
      disputed: new Set(['clm-2']),
    };
    const focus = computeFocus(display, state);
    const snapshot = JSON.stringify(display.export());
    const russia = reduceNode('act-russia', display.getNodeAttributes('act-russia'), focus, state);
    expect(russia.label).toBe('');
    expect(russia.color).toBe('#e5e7eb');
    const zel = reduceNode('act-zelensky', display.getNodeAttributes('act-zelensky'), focus, state);
    expect(zel.highlighted).toBe(true);
    expect(zel.forceLabel).toBe(true);
    const c2 = reduceNode('clm-2', display.getNodeAttributes('clm-2'), focus, state);
    expect(c2.borderColor).toBe('#dc2626');
    const e1 = reduceEdge('e1', display.getEdgeAttributes('e1'), focus);
    expect(e1.label).toBe('said');
    expect(reduceEdge('e6', display.getEdgeAttributes('e6'), focus).color).toBe('#f1f5f9');
    expect(JSON.stringify(display.export())).toBe(snapshot);
  });
});
