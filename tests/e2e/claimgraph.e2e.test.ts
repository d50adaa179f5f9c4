/**
 * End-to-end: the built client, served by the real server on the seeded test
 * database, in Debian's Chromium. Each step asserts what is visible and saves
 * artifacts/screenshots/<name>.png.
 */
import { parse } from 'csv-parse/sync';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { appData, counts, gotoApp, nodeOnPage, settle, state, visibleGroups } from './support/app';
import { openBrowser, screenshot, SCREENSHOTS, type Session } from './support/browser';
import { ROOT } from '../../scripts/build-client-if-needed';
import { NEO4J_UNAVAILABLE } from '../../server/http/errors';
import type { PlaceSummary, PlacesResponse } from '../../server/domain/places';
import { DISPUTED_COLOR } from '../../client/src/core/appearance';
import { dateSpan } from '../../seed/model';
import { rangeLabel } from '../../client/src/core/time';
import { startServer, type RunningServer } from './support/server';

jest.setTimeout(90_000);

const ZELENSKY = 'act-volodymyr-zelensky';

let server: RunningServer;
let session: Session;
let page: Page;

// Generous: on a fresh machine this builds the client and may install Chromium.
beforeAll(async () => {
  server = await startServer();
  session = await openBrowser();
  page = session.page;
}, 600_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

afterEach(() => {
  // No uncaught errors or console errors in the page (CSP violations show up here too).
  const problems = session?.problems.splice(0) ?? [];
  expect(problems).toEqual([]);
});

async function pickFromAutocomplete(inputSelector: string, text: string, expectId: string) {
  await page.fill(inputSelector, '');
  await page.type(inputSelector, text, { delay: 20 });
  const option = page.locator(`[role="option"][data-id="${expectId}"]`);
  await option.first().waitFor({ state: 'visible', timeout: 10_000 });
  await option.first().click();
}

test('load: the overview renders, coloured and shaped by kind, with a legend', async () => {
  await gotoApp(page, `${server.baseUrl}/`);
  await settle(page);
  const c = await counts(page);
  expect(c.visibleNodes).toBeGreaterThan(20);
  expect(c.visibleEdges).toBeGreaterThan(20);
  // Several kinds are on screen, and the legend counts them.
  const groups = await visibleGroups(page);
  expect(groups).toEqual(
    expect.arrayContaining(['person', 'state', 'unit', 'place', 'source', 'claim']),
  );
  const legendTotal = await page.$$eval('.legend-count', (els) =>
    els.reduce((n, e) => n + Number(e.textContent), 0),
  );
  expect(legendTotal).toBe(c.visibleNodes);
  // The layout stopped by itself.
  const data = await appData(page);
  expect(data.layout).toBe('idle');
  expect(['converged', 'time']).toContain(data.layoutStoppedBy);
  const ttfr = await page.evaluate(() => window.__claimgraph!.firstRenderMs());
  const overviewMs = await page.evaluate(
    () =>
      performance.getEntriesByType('resource').find((e) => e.name.includes('/api/graph/overview'))
        ?.duration ?? null,
  );
  expect(ttfr).not.toBeNull();
  console.log(
    `time to first render of the overview: ${Math.round(ttfr!)} ms after navigation start (of which GET /api/graph/overview ${Math.round(overviewMs ?? NaN)} ms; layout done after ${data.layoutMs} ms more, stopped by ${data.layoutStoppedBy})`,
  );
  await screenshot(page, 'load');
});

test('hover: pointing at a node highlights it and its neighbours', async () => {
  const p = await nodeOnPage(page, ZELENSKY);
  await page.mouse.move(p.x, p.y);
  await page.waitForFunction((id) => window.__claimgraph!.state().hovered === id, ZELENSKY);
  const dimmed = await page.evaluate(() => {
    const nodes = window.__claimgraph!.nodes();
    return nodes.filter((n) => window.__claimgraph!.nodeDisplay(n.id)?.color === '#e5e7eb').length;
  });
  expect(dimmed).toBeGreaterThan(0);
  await screenshot(page, 'hover');
  await page.mouse.move(5, 400);
  await page.waitForFunction(() => window.__claimgraph!.state().hovered === null);
});

test('search: an alias finds the entity; picking it selects, centres, highlights and announces it', async () => {
  await pickFromAutocomplete('#search', 'Zelenskiy', ZELENSKY);
  await page.waitForFunction((id) => window.__claimgraph!.state().selected === id, ZELENSKY);
  const s = await state(page);
  expect(s.highlight?.kind).toBe('search');
  expect(s.highlight?.nodes).toContain(ZELENSKY);
  await page.locator('#node-name').waitFor();
  expect(await page.textContent('#node-name')).toContain('Volodymyr Zelensky');
  expect(await page.textContent('.aliases')).toContain('Zelenskyy');
  // Announced for screen readers, as a selection made with the keys is.
  expect(await page.textContent('#graph-announce')).toMatch(
    /^Volodymyr Zelensky, \w+, ([\d,]+ of )?[\d,]+ connections? shown$/,
  );
  await settle(page);
  await screenshot(page, 'search');
});

let beforeExpand: { datasetNodes: number; datasetEdges: number };

test('expand: merges the neighbours without moving what was there', async () => {
  beforeExpand = await counts(page);
  const before = await page.evaluate(() => window.__claimgraph!.nodes());
  await page.click('#expand-btn[data-action="expand"]');
  await page.waitForFunction(
    (id) => (document.getElementById('app')!.dataset.expanded ?? '').split(',').includes(id),
    ZELENSKY,
  );
  await settle(page);
  const after = await counts(page);
  expect(after.datasetNodes).toBeGreaterThan(beforeExpand.datasetNodes);
  // Nodes that were there stay where they were (only the new ones are laid out, then noverlap nudges).
  const moved = await page.evaluate((prev) => {
    const now = new Map(window.__claimgraph!.nodes().map((n) => [n.id, n]));
    const xs = prev.map((p) => p.x);
    const span = Math.max(...xs) - Math.min(...xs) || 1;
    return prev.filter((p) => {
      const q = now.get(p.id);
      return q && Math.hypot(q.x - p.x, q.y - p.y) > span * 0.05;
    }).length;
  }, before);
  expect(moved).toBeLessThan(before.length * 0.1);
  await expect(page.locator('#expand-btn').getAttribute('data-action')).resolves.toBe('collapse');
  await screenshot(page, 'expand');
});

test('collapse: takes the expansion back', async () => {
  await page.click('#expand-btn[data-action="collapse"]');
  await page.waitForFunction(
    (id) => !(document.getElementById('app')!.dataset.expanded ?? '').split(',').includes(id),
    ZELENSKY,
  );
  await settle(page);
  const c = await counts(page);
  expect(c.datasetNodes).toBe(beforeExpand.datasetNodes);
  expect(c.datasetEdges).toBe(beforeExpand.datasetEdges);
  // Undo brings the expansion back; undo again collapses it.
  await page.click('#undo');
  await page.waitForFunction(
    (n) => window.__claimgraph!.counts().datasetNodes > n,
    beforeExpand.datasetNodes,
  );
  await page.click('#undo');
  await page.waitForFunction(
    (n) => window.__claimgraph!.counts().datasetNodes === n,
    beforeExpand.datasetNodes,
  );
  await screenshot(page, 'collapse');
});

test('who said what: an actor’s claims grouped by source, and a claim with its excerpt highlighted in the article', async () => {
  await page.click('#tab-said');
  const said = page.locator('#said-by');
  await said.locator('.claim-card').first().waitFor();
  expect(Number(await said.getAttribute('data-count'))).toBeGreaterThan(3);
  expect(await said.locator('.source-group').count()).toBeGreaterThan(1);
  // All of them, as the heading counts them: the seed's fit in one page (no "Show more").
  const total = /([\d,]+) claims?/.exec((await said.locator('h3').textContent()) ?? '')![1]!;
  expect(await said.locator('.claim-card').count()).toBe(Number(total.replace(/,/g, '')));
  expect(await said.locator('.more-btn').count()).toBe(0);
  await screenshot(page, 'who-said-what-actor');

  const card = said.locator('.claim-card').first();
  const claimId = (await card.getAttribute('data-claim-id'))!;
  await card.locator('.claim-open').click();
  await page.waitForFunction((id) => window.__claimgraph!.state().selected === id, claimId);
  const mark = page.locator('.article mark.is-current');
  await mark.first().waitFor();
  // The highlighted text is the claim's excerpt, and it is scrolled into view.
  const claims = await page.evaluate(
    (id) =>
      fetch(`/api/claims?speaker=${'act-volodymyr-zelensky'}&limit=200`)
        .then((r) => r.json())
        .then((j) => j.claims.find((c: { id: string }) => c.id === id)),
    claimId,
  );
  const marked = (await mark.allTextContents()).join('');
  expect(marked).toBe(claims.excerpt);
  const inView = await mark.first().evaluate((el) => {
    const box = el.getBoundingClientRect();
    const art = el.closest('.article')!.getBoundingClientRect();
    return box.top >= art.top - 1 && box.bottom <= art.bottom + 1;
  });
  expect(inView).toBe(true);
  expect(await page.textContent('.claim-who')).toContain('Volodymyr Zelensky');
  await screenshot(page, 'claim');
});

test('filters: hiding claims and a date range update the graph live', async () => {
  await page.keyboard.press('Escape');
  await page.click('button[data-panel="filters"]');
  await page.locator('#filters-panel').waitFor({ state: 'visible' });
  const before = await counts(page);
  await page.uncheck('#f-kind-claim');
  await page.waitForFunction(
    (n) => window.__claimgraph!.counts().visibleNodes < n,
    before.visibleNodes,
  );
  const groups = await visibleGroups(page);
  // The selected node stays pinned even if it is a claim; nothing else of that kind.
  const claims = await page.evaluate(
    () =>
      window
        .__claimgraph!.nodes()
        .filter((n) => n.group === 'claim' && n.id !== window.__claimgraph!.state().selected)
        .length,
  );
  expect(claims).toBe(0);
  expect(groups).toContain('person');
  expect(await page.textContent('#filter-summary')).toMatch(/Showing \d+ nodes? of \d+/);
  await screenshot(page, 'filter-kind');
  await page.check('#f-kind-claim');
  await page.waitForFunction(
    (n) => window.__claimgraph!.counts().visibleNodes === n,
    before.visibleNodes,
  );

  await page.fill('#f-from', '2025-01-01');
  await page.dispatchEvent('#f-from', 'change');
  await page.waitForFunction(
    (n) => window.__claimgraph!.counts().visibleNodes < n,
    before.visibleNodes,
  );
  await settle(page);
  expect(page.url()).toContain('from=2025-01-01');
  await screenshot(page, 'filter-date');
  await page.click('#f-reset');
  await page.waitForFunction(
    (n) => window.__claimgraph!.counts().visibleNodes === n,
    before.visibleNodes,
  );
  await page.click('button[data-panel="filters"]');
});

test('hide: a node can be hidden and brought back', async () => {
  await pickFromAutocomplete('#search', 'Kim Jong', 'act-kim-jong-un');
  await page.waitForFunction(() => window.__claimgraph!.state().selected === 'act-kim-jong-un');
  const before = await counts(page);
  await page.click('#hide-btn');
  await page.waitForFunction(
    (n) => window.__claimgraph!.counts().visibleNodes === n - 1,
    before.visibleNodes,
  );
  expect(await page.evaluate(() => !!window.__claimgraph!.nodeDisplay('act-kim-jong-un'))).toBe(
    false,
  );
  expect(page.url()).toContain('hide=act-kim-jong-un');
  await page.click('button[data-panel="filters"]');
  await page.click('#unhide');
  await page.waitForFunction(
    (n) => window.__claimgraph!.counts().visibleNodes === n,
    before.visibleNodes,
  );
  await page.click('button[data-panel="filters"]');
});

test('export: PNG, GEXF and JSON downloads', async () => {
  const download = async (format: string) => {
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#export-btn').then(() => page.click(`.menu-item[data-format="${format}"]`)),
    ]);
    const path = await d.path();
    return { name: d.suggestedFilename(), body: readFileSync(path) };
  };
  const png = await download('png');
  expect(png.name).toMatch(/\.png$/);
  expect(png.body.subarray(1, 4).toString()).toBe('PNG');
  expect(png.body.length).toBeGreaterThan(5000);
  writeFileSync(join(SCREENSHOTS, 'export-png.png'), png.body);
  const gexf = await download('gexf');
  expect(gexf.name).toMatch(/\.gexf$/);
  const xml = gexf.body.toString();
  const visible = (await counts(page)).visibleNodes;
  expect((xml.match(/<node /g) ?? []).length).toBe(visible);
  const json = JSON.parse((await download('json')).body.toString());
  expect(json.graph.nodes).toHaveLength(visible);
  expect(json.view).toHaveProperty('filters');
});

test('path: two entities picked by name, shortest path listed and highlighted', async () => {
  await page.click('button[data-panel="path"]');
  await pickFromAutocomplete('#path-from', 'Putin', 'act-vladimir-putin');
  await pickFromAutocomplete('#path-to', 'Kursk', 'place-kursk-region');
  await page.locator('#path-result .path-item').first().waitFor({ timeout: 15_000 });
  expect(Number(await page.getAttribute('#path-result', 'data-count'))).toBeGreaterThan(0);
  const s = await state(page);
  expect(s.highlight?.kind).toBe('path');
  expect(s.highlight?.nodes[0]).toBe('act-vladimir-putin');
  expect(s.highlight?.nodes.at(-1)).toBe('place-kursk-region');
  // Every node of the path is on the canvas.
  const missing = await page.evaluate(
    (ids) => ids.filter((id) => !window.__claimgraph!.nodeDisplay(id)),
    s.highlight!.nodes,
  );
  expect(missing).toEqual([]);
  await settle(page);
  await screenshot(page, 'path');
});

test('cypher: a query returning nodes shows a table and a graph that can be added; refusals are readable', async () => {
  await page.click('button[data-panel="cypher"]');
  await page.locator('#cypher-editor .cm-content').waitFor({ timeout: 20_000 });
  await page.click('#cypher-editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(
    "MATCH (a:Actor {id: 'act-kim-jong-un'})-[r]-(b) RETURN a, r, b LIMIT 20",
  );
  await page.click('#cypher-run');
  await page.locator('#cypher-summary').waitFor({ timeout: 15_000 });
  expect(Number(await page.getAttribute('#cypher-summary', 'data-rows'))).toBeGreaterThan(0);
  expect(Number(await page.getAttribute('#cypher-summary', 'data-nodes'))).toBeGreaterThan(1);
  expect(await page.locator('#cypher-table tbody tr').count()).toBeGreaterThan(0);
  await page.locator('#cypher-preview canvas').first().waitFor();
  const before = await counts(page);
  await page.click('#cypher-add');
  await page.waitForFunction(() => window.__claimgraph!.state().highlight?.kind === 'cypher');
  const after = await counts(page);
  expect(after.datasetNodes).toBeGreaterThanOrEqual(before.datasetNodes);
  expect(await page.evaluate(() => !!window.__claimgraph!.nodeDisplay('act-kim-jong-un'))).toBe(
    true,
  );
  await settle(page);
  await screenshot(page, 'cypher');

  await page.click('#cypher-editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('CREATE (n:Actor {id: "x"}) RETURN n');
  await page.click('#cypher-run');
  await page.locator('#cypher-error').waitFor();
  expect(await page.textContent('#cypher-error')).toMatch(/refused/i);
  await page.click('#cypher-editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('MATCH (n RETURN n');
  await page.click('#cypher-run');
  await page.locator('#cypher-error').waitFor();
  expect((await page.textContent('#cypher-error'))!.length).toBeGreaterThan(20);
  await screenshot(page, 'cypher-error');
  // The two 400 answers were expected; the browser logs them as failed loads.
  const expected = session.problems.filter((p) => /status of 400/.test(p));
  expect(expected).toHaveLength(2);
  session.problems.splice(
    0,
    session.problems.length,
    ...session.problems.filter((p) => !/status of 400/.test(p)),
  );
});

test('figures: numeric claims over time, disagreements outlined and listed; a point opens its claim', async () => {
  await page.click('button[data-panel="figures"]');
  await page.waitForFunction(() => document.getElementById('figures')?.dataset.state === 'ready');
  expect(Number(await page.getAttribute('#figures-chart', 'data-points'))).toBeGreaterThan(1);
  const disagreements = page.locator('#disagreements .disagreement');
  if ((await disagreements.count()) > 0) {
    expect(Number(await page.getAttribute('#figures-chart', 'data-disputed'))).toBeGreaterThan(0);
  }
  await screenshot(page, 'figures');
  // The pairs by date, or widest apart first, as the API orders them.
  const measureShown = await page.inputValue('#measure-select');
  const reasons = () =>
    page
      .locator('#disagreements .disagreement .reason')
      .evaluateAll((ps) => ps.map((p) => p.firstChild?.textContent ?? ''));
  const byDate = await reasons();
  expect(await page.getAttribute('#disagreements', 'data-order')).toBe('date');
  // Each side of a pair says which source reported it, and the report it relays it from, as the API's points do.
  const points = (
    (await (await fetch(`${server.baseUrl}/api/figures?measure=${measureShown}`)).json()) as {
      figures: {
        claimId: string;
        source: { title: string };
        relayedFrom: { title: string } | null;
      }[];
    }
  ).figures;
  const sides = await page
    .locator('#disagreements .disagreement .side')
    .evaluateAll((els) =>
      els.map((el) => [
        el.querySelector('.link-btn')?.getAttribute('data-claim-id'),
        el.querySelector('.side-source')?.getAttribute('title'),
      ]),
    );
  expect(sides).toHaveLength(2 * byDate.length);
  for (const [claimId, title] of sides) {
    const p = points.find((x) => x.claimId === claimId)!;
    expect(title).toBe(
      p.relayedFrom ? `${p.source.title}, relayed from “${p.relayedFrom.title}”` : p.source.title,
    );
  }
  expect(sides.some(([id]) => points.find((x) => x.claimId === id)?.relayedFrom)).toBe(true);
  await page.selectOption('#disagreements-order', 'widest');
  await page.waitForFunction(() => {
    const el = document.getElementById('disagreements');
    return el?.dataset.order === 'widest' && el.dataset.state === 'ready';
  });
  const widestApi = (await (
    await fetch(`${server.baseUrl}/api/figures?measure=${measureShown}&order=widest&points=none`)
  ).json()) as {
    disagreements: { reason: string; factor: number | null; claims: [string, string] }[];
  };
  const widestFirst = await reasons();
  expect(widestFirst).toEqual(widestApi.disagreements.map((d) => d.reason));
  // The download holds the measure's pairs in the order listed, each side's source named.
  const [pairsCsv] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#disagreements-csv'),
  ]);
  expect(pairsCsv.suggestedFilename()).toBe(`figure-disagreements-${measureShown}-widest.csv`);
  const pairRows = await csvRows(pairsCsv);
  expect(pairRows.map((r) => [r.claim_a_id, r.claim_b_id])).toEqual(
    widestApi.disagreements.map((d) => d.claims),
  );
  expect(pairRows.every((r) => r.claim_a_source && r.claim_b_source)).toBe(true);
  // The link keeps the order: opened, the list is widest apart first again.
  await page.waitForFunction(
    () => new URL(window.location.href).searchParams.get('fo') === 'widest',
  );
  // The measure is asked for widest apart first at once: no list by date shows first.
  const asked: URL[] = [];
  const onRequest = (r: { url(): string }) => {
    const u = new URL(r.url());
    if (u.pathname === '/api/figures' && u.searchParams.has('measure')) asked.push(u);
  };
  page.on('request', onRequest);
  await gotoApp(page, page.url());
  await page.waitForFunction(() => {
    const el = document.getElementById('disagreements');
    return el?.dataset.order === 'widest' && el.dataset.state === 'ready';
  });
  page.off('request', onRequest);
  expect(asked.map((u) => [u.searchParams.get('measure'), u.searchParams.get('order')])).toEqual([
    [measureShown, 'widest'],
  ]);
  expect(await page.inputValue('#disagreements-order')).toBe('widest');
  expect(await reasons()).toEqual(widestFirst);
  expect([...widestFirst].sort()).toEqual([...byDate].sort());
  const shownFactors = await page.locator('#disagreements .disagreement .factor').allTextContents();
  const apart = shownFactors.map((t) => Number(/([\d.]+)× apart/.exec(t)?.[1] ?? Infinity));
  expect(apart).toEqual([...apart].sort((a, b) => b - a));
  await screenshot(page, 'figures-widest');
  // Back to by date.
  await page.selectOption('#disagreements-order', 'date');
  await page.waitForFunction(
    () => document.getElementById('disagreements')?.dataset.order === 'date',
  );
  expect(await reasons()).toEqual(byDate);
  expect(new URL(page.url()).searchParams.get('fo')).toBeNull();
  // A date the source gives only to the month or the year is drawn across it,
  // said under the chart and in its row's tooltip (the seed's 004 dates its
  // figures "2025" only).
  const measure = await page.inputValue('#measure-select');
  const api = (await (await fetch(`${server.baseUrl}/api/figures?measure=${measure}`)).json()) as {
    figures: {
      date: string | null;
      asOf: string | null;
      source: { title: string; outlet: string | null };
      relayedFrom: { title: string; outlet: string | null } | null;
    }[];
  };
  const partial = api.figures.filter((f) => /^\d{4}(-\d{2})?$/.test(f.asOf ?? f.date ?? ''));
  expect(partial.length).toBeGreaterThan(0);
  expect(Number(await page.getAttribute('#figures-chart', 'data-partial-dates'))).toBe(
    partial.length,
  );
  expect(await page.textContent('#figures-date-note')).toMatch(
    new RegExp(`^${partial.length} figures? (is|are) dated only to a month or a year`),
  );
  const titles = await page
    .locator('.figure-table tbody td:first-child[title]')
    .evaluateAll((tds) => tds.map((td) => td.getAttribute('title')));
  expect(titles).toHaveLength(partial.length);
  expect(titles).toContain('2025 (the source gives only the year)');
  // A figure an article relays from another outlet's report names both ("Fakti, from News.bg").
  const relayed = api.figures.filter((f) => f.relayedFrom);
  expect(relayed.length).toBeGreaterThan(0);
  const sourceCells = await page.locator('.figure-table tbody td:last-child').allTextContents();
  for (const f of relayed)
    expect(sourceCells).toContain(
      `${f.source.outlet ?? f.source.title}, from ${f.relayedFrom!.outlet ?? f.relayedFrom!.title}`,
    );
  // Every figure has its row: the seed's lists fit in one page (no "Show more").
  const heading = await page.textContent('.figure-table-box h3');
  const total = Number(/\(([\d,]+) figures?\)/.exec(heading ?? '')![1]!.replace(/,/g, ''));
  expect(await page.locator('.figure-table tbody tr').count()).toBe(total);
  expect(await page.locator('#figures .more-btn').count()).toBe(0);
  const link = page.locator('.figure-table button[data-claim-id]').first();
  const id = (await link.getAttribute('data-claim-id'))!;
  await link.click();
  await page.waitForFunction((cid) => window.__claimgraph!.state().selected === cid, id);
  await page.locator('.article mark.is-current').first().waitFor();

  // Figures of no measure the model knows ("outnumbered six times", "eight
  // hours"): listed last, and only listed, neither plotted on one axis nor compared.
  const others = (await (await fetch(`${server.baseUrl}/api/figures?measure=other`)).json()) as {
    figures: { unit: string; text: string }[];
    disagreementsTotal: number;
  };
  expect(new Set(others.figures.map((f) => f.unit)).size).toBeGreaterThan(1);
  expect(others.disagreementsTotal).toBe(0);
  await page.click('button[data-panel="figures"]');
  await page.waitForFunction(() => document.getElementById('figures')?.dataset.state === 'ready');
  const labels = await page.$$eval('#measure-select option', (os) => os.map((o) => o.textContent));
  expect(labels.at(-1)).toMatch(/^Other figures, not compared \(\d+\)$/);
  await page.selectOption('#measure-select', 'other');
  await page.waitForFunction(
    () =>
      new URL(window.location.href).searchParams.get('measure') === 'other' &&
      document.getElementById('figures')?.dataset.state === 'ready',
  );
  expect(await page.isHidden('.figures-chart-area')).toBe(true);
  expect(await page.textContent('#disagreements')).toMatch(/^These figures are of no measure/);
  expect(await page.locator('.figure-table tbody tr').count()).toBe(others.figures.length);
  // Each in its own words, which say what it counts.
  expect(await page.locator('.figure-table button[data-claim-id]').allTextContents()).toContain(
    '“outnumbered six times”',
  );
});

test('deep link: a pasted URL restores selection, expansion, filters and panel', async () => {
  // Build a view: expand Zelensky, select him, hide sources, open who-said-what.
  await pickFromAutocomplete('#search', 'Zelensky', ZELENSKY);
  await page.waitForFunction((id) => window.__claimgraph!.state().selected === id, ZELENSKY);
  await page.click('#tab-info');
  await page.click('#expand-btn[data-action="expand"]');
  await page.waitForFunction(
    (id) => (document.getElementById('app')!.dataset.expanded ?? '').split(',').includes(id),
    ZELENSKY,
  );
  await page.click('button[data-panel="filters"]');
  await page.uncheck('#f-kind-media');
  await page.click('#tab-said');
  await settle(page);
  const url = page.url();
  expect(url).toContain(`sel=${ZELENSKY}`);
  expect(url).toContain(`exp=${ZELENSKY}`);
  expect(url).toContain('nokind=media');
  const original = await counts(page);

  const other = await session.context.newPage();
  await gotoApp(other, url);
  await settle(other);
  const restored = await other.evaluate(() => ({
    s: window.__claimgraph!.state(),
    c: window.__claimgraph!.counts(),
    expanded: document.getElementById('app')!.dataset.expanded,
  }));
  expect(restored.s.selected).toBe(ZELENSKY);
  expect(restored.s.panel).toBe('details');
  expect(restored.s.tab).toBe('said');
  expect(restored.expanded).toContain(ZELENSKY);
  expect((restored.s.filters as { hiddenKinds: string[] }).hiddenKinds).toEqual(['media']);
  expect(restored.c.visibleNodes).toBe(original.visibleNodes);
  await other.locator('#said-by .claim-card').first().waitFor();
  expect(await other.isVisible('#filters-panel')).toBe(true);
  await screenshot(other, 'deep-link');
  await other.close();
});

/** A links-table row's numbers: links in the database, links in view. */
/** A links-table row's counts: in the database, in view. */
async function rowCounts(row: ReturnType<Page['locator']>): Promise<number[]> {
  return row
    .locator('td.num')
    .evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.count)));
}

/** Links in view of every type but `type`, from a page's links table. */
function othersInView(p: Page, type: string): Promise<string[]> {
  return p
    .locator('.links-table tbody tr:not([data-rel-type=""])')
    .evaluateAll(
      (rows, t) =>
        rows
          .filter((r) => (r as HTMLElement).dataset.relType !== t)
          .map((r) => (r.querySelectorAll('td.num')[1] as HTMLElement).dataset.count!),
      type,
    );
}

test('links by type: the details panel brings in one type of link, a link restores it, and it is taken back', async () => {
  const RUSSIA = 'act-russia';
  await gotoApp(page, `${server.baseUrl}/?sel=${RUSSIA}&panel=details&tab=info`);
  await settle(page);
  const before = await counts(page);
  const table = page.locator('.links-table');
  await table.waitFor();
  // A type of which the overview shows fewer links than the database holds.
  const row = table.locator('tbody tr:not([data-rel-type=""])', {
    has: page.locator('button[data-action="expand"]'),
  });
  const type = (await row.first().getAttribute('data-rel-type'))!;
  const typed = table.locator(`tr[data-rel-type="${type}"]`);
  const cells = () => rowCounts(typed);
  const [inDb, shownBefore] = await cells();
  const othersBefore = await othersInView(page, type);
  expect(shownBefore).toBeLessThan(inDb!);
  await typed.locator('button[data-action="expand"]').click();
  const token = `${RUSSIA}*${type}`;
  await page.waitForFunction(
    (t) => (document.getElementById('app')!.dataset.expanded ?? '').split(',').includes(t),
    token,
  );
  await settle(page);
  // All of that type are in view now (the seed's fit in one page), none of
  // another type came with them, and the row offers to take them back.
  await typed.locator('button[data-action="take-back"]').waitFor();
  expect(await cells()).toEqual([inDb, inDb]);
  expect(await typed.locator('button[data-action="more"]').count()).toBe(0);
  expect(await othersInView(page, type)).toEqual(othersBefore);
  expect(page.url()).toContain(`exp=${encodeURIComponent(token).replace(/%2A/g, '*')}`);
  await screenshot(page, 'links-by-type');

  // That type hidden by the filters: its links stay brought in, and the row says they are not drawn.
  const untilFilteredOut = (n: number) =>
    page.waitForFunction(
      ([t, want]) =>
        (
          document.querySelectorAll(`.links-table tr[data-rel-type="${t}"] td.num`)[1] as
            HTMLElement | undefined
        )?.dataset.filteredOut === want,
      [type, String(n)] as const,
    );
  await untilFilteredOut(0);
  await page.click('button[data-panel="filters"]');
  await page.locator('#filters-panel').waitFor({ state: 'visible' });
  await page.uncheck(`#f-rel-${type}`);
  await untilFilteredOut(inDb!);
  expect(await cells()).toEqual([inDb, inDb]);
  expect(await typed.locator('.filtered-out').textContent()).toBe(` (${inDb} hidden)`);
  // So are their neighbours in the list of links in view (the seed's are fewer than 30 a row).
  const undrawn = page.locator('.rel-list .chip.is-filtered-out');
  expect(await undrawn.count()).toBe(inDb);
  await screenshot(page, 'links-by-type-filtered');
  await page.check(`#f-rel-${type}`);
  await untilFilteredOut(0);
  expect(await undrawn.count()).toBe(0);
  await page.click('button[data-panel="filters"]');
  await page.locator('#filters-panel').waitFor({ state: 'hidden' });

  const other = await session.context.newPage();
  await gotoApp(other, page.url());
  await settle(other);
  const restored = other.locator(`.links-table tr[data-rel-type="${type}"]`);
  await restored.locator('button[data-action="take-back"]').waitFor();
  expect(await rowCounts(restored)).toEqual([inDb, inDb]);
  expect(await othersInView(other, type)).toEqual(othersBefore);
  await other.close();

  await typed.locator('button[data-action="take-back"]').click();
  await page.waitForFunction(() => (document.getElementById('app')!.dataset.expanded ?? '') === '');
  await settle(page);
  const after = await counts(page);
  expect([after.datasetNodes, after.datasetEdges]).toEqual([
    before.datasetNodes,
    before.datasetEdges,
  ]);
  await typed.locator('button[data-action="expand"]').waitFor();
  expect(await cells()).toEqual([inDb, shownBefore]);
});

test('keyboard: tab order reaches the search, Enter picks, Escape closes the panel', async () => {
  await gotoApp(page, `${server.baseUrl}/`);
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // brand
  await page.keyboard.press('Tab'); // search
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
  await page.keyboard.type('North Korea', { delay: 20 });
  await page.locator('#search[aria-expanded="true"]').waitFor();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__claimgraph!.state().panel === 'details');
  await page.locator('#node-name').waitFor();
  // Focus ring is visible on keyboard focus.
  await page.focus('#expand-btn');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await screenshot(page, 'keyboard');
  await page.keyboard.press('Escape'); // clears the search highlight
  await page.keyboard.press('Escape'); // closes the panel
  await page.waitForFunction(() => window.__claimgraph!.state().panel === null);
});

test('keyboard: the arrow keys walk the graph from the centre, E expands, each move is announced', async () => {
  await gotoApp(page, `${server.baseUrl}/`);
  await settle(page);
  await page.focus('#graph');
  const selected = () => page.evaluate(() => window.__claimgraph!.state().selected);

  await page.keyboard.press('ArrowRight'); // nothing selected: the node nearest the centre
  await page.waitForFunction(() => window.__claimgraph!.state().selected !== null);
  const first = (await selected())!;
  await page.locator('#node-name').waitFor();
  expect(await page.textContent('#graph-announce')).toMatch(
    /, \w+, ([\d,]+ of )?[\d,]+ connections? shown$/,
  );

  // Each step lands on a node to the right of the last (both measured at once:
  // the camera may pan to keep the new one in view), as long as one is there:
  // the layout differs from run to run, and a neighbour far right can be the
  // last node that way. There the selection stays where it is.
  const nodeToTheRight = (id: string) =>
    page.evaluate((cur) => {
      const g = window.__claimgraph!;
      const a = g.viewport(cur)!;
      return g.nodes().some((n) => {
        const b = n.id === cur ? null : g.viewport(n.id);
        if (!b) return false;
        const d = Math.hypot(b.x - a.x, b.y - a.y);
        return d > 0 && (b.x - a.x) / d >= 0.5;
      });
    }, id);
  let from = first;
  let steps = 0;
  for (let i = 0; i < 3; i++) {
    if (!(await nodeToTheRight(from))) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(300);
      expect(await selected()).toBe(from);
      break;
    }
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((prev) => window.__claimgraph!.state().selected !== prev, from);
    const to = (await selected())!;
    const [a, b] = await page.evaluate(
      ([p, q]) => [window.__claimgraph!.viewport(p!)!, window.__claimgraph!.viewport(q!)!],
      [from, to],
    );
    expect(b!.x).toBeGreaterThan(a!.x);
    from = to;
    steps += 1;
  }
  expect(steps).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('graph');
  expect(await page.textContent('#graph-announce')).toContain(
    await page.evaluate((n) => window.__claimgraph!.nodeDisplay(n)!.fullLabel as string, from),
  );

  await page.keyboard.press('e');
  await page.waitForFunction(
    (id) => (document.getElementById('app')!.dataset.expanded ?? '').split(',').includes(id),
    from,
  );
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(ring).not.toBe('none');
  await screenshot(page, 'keyboard-graph');
});

test('layout frames: positions rewritten in place match what a full refresh of sigma draws', async () => {
  await gotoApp(page, `${server.baseUrl}/`);
  await settle(page);
  // sigma compiled only the programs the graph uses: the node shapes under
  // sigma's default key (no unused circle program), arrows and plain lines.
  const programs = await page.evaluate(() => {
    const sigma = window.__claimgraph!.renderer() as {
      nodePrograms: object;
      edgePrograms: object;
      getGraph(): { someNode(fn: (n: string, a: { type?: string }) => boolean): boolean };
    };
    return {
      node: Object.keys(sigma.nodePrograms),
      edge: Object.keys(sigma.edgePrograms).sort(),
      otherTypes: sigma.getGraph().someNode((_n, a) => a.type !== 'circle'),
    };
  });
  expect(programs).toEqual({ node: ['circle'], edge: ['arrow', 'line'], otherTypes: false });
  // Twice: in the frame the app froze after its layout (a custom box), then
  // with sigma following the nodes' extent, as during a full layout.
  for (const frozen of [true, false]) {
    const result = await page.evaluate((keepFrame) => {
      // A program holds its buffer, or (compound programs: arrows) its parts do.
      type Program = { array?: Float32Array; programs?: Program[] };
      type Programs = Record<string, Program>;
      type Internals = {
        getGraph(): { forEachNode(fn: (n: string, a: { x: number; y: number }) => void): void };
        refresh(): void;
        setCustomBBox(box: null): void;
        nodePrograms: Programs;
        edgePrograms: Programs;
      };
      const arrays = (p: Program): number[][] =>
        p.array ? [Array.from(p.array)] : (p.programs ?? []).flatMap(arrays);
      const hooks = window.__claimgraph!;
      const sigma = hooks.renderer() as Internals;
      if (!keepFrame) {
        sigma.setCustomBBox(null);
        sigma.refresh();
      }
      const buffers = () =>
        [sigma.nodePrograms, sigma.edgePrograms].flatMap((programs) =>
          Object.keys(programs)
            .sort()
            .flatMap((type) => arrays(programs[type]!)),
        );
      const before = buffers();
      // What the layout's position mirror does: new positions written into the
      // display graph's attributes, no graph event. Two frames: the second
      // reuses the slots worked out for the first.
      const inPlace: boolean[] = [];
      for (const [scale, shift] of [
        [1.7, 40],
        [0.8, -15],
      ] as const) {
        sigma.getGraph().forEachNode((_n, a) => {
          a.x = a.x * scale + shift;
          a.y = a.y * (2 - scale) - shift / 2;
        });
        inPlace.push(hooks.layoutFrame());
      }
      const moved = buffers();
      sigma.refresh(); // sigma's own full process, reducers and all
      return { inPlace, before, moved, full: buffers() };
    }, frozen);
    expect(result.inPlace).toEqual([true, true]);
    expect(result.moved.flat().length).toBeGreaterThan(100);
    expect(result.moved).not.toEqual(result.before);
    expect(result.moved).toEqual(result.full);
  }

  // A frame that comes after the graph changed declines, and sigma re-indexes in full.
  const declined = await page.evaluate(() => {
    const graph = (
      window.__claimgraph!.renderer() as {
        getGraph(): {
          nodes(): string[];
          getNodeAttributes(n: string): object;
          addNode(n: string, a: object): void;
          dropNode(n: string): void;
        };
      }
    ).getGraph();
    graph.addNode('test-extra', { ...graph.getNodeAttributes(graph.nodes()[0]!), x: 0, y: 0 });
    const inPlace = window.__claimgraph!.layoutFrame();
    graph.dropNode('test-extra');
    return inPlace;
  });
  expect(declined).toBe(false);

  // So does a frame after sigma replaced the nodes' display data without a
  // re-index (an update of attributes it does not lay out): the slots worked
  // out for the earlier frames would write stale data.
  const afterUpdate = await page.evaluate(async () => {
    const hooks = window.__claimgraph!;
    const graph = (
      hooks.renderer() as {
        getGraph(): {
          updateEachNodeAttributes(
            fn: (n: string, a: object) => object,
            hints: { attributes: string[] },
          ): void;
        };
      }
    ).getGraph();
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    await frame();
    const before = hooks.layoutFrame();
    graph.updateEachNodeAttributes((_n, a) => a, { attributes: ['label'] });
    return { before, after: hooks.layoutFrame() };
  });
  expect(afterUpdate).toEqual({ before: true, after: false });
});

test('overview: a node drawn without its links says how many the database holds, on hover and when selected', async () => {
  await gotoApp(page, `${server.baseUrl}/`);
  await settle(page);
  // The overview keeps the best-connected nodes of each kind, not all their
  // neighbours: some are drawn with few links or none.
  const lonely = await page.evaluate(() => {
    type Graph = { nodes(): string[]; degree(node: string): number };
    const hooks = window.__claimgraph!;
    const graph = (hooks.renderer() as { getGraph(): Graph }).getGraph();
    const short = graph
      .nodes()
      .map((id) => ({ id, shown: graph.degree(id), links: hooks.nodeDisplay(id)?.links }))
      .filter((n): n is { id: string; shown: number; links: number } => {
        return typeof n.links === 'number' && n.links > n.shown;
      })
      .sort((a, b) => a.shown - b.shown || b.links - a.links);
    return { first: short[0] ?? null, count: short.length };
  });
  expect(lonely.first).not.toBeNull();
  const { id, shown, links } = lonely.first!;

  // Hovered: the card under its label (checked in the screenshot).
  const p = (await page.evaluate((n) => window.__claimgraph!.viewport(n), id))!;
  const box = (await page.locator('#graph canvas').first().boundingBox())!;
  await page.mouse.move(box.x + p.x, box.y + p.y);
  await page.waitForFunction((n) => window.__claimgraph!.state().hovered === n, id);
  await screenshot(page, 'overview-hover-more-links');
  await page.mouse.move(box.x + 5, box.y + 5);

  // Selected: announced with the count in the database.
  await gotoApp(page, `${server.baseUrl}/?sel=${encodeURIComponent(id)}`);
  await settle(page);
  const name = await page.evaluate(
    (n) => window.__claimgraph!.nodeDisplay(n)!.fullLabel as string,
    id,
  );
  await page.waitForFunction(
    (n) => (document.getElementById('graph-announce')?.textContent ?? '').startsWith(n),
    name,
  );
  expect(await page.textContent('#graph-announce')).toMatch(
    new RegExp(
      `, \\w+, ${shown.toLocaleString('en-GB')} of ${links.toLocaleString('en-GB')} connections? shown$`,
    ),
  );
  // Its details give the same total.
  await page.locator('.db-box h3 .count').waitFor();
  expect(await page.textContent('.db-box h3 .count')).toBe(
    `${links} link${links === 1 ? '' : 's'}`,
  );
});

test('labels: none overlaps another (edge labels included), in the overview or around a selection, whose own always shows, inside the canvas', async () => {
  await gotoApp(page, `${server.baseUrl}/`);
  await settle(page);
  const overlapping = (
    labels: ReturnType<NonNullable<typeof window.__claimgraph>['drawnLabels']>,
  ) => {
    const pairs: string[] = [];
    labels.forEach((a, i) =>
      labels.slice(i + 1).forEach((b) => {
        const hit =
          a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 && a.box.y0 < b.box.y1 && b.box.y0 < a.box.y1;
        if (hit) pairs.push(`${a.key} / ${b.key}`);
      }),
    );
    return pairs;
  };
  const overview = await page.evaluate(() => window.__claimgraph!.drawnLabels());
  expect(overview.length).toBeGreaterThan(5);
  expect(overlapping(overview)).toEqual([]);
  // The hubs are named: the largest node's label is drawn, and most of the nodes
  // large enough for a label have one (where two would overlap, the larger wins).
  const labelled = await page.evaluate(() => {
    type Internals = {
      getGraph(): { nodes(): string[] };
      getNodeDisplayData(id: string): { size: number; hidden?: boolean } | undefined;
      scaleSize(size: number): number;
      getSetting(key: 'labelRenderedSizeThreshold'): number;
    };
    const sigma = window.__claimgraph!.renderer() as Internals;
    const threshold = sigma.getSetting('labelRenderedSizeThreshold');
    const sized = sigma
      .getGraph()
      .nodes()
      .map((id) => ({ id, data: sigma.getNodeDisplayData(id) }))
      .filter(({ data }) => data && !data.hidden && sigma.scaleSize(data.size) >= threshold)
      .map(({ id, data }) => ({ id, size: data!.size }))
      .sort((a, b) => b.size - a.size);
    return { largest: sized[0]!.id, sized: sized.map((n) => n.id) };
  });
  const drawnNodes = new Set(overview.filter((l) => !l.edge).map((l) => l.key));
  expect(drawnNodes.has(labelled.largest)).toBe(true);
  const share = labelled.sized.filter((id) => drawnNodes.has(id)).length / labelled.sized.length;
  expect(share).toBeGreaterThanOrEqual(0.5);

  // The selected node's label is drawn, its neighbours' where they fit, none over another.
  // The selection is the overview's best-connected node: the node nearest the centre
  // (the arrow keys' first pick) may have no edge shown at all, as the overview holds
  // nodes whose neighbours it leaves out, and the layout's gravity pulls those inward.
  const hub = await page.evaluate(() => {
    type Graph = { nodes(): string[]; degree(node: string): number };
    const graph = (window.__claimgraph!.renderer() as { getGraph(): Graph }).getGraph();
    return graph.nodes().reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));
  });
  await gotoApp(page, `${server.baseUrl}/?sel=${encodeURIComponent(hub)}`);
  await settle(page);
  await page.waitForFunction(() => {
    const id = window.__claimgraph!.state().selected;
    return id !== null && window.__claimgraph!.drawnLabels().some((l) => l.key === id && l.forced);
  });
  const selected = await page.evaluate(() => window.__claimgraph!.drawnLabels());
  expect(overlapping(selected)).toEqual([]);
  // Zoomed in on the selection, its edges are long enough for their labels ("said",
  // "about"…): some show, none over a node's label or another edge's.
  const zoomed = await page.evaluate(async () => {
    type Point = { x: number; y: number; ratio?: number };
    type Internals = {
      getCamera(): { getState(): Required<Point>; setState(s: Point): void };
      getNodeDisplayData(id: string): Point | undefined;
    };
    const hooks = window.__claimgraph!;
    const sigma = hooks.renderer() as Internals;
    const node = sigma.getNodeDisplayData(hooks.state().selected!)!;
    const camera = sigma.getCamera();
    camera.setState({ x: node.x, y: node.y, ratio: camera.getState().ratio * 0.35 });
    for (let i = 0; i < 5; i++) await new Promise((r) => requestAnimationFrame(r));
    return hooks.drawnLabels();
  });
  expect(zoomed.filter((l) => l.edge).length).toBeGreaterThan(0);
  expect(zoomed.filter((l) => !l.edge).length).toBeGreaterThan(1);
  expect(overlapping(zoomed)).toEqual([]);

  // Moved next to the right edge, the selected node's label turns to its left, inside the canvas.
  const atEdge = await page.evaluate(async () => {
    type Point = { x: number; y: number };
    type Internals = {
      getCamera(): { getState(): Point; setState(s: Point): void; isAnimated(): boolean };
      getDimensions(): { width: number };
      viewportToFramedGraph(p: Point): Point;
    };
    const hooks = window.__claimgraph!;
    const id = hooks.state().selected!;
    const sigma = hooks.renderer() as Internals;
    // A camera animation still running (centring on the selection) would move it on.
    while (sigma.getCamera().isAnimated()) await new Promise((r) => requestAnimationFrame(r));
    // Moved again while the canvas was still settling (a busy machine finishes the
    // panel's resize late): at most a few times, until the node stays put.
    let width = 0;
    for (let attempt = 0; attempt < 5; attempt++) {
      width = sigma.getDimensions().width;
      const at = hooks.viewport(id)!;
      if (attempt > 0 && Math.abs(at.x - (width - 20)) < 1) break;
      const from = sigma.viewportToFramedGraph(at);
      const to = sigma.viewportToFramedGraph({ x: width - 20, y: at.y });
      const camera = sigma.getCamera();
      const state = camera.getState();
      camera.setState({ x: state.x - (to.x - from.x), y: state.y - (to.y - from.y) });
      for (let i = 0; i < 5; i++) await new Promise((r) => requestAnimationFrame(r));
    }
    const label = hooks.drawnLabels().find((l) => l.key === id && !l.edge);
    return { width, node: hooks.viewport(id)!, box: label?.box ?? null };
  });
  expect(Math.abs(atEdge.node.x - (atEdge.width - 20))).toBeLessThan(2);
  expect(atEdge.box).not.toBeNull();
  expect(atEdge.box!.x1).toBeLessThan(atEdge.node.x);
  expect(atEdge.box!.x0).toBeGreaterThanOrEqual(0);
});

test('layout settle: labels re-gridded alone are those a full refresh of sigma shows', async () => {
  await gotoApp(page, `${server.baseUrl}/`);
  await settle(page);
  const result = await page.evaluate(() => {
    type Internals = {
      getGraph(): { forEachNode(fn: (n: string, a: { x: number; y: number }) => void): void };
      refresh(): void;
      getSetting(key: 'labelDensity'): number;
      labelGrid: { getLabelsToDisplay(ratio: number, density: number): string[] };
    };
    const hooks = window.__claimgraph!;
    const sigma = hooks.renderer() as Internals;
    // Which labels show, zoomed out to zoomed in.
    const labels = () =>
      [4, 2, 1, 0.5, 0.25].map((ratio) =>
        [...sigma.labelGrid.getLabelsToDisplay(ratio, sigma.getSetting('labelDensity'))].sort(),
      );
    // As a layout does: every node moved in place, each frame drawn in place.
    sigma.getGraph().forEachNode((_n, a) => {
      [a.x, a.y] = [a.y * 1.3 + 40, -a.x * 0.5 - 25];
    });
    const inPlace = hooks.layoutFrame();
    const stale = labels();
    const alone = hooks.layoutSettled();
    const regridded = labels();
    sigma.refresh(); // sigma's own full process
    return { inPlace, alone, stale, regridded, full: labels() };
  });
  expect(result.inPlace).toBe(true);
  expect(result.alone).toBe(true);
  expect(result.full.flat().length).toBeGreaterThan(10);
  // The move changed which labels show, so the grid had to be rebuilt.
  expect(result.stale).not.toEqual(result.full);
  expect(result.regridded).toEqual(result.full);
});

test("fit: no full process when the frame already is the nodes' extent, one when it is not", async () => {
  await gotoApp(page, `${server.baseUrl}/`);
  await settle(page);
  const result = await page.evaluate(async () => {
    type Program = { array?: Float32Array; programs?: Program[] };
    type Programs = Record<string, Program>;
    type Internals = {
      getGraph(): { forEachNode(fn: (n: string, a: { x: number; y: number }) => void): void };
      refresh(): void;
      process(): unknown;
      setCustomBBox(box: null): void;
      nodePrograms: Programs;
      edgePrograms: Programs;
    };
    const sigma = window.__claimgraph!.renderer() as Internals;
    const arrays = (p: Program): number[][] =>
      p.array ? [Array.from(p.array)] : (p.programs ?? []).flatMap(arrays);
    const buffers = () =>
      JSON.stringify(
        [sigma.nodePrograms, sigma.edgePrograms].flatMap((programs) =>
          Object.keys(programs)
            .sort()
            .flatMap((type) => arrays(programs[type]!)),
        ),
      );
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const fitButton = document.querySelector<HTMLButtonElement>(
      'button[title="Fit the graph to the screen"]',
    )!;
    // As when a full layout has just settled: sigma follows the nodes' extent.
    sigma.setCustomBBox(null);
    sigma.refresh();
    let processed = 0;
    const process = sigma.process.bind(sigma);
    sigma.process = () => {
      processed += 1;
      return process();
    };
    const before = buffers();
    fitButton.click();
    await frames();
    const kept = { processed, same: buffers() === before };
    // A node moved far out without sigma knowing: the frame must follow it.
    let first = true;
    sigma.getGraph().forEachNode((_n, a) => {
      if (first) a.x += 5_000;
      first = false;
    });
    fitButton.click();
    await frames();
    const moved = { processed, same: buffers() === before };
    sigma.process = process;
    return { kept, moved };
  });
  expect(result.kept).toEqual({ processed: 0, same: true });
  expect(result.moved.processed).toBeGreaterThanOrEqual(1);
  expect(result.moved.same).toBe(false);
});

/**
 * Answers the page's requests to `pattern` as the server does while Neo4j is
 * down (its 503 and Retry-After), the first `times` of them; later ones go
 * through. `count` says how many were refused. Undo with page.unroute(pattern).
 */
async function refuseAsNeo4jDown(pattern: string | RegExp, times = Number.POSITIVE_INFINITY) {
  const refused = { count: 0 };
  await page.route(pattern, async (route) => {
    if (refused.count >= times) return route.continue();
    refused.count += 1;
    await route.fulfill({
      status: 503,
      contentType: 'application/json',
      headers: { 'retry-after': '5' },
      body: JSON.stringify({ error: NEO4J_UNAVAILABLE }),
    });
  });
  return refused;
}

/** The browser logs each refused request (a 503); nothing else may have been logged. */
function expectOnly503sLogged() {
  const others = session.problems.splice(0).filter((p) => !/status of 503/.test(p));
  expect(others).toEqual([]);
}

/** The ids of the claims the page's canvas draws. */
function claimIdsInView(p: Page): Promise<string[]> {
  return p.evaluate(() =>
    window
      .__claimgraph!.nodes()
      .filter((n) => n.category === 'Claim')
      .map((n) => n.id),
  );
}

/** Claims by id, as POST /api/claims/by-ids answers them: in date order, undated last. */
async function claimsByIds<C>(ids: string[]): Promise<C[]> {
  const res = await fetch(`${server.baseUrl}/api/claims/by-ids`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ids }),
  });
  return ((await res.json()) as { claims: C[] }).claims;
}

/**
 * Chooses "Claims in view" in the scope choice of the panel `#panel`, and
 * waits for the link to keep it (`param=view`) and the panel to draw it.
 */
async function chooseClaimsInView(p: Page, panel: string, param: string): Promise<void> {
  await p.check(`#${panel}-scope-view`);
  await p.waitForFunction((q) => window.location.search.includes(`${q}=view`), param);
  await p.waitForFunction((id) => {
    const el = document.getElementById(id);
    return el?.dataset.scope === 'view' && el.dataset.state === 'ready';
  }, panel);
}

/** A panel that follows the view: its element's data-`key` counts what it shows, `opening` at first. */
interface Follows {
  id: string;
  key: string;
  opening: number;
}

/** Filters the claims dated before 2025 out of view, and waits for the panel to count fewer. */
async function laterClaimsOnly(p: Page, { id, key, opening }: Follows): Promise<void> {
  await p.click('button[data-panel="filters"]');
  await p.fill('#f-from', '2025-01-01');
  await p.waitForFunction(([id, key, n]) => Number(document.getElementById(id)?.dataset[key]) < n, [
    id,
    key,
    opening,
  ] as const);
}

/** Resets the filters, and waits for the panel to count what it did at first. */
async function filtersReset(p: Page, { id, key, opening }: Follows): Promise<void> {
  await p.click('#f-reset');
  await p.waitForFunction(
    ([id, key, n]) => Number(document.getElementById(id)?.dataset[key]) === n,
    [id, key, opening] as const,
  );
}

/** The rows of a downloaded CSV table, by column name. */
async function csvRows(d: Download): Promise<Record<string, string>[]> {
  return parse(readFileSync(await d.path()), { bom: true, columns: true }) as Record<
    string,
    string
  >[];
}

test('opening while Neo4j is away: the page says so, asks again, and opens once it answers', async () => {
  const OVERVIEW = '**/api/graph/overview*';
  // Two 503s as the server gives them while Neo4j is down, then the real server.
  const refused = await refuseAsNeo4jDown(OVERVIEW, 2);
  try {
    await page.goto(`${server.baseUrl}/`);
    await page.waitForFunction(() => document.getElementById('app')!.dataset.ready === 'waiting');
    // The server's Retry-After is not turned into "try again": the page does.
    expect(await page.textContent('#graph-message')).toBe(
      `Could not load the overview: ${NEO4J_UNAVAILABLE} Trying again every 3 s (1 attempt so far).`,
    );
    await screenshot(page, 'waiting-for-neo4j');
    await page.waitForFunction(
      () => document.getElementById('app')!.dataset.ready === 'true',
      null,
      {
        timeout: 45_000,
      },
    );
    expect(refused.count).toBe(2);
    expect(await page.isHidden('#graph-message')).toBe(true);
    expect((await counts(page)).datasetNodes).toBeGreaterThan(50);
  } finally {
    await page.unroute(OVERVIEW);
  }
  expectOnly503sLogged();
});

test('a failed expansion while Neo4j is away says when to try again, and its button does', async () => {
  await gotoApp(page, `${server.baseUrl}/?sel=${ZELENSKY}&panel=details&tab=info`);
  await settle(page);
  const before = await counts(page);
  const NEIGHBOURHOOD = `**/api/nodes/${ZELENSKY}/neighborhood*`;
  const refused = await refuseAsNeo4jDown(NEIGHBOURHOOD);
  const toast = page.locator('.toast-error', { hasText: 'Could not expand' });
  try {
    await page.click('#expand-btn[data-action="expand"]');
    await toast.waitFor();
    expect(await toast.locator('span').textContent()).toBe(
      `Could not expand: ${NEO4J_UNAVAILABLE} Try again in 5 s.`,
    );
    expect(refused.count).toBe(1);
    expect((await counts(page)).datasetNodes).toBe(before.datasetNodes);
    await screenshot(page, 'expand-try-again');
  } finally {
    await page.unroute(NEIGHBOURHOOD);
  }
  // Neo4j is back: the toast's button runs the same expansion.
  await toast.locator('button.toast-action', { hasText: 'Try again' }).click();
  await page.waitForFunction(
    (id) => (document.getElementById('app')!.dataset.expanded ?? '').split(',').includes(id),
    ZELENSKY,
  );
  await settle(page);
  expect((await counts(page)).datasetNodes).toBeGreaterThan(before.datasetNodes);
  expect(await toast.count()).toBe(0);
  expectOnly503sLogged();
});

test('a panel that fails to load while Neo4j is away says so, and its Try again loads it', async () => {
  const RUSSIA = 'act-russia';
  const DETAILS = /\/api\/nodes\/act-russia(\?|$)/;
  const refused = await refuseAsNeo4jDown(DETAILS);
  const note = page.locator('#details p.error', { hasText: 'Could not load details' });
  try {
    await gotoApp(page, `${server.baseUrl}/?sel=${RUSSIA}&panel=details&tab=info`);
    await note.waitFor();
    expect(await note.textContent()).toBe(
      `Could not load details: ${NEO4J_UNAVAILABLE} Try again in 5 s. Try again`,
    );
    // One request: the disagreements arriving later do not render the details tab again.
    expect(refused.count).toBe(1);
    await screenshot(page, 'details-try-again');
  } finally {
    await page.unroute(DETAILS);
  }
  await note.locator('button.retry-btn').click();
  await page.locator('#details .props').waitFor();
  expect(await note.count()).toBe(0);
  expectOnly503sLogged();
});

test("who said what downloads a speaker's claims as a CSV table, one row per claim", async () => {
  await gotoApp(page, `${server.baseUrl}/?sel=${ZELENSKY}&panel=details&tab=said`);
  const section = page.locator('#said-by');
  const button = section.locator('.csv-btn');
  await button.waitFor();
  const heading = (await section.locator('h3 .count').textContent())!;
  const claims = Number(/(\d+) claims/.exec(heading)![1]);
  expect(await button.textContent()).toBe(`Download as CSV (${claims} claims)`);
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(d.suggestedFilename()).toBe(`claims-${ZELENSKY}.csv`);
  const rows = await csvRows(d);
  expect(rows).toHaveLength(claims);
  expect(new Set(rows.map((r) => r.speaker_id))).toEqual(new Set([ZELENSKY]));
  const toast = page.locator('.toast', { hasText: `Saved ${claims} claims` });
  await toast.waitFor();
  await screenshot(page, 'who-said-what-csv');
});

test('sources: every source with its claims, speakers and claims in dispute; ordered, narrowed, opened', async () => {
  await gotoApp(page, `${server.baseUrl}/`);
  // Every toolbar button fits the window, the new Sources one included.
  const width = page.viewportSize()!.width;
  const rights = await page
    .locator('.toolbar button')
    .evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().right));
  expect(rights.filter((r) => r > width)).toEqual([]);
  await page.click('button[data-panel="sources"]');
  const panel = page.locator('#sources[data-state="ready"]');
  await panel.waitFor();
  const api = (await (await fetch(`${server.baseUrl}/api/sources?limit=500`)).json()) as {
    total: number;
    sources: {
      id: string;
      title: string;
      claims: number;
      speakers: number;
      disputed: number;
      relayedDisputed: number;
      corroborated: number;
      relayedCorroborated: number;
    }[];
  };
  expect(await page.textContent('#sources-count')).toBe(`${api.total} sources`);
  expect(await page.locator('.source-row').count()).toBe(api.total);
  // Beside what is in dispute, what is borne out: a green badge each, as the API counts them.
  const borneOut = await page
    .locator('.source-row')
    .evaluateAll((rows) =>
      rows.map((r) => [
        r.getAttribute('data-source-id'),
        [...r.querySelectorAll('.badge-agreed')].map((b) => b.textContent),
      ]),
    );
  expect(borneOut).toEqual(
    api.sources.map((x) => [
      x.id,
      [
        x.relayedCorroborated && `${x.relayedCorroborated} of them borne out`,
        x.corroborated && `${x.corroborated} borne out`,
      ].filter(Boolean),
    ]),
  );
  expect(api.sources.some((x) => x.corroborated > 0)).toBe(true);
  expect(api.sources.some((x) => x.relayedCorroborated > 0)).toBe(true);
  // The most borne out first: in the API's order, its own and those relayed from it together.
  await page.selectOption('#sources-order', 'corroborated');
  const byBorneOut = (await (
    await fetch(`${server.baseUrl}/api/sources?order=corroborated&limit=500`)
  ).json()) as typeof api;
  const borneFirst = byBorneOut.sources.map((x) => x.id);
  await page.waitForFunction(
    (first) =>
      document.querySelector('#sources')?.getAttribute('data-state') === 'ready' &&
      document.querySelector('.source-row')?.getAttribute('data-source-id') === first,
    borneFirst[0],
  );
  expect(
    await page
      .locator('.source-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-source-id'))),
  ).toEqual(borneFirst);
  const borne = byBorneOut.sources.map((x) => x.corroborated + x.relayedCorroborated);
  expect(borne).toEqual([...borne].sort((a, b) => b - a));
  expect(page.url()).toContain('so=corroborated');
  // The most in dispute first: the first says how many, with a badge.
  await page.selectOption('#sources-order', 'disputed');
  await page.waitForFunction(
    () =>
      document.querySelector('#sources')?.getAttribute('data-state') === 'ready' &&
      document.querySelector('.source-row')?.getAttribute('data-disputed') !== '0',
  );
  // Its own claims in dispute and those other articles relay from it, together.
  const disputed = await page
    .locator('.source-row')
    .evaluateAll((rows) =>
      rows.map(
        (r) =>
          Number((r as HTMLElement).dataset.disputed) +
          Number((r as HTMLElement).dataset.relayedDisputed),
      ),
    );
  expect(disputed).toEqual([...disputed].sort((a, b) => b - a));
  const firstId = await page.locator('.source-row').first().getAttribute('data-source-id');
  const first = api.sources.find((x) => x.id === firstId)!;
  expect(first.disputed + first.relayedDisputed).toBe(disputed[0]);
  expect(await page.locator('.source-row').first().locator('.badge-disputed').textContent()).toBe(
    `${first.disputed} in dispute`,
  );
  // Pointed at, a source lights up on the graph with its claims, as hovering it there would.
  const looks = () =>
    page.evaluate(() =>
      window.__claimgraph!.nodes().map((n) => ({
        id: n.id,
        dimmed: window.__claimgraph!.nodeDisplay(n.id)?.color === '#e5e7eb',
      })),
    );
  const drawnRow = page.locator('.source-row').filter({ hasNotText: 'cited report' }).first();
  const pointedId = (await drawnRow.getAttribute('data-source-id'))!;
  await drawnRow.hover();
  await page.waitForFunction((n) => window.__claimgraph!.state().hovered === n, pointedId);
  const lit = (await looks()).filter((n) => !n.dimmed).map((n) => n.id);
  expect(lit).toContain(pointedId);
  expect(lit.length).toBeGreaterThan(1);
  expect(lit.length).toBeLessThan((await looks()).length);
  await page.locator('#side-title').hover(); // off the row, and off the graph
  await page.waitForFunction(() => window.__claimgraph!.state().hovered === null);
  // Closed under the pointer (Escape), the panel puts the light out too.
  await drawnRow.hover();
  await page.waitForFunction((n) => window.__claimgraph!.state().hovered === n, pointedId);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.__claimgraph!.state().panel === null);
  await page.waitForFunction(() => window.__claimgraph!.state().hovered === null);
  await page.click('button[data-panel="sources"]');
  await panel.waitFor();
  await screenshot(page, 'sources-panel');
  // Narrowed by words of the title or outlet.
  await page.fill('#sources-q', 'fakti');
  await page
    .locator('#sources-count', { hasText: 'with “fakti” in the title or outlet' })
    .waitFor();
  const titles = await page.locator('.source-row').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  for (const t of titles) expect(t.toLowerCase()).toContain('fakti');
  // A source opens on its claims and who made them, as many as the row said.
  const row = page.locator('.source-row').first();
  const id = (await row.getAttribute('data-source-id'))!;
  const listed = api.sources.find((x) => x.id === id)!;
  await row.locator('.source-open').click();
  await page.waitForFunction((n) => window.__claimgraph!.state().selected === n, id);
  expect(await state(page)).toMatchObject({ panel: 'details', tab: 'said' });
  await page.locator('#source-claims h3 .count').waitFor();
  expect(await page.locator('#source-claims h3 .count').textContent()).toBe(
    `${listed.claims} claims by ${listed.speakers} speakers`,
  );
  // Back to Sources: the order and the words are still there.
  await page.click('button[data-panel="sources"]');
  await panel.waitFor();
  expect(await page.inputValue('#sources-q')).toBe('fakti');
  expect(await page.inputValue('#sources-order')).toBe('disputed');
  // The link keeps them: opened afresh, the panel lists the same.
  await page.waitForFunction(() => location.search.includes('sq=fakti'));
  expect(new URL(page.url()).searchParams.get('so')).toBe('disputed');
  await gotoApp(page, page.url());
  await page
    .locator('#sources-count', { hasText: 'with “fakti” in the title or outlet' })
    .waitFor();
  expect(await page.inputValue('#sources-q')).toBe('fakti');
  expect(await page.inputValue('#sources-order')).toBe('disputed');
  // The most disputed source: which other sources dispute its claims. Disagreement goes
  // both ways, so the first of them lists this one back.
  await page.fill('#sources-q', '');
  await page.locator('#sources-count', { hasText: /^\d+ sources$/ }).waitFor();
  const most = page.locator('.source-row').first();
  const mostId = (await most.getAttribute('data-source-id'))!;
  await most.locator('.source-open').click();
  await page.waitForFunction((n) => window.__claimgraph!.state().selected === n, mostId);
  const disagrees = page.locator('#source-disagrees');
  await disagrees.locator('li').first().waitFor();
  expect(Number(await disagrees.getAttribute('data-count'))).toBeGreaterThan(0);
  expect(await disagrees.locator('li').first().textContent()).toMatch(
    /— \d+ claims? of theirs against \d+ here$/,
  );
  // Each row as the server counts every pair: its claims against this source's.
  const counted = (await (
    await fetch(`${server.baseUrl}/api/sources/${mostId}/disputes`)
  ).json()) as {
    total: number;
    sources: { source: { id: string }; theirs: number; ours: number; reasons: string[] }[];
  };
  expect(await disagrees.locator('h3 .count').textContent()).toBe(
    `${counted.total} other source${counted.total === 1 ? '' : 's'}`,
  );
  expect(
    await disagrees
      .locator('li')
      .evaluateAll((lis) =>
        lis.map((li) => [li.getAttribute('data-source-id'), li.getAttribute('title')]),
      ),
  ).toEqual(counted.sources.map((r) => [r.source.id, r.reasons.join('\n')]));
  const other = (await disagrees.locator('li').first().getAttribute('data-source-id'))!;
  expect(other).not.toBe(mostId);
  expect(await disagrees.locator('li').first().textContent()).toMatch(
    new RegExp(
      `— ${counted.sources[0]!.theirs} claims? of theirs against ${counted.sources[0]!.ours} here$`,
    ),
  );
  await screenshot(page, 'source-disagrees-with');
  // The pairs behind it as tables named after the source: the figures that disagree with
  // one of its claims on a side, and the contradictions recorded against them.
  const [allPairs, allRecorded] = await Promise.all([
    fetch(`${server.baseUrl}/api/figures?points=none`).then(
      (r) => r.json() as Promise<{ disagreements: { claims: string[] }[] }>,
    ),
    fetch(`${server.baseUrl}/api/contradictions`).then(
      (r) => r.json() as Promise<{ contradictions: { claims: string[] }[] }>,
    ),
  ]);
  const saved = async (button: string) =>
    (await Promise.all([page.waitForEvent('download'), disagrees.locator(button).click()]))[0];
  const checkTables = async (sourceId: string) => {
    const details = (await (await fetch(`${server.baseUrl}/api/sources/${sourceId}`)).json()) as {
      claims: { id: string }[];
      relayed: { claims: { id: string }[] };
    };
    // Its own claims and those relayed from it, as "Disagrees with" counts them.
    const own = [...details.claims, ...details.relayed.claims].map((c) => c.id);
    const touches = (claims: string[]) => claims.some((c) => own.includes(c));
    const pairsHere = allPairs.disagreements.filter((d) => touches(d.claims)).length;
    const recordedHere = allRecorded.contradictions.filter((k) => touches(k.claims)).length;
    // Each offered when there are some.
    expect(await disagrees.locator('#source-figures-csv').count()).toBe(pairsHere ? 1 : 0);
    expect(await disagrees.locator('#source-contradictions-csv').count()).toBe(
      recordedHere ? 1 : 0,
    );
    if (pairsHere) {
      expect(await disagrees.locator('#source-figures-csv').textContent()).toBe(
        `Figures that disagree as CSV (${pairsHere} pair${pairsHere === 1 ? '' : 's'})`,
      );
      const file = await saved('#source-figures-csv');
      expect(file.suggestedFilename()).toBe(`figure-disagreements-${sourceId}-widest.csv`);
      const rows = await csvRows(file);
      expect(rows).toHaveLength(pairsHere);
      for (const r of rows) expect(touches([r.claim_a_id!, r.claim_b_id!])).toBe(true);
    }
    if (recordedHere) {
      const file = await saved('#source-contradictions-csv');
      expect(file.suggestedFilename()).toBe(`contradictions-${sourceId}.csv`);
      expect(await csvRows(file)).toHaveLength(recordedHere);
    }
    return { pairsHere, recordedHere };
  };
  const mostTables = await checkTables(mostId);
  await disagrees.locator('li').first().locator('button').click();
  await page.waitForFunction((n) => window.__claimgraph!.state().selected === n, other);
  await page.locator(`#source-disagrees li[data-source-id="${mostId}"]`).waitFor();
  const otherTables = await checkTables(other);
  // Between the two sources, both tables were saved and checked.
  expect(mostTables.pairsHere + otherTables.pairsHere).toBeGreaterThan(0);
  expect(mostTables.recordedHere + otherTables.recordedHere).toBeGreaterThan(0);
  // A cited report reports nothing itself, but what articles relay from it is its account:
  // Blinken's briefing (8,000 deployed, relayed by article 001) says so in its row, and
  // its page names the report that disagrees with it, the FT's intelligence officials'
  // 3,000, though one article relays both.
  const BLINKEN = 'src-blinken-briefing-2024-10-31';
  await page.click('button[data-panel="sources"]');
  await panel.waitFor();
  const report = page.locator(`.source-row[data-source-id="${BLINKEN}"]`);
  expect(await report.getAttribute('data-relayed-disputed')).toBe('1');
  expect(await report.locator('.source-stats').textContent()).toBe(
    '0 claims · 1 claim relayed by other articles 1 of them in dispute',
  );
  await report.locator('.source-open').click();
  await page.waitForFunction((n) => window.__claimgraph!.state().selected === n, BLINKEN);
  const ft = disagrees.locator('li[data-source-id="src-ft-ukrainian-intelligence"]');
  await ft.waitFor();
  // Where its claim is read: the article that relays it, a link to it.
  expect(await ft.locator('.relayed-in').textContent()).toBe(
    ' · relayed in How Is Russia Benefiting From North Korean Soldiers?',
  );
  expect(await disagrees.locator('#source-disagrees-relayed').textContent()).toMatch(
    /^Counting the 1 claim other articles relay from it/,
  );
  expect(
    await disagrees.locator('li').evaluateAll((lis) => lis.map((li) => li.dataset.sourceId)),
  ).not.toContain('src-russia-benefiting-from-nk-soldiers');
  expect((await checkTables(BLINKEN)).pairsHere).toBeGreaterThan(0);
  await screenshot(page, 'source-report-disagrees-with');
});

test("sources: a source's page says which other sources' figures agree with its claims, each opening that source", async () => {
  type Agreements = {
    total: number;
    figurePairsTotal: number;
    sources: { source: { id: string }; theirs: number; ours: number; reasons: string[] }[];
  };
  const agreementsOf = async (id: string) =>
    (await (await fetch(`${server.baseUrl}/api/sources/${id}/agreements`)).json()) as Agreements;
  // News.bg's report: Zelensky's 3,800 of 12,000, relayed by Fakti. GZERO's roughly 12,000
  // and 1,000–4,000 agree with it, and so do the figures article 004 relays from Radio Free Asia.
  const NEWS_BG = 'src-news-bg-report';
  await gotoApp(page, `${server.baseUrl}/?sel=${NEWS_BG}&panel=details&tab=said`);
  const agrees = page.locator('#details #source-agrees');
  await agrees.locator('li').first().waitFor({ timeout: 15_000 });
  const counted = await agreementsOf(NEWS_BG);
  expect(counted.total).toBeGreaterThan(1);
  expect(await agrees.locator('h3').textContent()).toBe(
    `Agrees with ${counted.total} other sources`,
  );
  // Each row as the server counts it, its closest pairs named on hover.
  const rows = await agrees
    .locator('li[data-source-id]')
    .evaluateAll((lis) =>
      lis.map((li) => [li.dataset.sourceId, li.getAttribute('title'), li.textContent]),
    );
  expect(rows.map(([id, title]) => [id, title])).toEqual(
    counted.sources.map((r) => [r.source.id, r.reasons.join('\n')]),
  );
  for (const [i, r] of counted.sources.entries()) {
    expect(rows[i]![2]).toContain(
      ` — ${r.theirs} claim${r.theirs === 1 ? '' : 's'} of theirs agree${r.theirs === 1 ? 's' : ''} with ${r.ours} here`,
    );
  }
  const gzero = agrees.locator('li[data-source-id="src-gzero-nk-troops-brutal-treatment"]');
  expect(await gzero.getAttribute('title')).toContain(
    'GZERO Media: roughly 12,000 (2025-01) agrees with Volodymyr Zelensky: 12,000 (2025-01-12)',
  );
  // A report is named with the article that relays it.
  expect(
    await agrees.locator('li[data-source-id="src-rfa-original"] .relayed-in').textContent(),
  ).toBe(
    ' · relayed in Zelenskyy Reports Potential Increase of North Korean Troops Supporting Russia',
  );
  expect(await agrees.locator('#source-agrees-note').textContent()).toMatch(
    new RegExp(`^${counted.figurePairsTotal} pairs of figures that agree`),
  );
  // Every agreeing pair as a table named after the source.
  const button = agrees.locator('#source-agreements-csv');
  expect(await button.textContent()).toBe(
    `Figures that agree as CSV (${counted.figurePairsTotal} pairs)`,
  );
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(file.suggestedFilename()).toBe(`figure-agreements-${NEWS_BG}.csv`);
  const table = await csvRows(file);
  expect(table).toHaveLength(counted.figurePairsTotal);
  expect(new Set(table.map((r) => r.agreement))).toEqual(new Set(['same', 'overlap', 'hedged']));
  await agrees.scrollIntoViewIfNeeded();
  await screenshot(page, 'source-agrees-with');
  // Opening GZERO's: News.bg's report is among those that agree with it.
  await gzero.locator('button').first().click();
  await page.waitForFunction(
    (n) => window.__claimgraph!.state().selected === n,
    'src-gzero-nk-troops-brutal-treatment',
  );
  await agrees.locator(`li[data-source-id="${NEWS_BG}"]`).waitFor();
  // Blinken's 8,000 stands alone, and his briefing's page says so.
  await gotoApp(page, `${server.baseUrl}/?sel=src-blinken-briefing-2024-10-31&panel=details`);
  await page.locator('#details #source-agrees-none').waitFor({ timeout: 15_000 });
  expect(await page.locator('#details #source-agrees').innerText()).toMatch(
    /^Agrees with\s+No other source's figures agree with its 1 figure\.$/i,
  );
  // A source that gives no figure has nothing to say here: KBS's interview answers.
  await gotoApp(page, `${server.baseUrl}/?sel=src-kbs-zelensky-interview&panel=details`);
  await page.waitForFunction(
    () => document.querySelector('#details #source-agrees')?.getAttribute('data-total') === '0',
  );
  expect(await page.locator('#details #source-agrees').isHidden()).toBe(true);
});

test("who said what: the claims about an entity narrowed to one speaker's, a speaker's to one subject; the link keeps both", async () => {
  const CONTINGENT = 'unit-nk-contingent';
  await gotoApp(page, `${server.baseUrl}/?sel=${CONTINGENT}&panel=details&tab=said`);
  const about = page.locator('#said-about');
  const saidBy = about.locator('#wsw-narrow-by');
  await saidBy.waitFor();
  await about.locator('.claim-card').first().waitFor();
  const whole = Number(/(\d+) claims/.exec((await about.locator('h3 .count').textContent())!)![1]);
  // "Anyone (N speakers)", then each speaker with how many of the claims are theirs.
  const options = await saidBy.locator('option').allTextContents();
  expect(options[0]).toMatch(/^Anyone \(\d+ speakers\)$/);
  expect(options.length).toBeGreaterThan(5);
  const zelensky = options.find((o) => o.startsWith('Volodymyr Zelensky ('))!;
  const theirs = Number(/\((\d+)\)$/.exec(zelensky)![1]);
  expect(theirs).toBeGreaterThan(1);
  await saidBy.selectOption(ZELENSKY);
  await page.waitForFunction(
    (n) => document.querySelector('#said-about')?.getAttribute('data-count') === String(n),
    theirs,
  );
  // Only theirs, as many as the choice said, out of the whole list.
  expect(new Set(await about.locator('.claim-speaker').allTextContents())).toEqual(
    new Set(['Volodymyr Zelensky']),
  );
  expect(await about.locator('.claim-card').count()).toBe(theirs);
  expect(await about.locator('h3 .count').textContent()).toMatch(
    new RegExp(`^ ${theirs} of ${whole} claims`),
  );
  // The graph draws the same: their claims lit up with both ends; every other claim dimmed.
  // The first view holds only part of the graph: the note says how much, and brings the rest in.
  const note = about.locator('.wsw-drawn');
  const [, partly] = /^(\d+) of these claims lit up in the graph\.$/.exec(
    (await note.evaluate((p) => p.firstChild!.textContent))!,
  )!;
  const bringIn = note.locator('.wsw-bring-in');
  expect(await bringIn.textContent()).toBe(`Bring the other ${theirs - Number(partly)} in`);
  const nodesBefore = await page.evaluate(() => window.__claimgraph!.nodes().length);
  // Zoomed far into a corner, so that only the framing below can bring the claims into view.
  // (once the camera has done framing the choice itself).
  type Camera = {
    isAnimated(): boolean;
    setState(s: { x: number; y: number; ratio: number }): void;
  };
  await page.waitForFunction(
    () => !(window.__claimgraph!.renderer() as { getCamera(): Camera }).getCamera().isAnimated(),
  );
  await page.evaluate(() =>
    (window.__claimgraph!.renderer() as { getCamera(): Camera })
      .getCamera()
      .setState({ x: 0, y: 0, ratio: 0.05 }),
  );
  await bringIn.click();
  await about
    .locator('.wsw-drawn', {
      hasText: 'Lit up in the graph, with who said them and where they were reported.',
    })
    .waitFor();
  expect(await page.evaluate(() => window.__claimgraph!.nodes().length)).toBeGreaterThan(
    nodesBefore,
  );
  const claimIds = () =>
    about
      .locator('.claim-open')
      .evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.claimId!));
  const listed = await claimIds();
  // The camera frames what was brought in: every listed claim inside the canvas.
  const canvas = (await page.locator('#graph canvas').first().boundingBox())!;
  await page.waitForFunction(
    ({ ids, width, height }) =>
      ids.every((id) => {
        const p = window.__claimgraph!.viewport(id);
        return !!p && p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
      }),
    { ids: listed, width: canvas.width, height: canvas.height },
  );
  const drawn = () =>
    page.evaluate(() =>
      window.__claimgraph!.nodes().map((n) => ({
        id: n.id,
        claim: n.category === 'Claim',
        dimmed: window.__claimgraph!.nodeDisplay(n.id)?.color === '#e5e7eb',
      })),
    );
  const narrowedLooks = await drawn();
  const lit = narrowedLooks.filter((n) => !n.dimmed).map((n) => n.id);
  expect(lit).toEqual(expect.arrayContaining([...listed, CONTINGENT, ZELENSKY]));
  const others = narrowedLooks.filter((n) => n.claim && !listed.includes(n.id));
  expect(others.length).toBeGreaterThan(20);
  expect(others.filter((n) => !n.dimmed)).toEqual([]);
  await screenshot(page, 'who-said-what-narrowed');
  // Filters that hide the claims: the note counts again, and again once they are back.
  await page.click('button[data-panel="filters"]');
  await page.uncheck('#f-kind-claim');
  await about
    .locator('.wsw-drawn', {
      hasText: `None of these claims is drawn in the graph. ${theirs} hidden by the filters.`,
    })
    .waitFor();
  await page.check('#f-kind-claim');
  await about.locator('.wsw-drawn', { hasText: 'Lit up in the graph' }).waitFor();
  await page.click('button[data-panel="filters"]');
  // The CSV holds what is listed.
  const [d] = await Promise.all([page.waitForEvent('download'), about.locator('.csv-btn').click()]);
  expect(d.suggestedFilename()).toBe(`claims-${ZELENSKY}-about-${CONTINGENT}.csv`);
  expect((await csvRows(d)).map((r) => r.speaker_id)).toEqual(Array(theirs).fill(ZELENSKY));
  // The link keeps the choice; opened afresh, the list is narrowed again.
  await page.waitForFunction(() => location.search.includes('wby='));
  expect(new URL(page.url()).searchParams.get('wby')).toBe(ZELENSKY);
  await gotoApp(page, page.url());
  await page.locator('#wsw-narrow-by').waitFor();
  expect(await page.locator('#wsw-narrow-by').inputValue()).toBe(ZELENSKY);
  await page.waitForFunction(
    (n) => document.querySelector('#said-about')?.getAttribute('data-count') === String(n),
    theirs,
  );
  // The camera frames what the list lights up, as choosing it does: centred on their extent.
  type Framing = {
    getCamera(): { isAnimated(): boolean; getState(): { x: number; y: number } };
    getNodeDisplayData(id: string): { x: number; y: number } | undefined;
  };
  // The camera moves a frame after the page is ready: waited for until it rests there.
  const framedOn = await page.waitForFunction(() => {
    const hooks = window.__claimgraph!;
    const sigma = hooks.renderer() as Framing;
    const cam = sigma.getCamera();
    if (!hooks.ready || cam.isAnimated()) return false;
    const lit = hooks
      .nodes()
      .filter((n) => hooks.nodeDisplay(n.id)?.color !== '#e5e7eb')
      .map((n) => sigma.getNodeDisplayData(n.id)!);
    const mid = (vs: number[]) => (Math.min(...vs) + Math.max(...vs)) / 2;
    const at = cam.getState();
    const off = Math.max(
      Math.abs(at.x - mid(lit.map((p) => p.x))),
      Math.abs(at.y - mid(lit.map((p) => p.y))),
    );
    return off < 0.01 && lit.length;
  });
  expect(await framedOn.jsonValue()).toBeGreaterThan(3);
  // Back to anyone: the whole list again, and the link forgets the choice.
  await page.locator('#wsw-narrow-by').selectOption('');
  await page.waitForFunction(
    (n) => document.querySelector('#said-about')?.getAttribute('data-count') === String(n),
    whole,
  );
  // …and the graph the whole neighbourhood: the other speakers' claims are no longer dimmed.
  const wholeLooks = await drawn();
  const wholeListed = await claimIds();
  expect(wholeListed.length).toBeGreaterThan(listed.length);
  expect(wholeLooks.filter((n) => wholeListed.includes(n.id) && n.dimmed)).toEqual([]);

  // A speaker's own claims, narrowed to one subject.
  await gotoApp(page, `${server.baseUrl}/?sel=${ZELENSKY}&panel=details&tab=said`);
  const said = page.locator('#said-by');
  const subject = said.locator('#wsw-narrow-about');
  await subject.waitFor();
  expect((await subject.locator('option').first().textContent())!).toMatch(
    /^Anything \(\d+ subjects\)$/,
  );
  const kursk = (await subject.locator('option').allTextContents()).find((o) =>
    o.startsWith('Kursk region ('),
  )!;
  const onKursk = Number(/\((\d+)\)$/.exec(kursk)![1]);
  await subject.selectOption('place-kursk-region');
  await page.waitForFunction(
    (n) => document.querySelector('#said-by')?.getAttribute('data-count') === String(n),
    onKursk,
  );
  for (const id of await said
    .locator('.claim-card')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-id')!))) {
    const claim = await page.evaluate(
      (cid) =>
        fetch(`/api/claims/by-ids`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ids: [cid] }),
        }).then((r) => r.json()),
      id,
    );
    expect(claim.claims[0].about.map((x: { id: string }) => x.id)).toContain('place-kursk-region');
  }
  await page.waitForFunction(() => location.search.includes('wabout=place-kursk-region'));
  // Another entity's lists are not narrowed by this one's choice.
  await page.fill('#search', 'Kim Jong Un');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__claimgraph!.state().selected === 'act-kim-jong-un');
  await page.click('#tab-said');
  await page.locator('#said-about .claim-card').first().waitFor();
  expect(await page.locator('#said-about').getAttribute('data-narrowed-to')).toBe('');
  expect(new URL(page.url()).searchParams.get('wabout')).toBeNull();
});

test('export: the claims in view as a CSV table, one row per claim on screen', async () => {
  await gotoApp(page, `${server.baseUrl}/`);
  const inView = (await claimIdsInView(page)).sort();
  expect(inView.length).toBeGreaterThan(10);
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#export-btn').then(() => page.click('.menu-item[data-format="claims"]')),
  ]);
  expect(d.suggestedFilename()).toBe('claims-in-view.csv');
  const rows = await csvRows(d);
  expect(rows.map((r) => r.claim_id).sort()).toEqual(inView);
  await page.locator('.toast', { hasText: `Saved ${inView.length} claims` }).waitFor();
});

test('claims are marked disputed even when /api/figures lists none of their pairs, as at scale', async () => {
  // At scale /api/figures lists the first 2,000 of millions of pairs: here it lists none.
  const DISAGREEMENTS = '**/api/figures?points=none*';
  await page.route(DISAGREEMENTS, async (route) => {
    const res = await route.fetch();
    const body = (await res.json()) as { disagreements: unknown[] };
    await route.fulfill({ response: res, json: { ...body, disagreements: [] } });
  });
  const BLINKEN_8000 = 'clm-blinken-8000-in-kursk';
  try {
    await gotoApp(page, `${server.baseUrl}/?sel=act-antony-blinken&panel=details&tab=said`);
    // His card in the list, by his own claim's disputes.
    const card = page.locator('#details .claim-card.is-disputed', { hasText: '8,000' });
    await card.first().waitFor({ timeout: 15_000 });
    expect(await card.first().locator('.badge-disputed').textContent()).toBe('disputed');
    // The claims drawn, outlined on the graph: Blinken's 8,000 among them.
    await page.waitForFunction(
      (id) => window.__claimgraph!.state().disputed.has(id),
      BLINKEN_8000,
      { timeout: 15_000 },
    );
    const drawn = await page.evaluate(
      (id) => window.__claimgraph!.nodeDisplay(id)?.borderColor ?? null,
      BLINKEN_8000,
    );
    expect(drawn).toBe('#dc2626'); // DISPUTED_COLOR
    // His claim's panel names the figures against it: Ukrainian intelligence's 3,000.
    await card.first().locator('.claim-open').click();
    const box = page.locator('#details .dispute-box');
    await box.waitFor({ timeout: 15_000 });
    // Widest apart first, and none left out: no "more figures" line.
    const lines = await box.locator('p').allInnerTexts();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^Ukrainian intelligence officials: 3,000 \(2024-10-28\) vs Antony Blinken: 8,000 \(2024-10-31\) \(2\.7× apart\)/,
    );
    expect(lines[1]).toMatch(/\(1\.3× apart\)/);
  } finally {
    await page.unroute(DISAGREEMENTS);
  }
});

test("agreement: a claim's panel says who else gives its figures, in which source, and leads to them", async () => {
  await gotoApp(page, `${server.baseUrl}/?sel=clm-zelensky-3800-of-12000&panel=details&tab=said`);
  const box = page.locator('#details .agree-box:not([hidden])');
  await box.waitFor({ timeout: 15_000 });
  // Folded to one line, the claim's own source still in sight; opened, each figure.
  expect(await box.locator('summary').innerText()).toBe(
    'Who else gives these figures: 3,800 — 2 other speakers; 12,000 — 3 other speakers',
  );
  expect(await box.locator('.agree-figure').first().isVisible()).toBe(false);
  await box.locator('summary').click();
  const figures = box.locator('.agree-figure');
  expect(await figures.count()).toBe(2);
  const deployed = figures.filter({ hasText: 'NK troops deployed: 12,000' });
  expect(await deployed.locator('.agree-summary').innerText()).toMatch(
    /^3 other speakers agree · in 2 other sources/,
  );
  const items = await deployed.locator('.agree-list li').allInnerTexts();
  expect(items).toEqual([
    'GZERO Media: roughly 12,000 (2025-01) in GZERO Media · the same figure',
    expect.stringMatching(
      /^Unattributed reports \(article 004\): estimated 12,000 \(2025\) in “Zelenskyy Reports.*” · the same figure · relayed from Radio Free Asia$/,
    ),
    'Ukrainian, US, NATO, and South Korean officials: 10,000–12,000 (2024-11) in GZERO Media · ranges overlap',
  ]);
  // The excerpt that reports it, on hover.
  expect(await deployed.locator('.agree-list button').first().getAttribute('title')).toContain(
    '12,000',
  );
  await box.scrollIntoViewIfNeeded();
  await screenshot(page, 'claim-agreement');
  // An agreeing claim opens in the panel, with its own agreement.
  await deployed.locator('.agree-list button', { hasText: 'GZERO Media' }).click();
  await page.waitForFunction(
    () => window.__claimgraph!.state().selected === 'clm-gzero-casualties-1000-4000',
  );
  const gzero = page.locator('#details .agree-box:not([hidden]) .agree-figure', {
    hasText: 'roughly 12,000',
  });
  await page
    .locator('#details .agree-box:not([hidden]) summary', { hasText: 'between 1,000–4,000' })
    .click();
  await gzero.waitFor({ timeout: 15_000 });
  expect(await gzero.locator('.agree-summary').innerText()).toContain(
    '1 claim in this same source',
  );
  // Blinken's 8,000 stands alone.
  await gotoApp(page, `${server.baseUrl}/?sel=clm-blinken-8000-in-kursk&panel=details&tab=said`);
  const folded = page.locator('#details .agree-box:not([hidden]) summary');
  await folded.waitFor({ timeout: 15_000 });
  expect(await folded.innerText()).toBe('Who else gives these figures: 8,000 — stands alone');
  await folded.click();
  const alone = page.locator('#details .agree-box .agree-summary');
  expect(await alone.innerText()).toMatch(/^Stands alone: no other claim's figure agrees/);
  // The chart puts it among every figure of its measure.
  await page.locator('#details .agree-box button', { hasText: 'see them on the chart' }).click();
  await page.waitForFunction(() => window.__claimgraph!.state().measure === 'nk_troops_deployed');
  expect((await state(page)).panel).toBe('figures');
});

test('relayed: a claim names the report its article relays it from, and the report lists what is relayed from it', async () => {
  await gotoApp(page, `${server.baseUrl}/?sel=clm-blinken-8000-in-kursk&panel=details&tab=said`);
  const relayed = page.locator('#details .relayed-from');
  await relayed.waitFor({ timeout: 15_000 });
  expect(await page.locator('#details .reported-in').innerText()).toMatch(
    /^Reported in How Is Russia Benefiting From North Korean Soldiers\?/,
  );
  expect(await relayed.innerText()).toBe(
    'Relayed from Briefing by US Secretary of State Antony Blinken on North Korean troops in Russia · United States government · 31 Oct 2024',
  );
  await relayed.scrollIntoViewIfNeeded();
  await screenshot(page, 'claim-relayed-from');
  // GZERO's own estimate is its own account: no such line.
  await gotoApp(
    page,
    `${server.baseUrl}/?sel=clm-gzero-casualties-1000-4000&panel=details&tab=said`,
  );
  await page.locator('#details .reported-in').waitFor({ timeout: 15_000 });
  expect(await page.locator('#details .relayed-from').count()).toBe(0);

  // From a claim of Zelensky's KBS interview to the interview, which Claimgraph holds no text of.
  await gotoApp(
    page,
    `${server.baseUrl}/?sel=clm-zelenskyy-kbs-nk-in-occupied-areas-and-kursk&panel=details&tab=said`,
  );
  await page.locator('#details .relayed-from button', { hasText: 'Korean TV channel KBS' }).click();
  await page.waitForFunction(
    () => window.__claimgraph!.state().selected === 'src-kbs-zelensky-interview',
  );
  const section = page.locator('#details #source-relayed');
  await section.waitFor({ timeout: 15_000 });
  expect(await section.getAttribute('data-count')).toBe('6');
  expect(await section.locator('h3').innerText()).toMatch(/6 claims in 1 article$/i);
  // Each card names its article; the report is this page's own.
  const sources = await section.locator('.claim-source').allInnerTexts();
  expect(sources).toHaveLength(6);
  expect(new Set(sources)).toEqual(
    new Set(['in How Is Russia Benefiting From North Korean Soldiers?']),
  );
  expect(await page.locator('#details #source-claims').count()).toBe(0);
  await screenshot(page, 'source-relayed');
  // A card opens its claim.
  await section.locator('.claim-open').first().click();
  await page.waitForFunction(() =>
    String(window.__claimgraph!.state().selected).startsWith('clm-zelenskyy-'),
  );
  // The article's own page: each card it relays names the report, its own accounts none.
  await gotoApp(
    page,
    `${server.baseUrl}/?sel=src-russia-benefiting-from-nk-soldiers&panel=details&tab=said`,
  );
  const own = page.locator('#details #source-claims');
  await own.locator('.claim-card').first().waitFor({ timeout: 15_000 });
  expect(
    await own.locator('.claim-card', { hasText: '8,000' }).locator('.claim-source').innerText(),
  ).toBe('from United States government');
  expect(
    await own.locator('.claim-card', { hasText: '700,000' }).locator('.claim-source').count(),
  ).toBe(0);
  expect(await own.locator('.claim-source', { hasText: 'from KBS' }).count()).toBe(6);

  // The report expanded and chosen in the Sources filter: the claims relayed
  // from it stay, though reported in article 001; 001's other claims go.
  await gotoApp(
    page,
    `${server.baseUrl}/?exp=src-kbs-zelensky-interview&src=src-kbs-zelensky-interview`,
  );
  await page.waitForFunction(() =>
    window.__claimgraph!.nodes().some((n) => n.id === 'clm-zelenskyy-nk-will-get-practice'),
  );
  const drawn = (await page.evaluate(() => window.__claimgraph!.nodes().map((n) => n.id))).filter(
    (id) => id.startsWith('clm-'),
  );
  expect(drawn.sort()).toEqual([
    'clm-zelenskyy-deployment-benefits-kim',
    'clm-zelenskyy-kbs-nk-in-occupied-areas-and-kursk',
    'clm-zelenskyy-kim-does-not-care-about-lives',
    'clm-zelenskyy-nk-will-get-practice',
    'clm-zelenskyy-putin-avoids-mobilization',
    'clm-zelenskyy-russians-dont-want-to-fight',
  ]);
});

test('contradictions: a denial is drawn linked in red to the claims it contradicts, and its panel says why', async () => {
  const DENIAL = 'clm-moscow-denies-nk-soldiers';
  const CAPTURE = 'clm-zelensky-two-nk-soldiers-captured';
  await gotoApp(page, `${server.baseUrl}/?sel=${DENIAL}&exp=${DENIAL}&panel=details`);
  await settle(page);
  // The expansion brought the three claims it contradicts, each linked by a red line.
  const drawn = await page.evaluate((denial) => {
    const sigma = window.__claimgraph!.renderer() as {
      getGraph(): {
        filterEdges(n: string, f: (e: string, a: Record<string, unknown>) => boolean): string[];
        opposite(n: string, e: string): string;
      };
      getEdgeDisplayData(e: string): { color: string; type: string } | undefined;
    };
    const g = sigma.getGraph();
    return g
      .filterEdges(denial, (_e, a) => a.relType === 'CONTRADICTS')
      .map((e) => ({
        other: g.opposite(denial, e),
        color: sigma.getEdgeDisplayData(e)?.color,
        type: sigma.getEdgeDisplayData(e)?.type,
      }));
  }, DENIAL);
  expect(drawn.map((d) => d.other).sort()).toEqual([
    'clm-author-russia-nk-remain-silent',
    CAPTURE,
    'clm-zelenskyy-nk-fighting-since-early-december',
  ]);
  // Selected, so its links are in focus: red, and a line (it reads the same both ways).
  expect(new Set(drawn.map((d) => `${d.color} ${d.type}`))).toEqual(new Set(['#dc2626 line']));
  // The claim's panel names each contradiction with its note, and leads to the other claim.
  const box = page.locator('#details .dispute-box');
  await box.waitFor({ timeout: 15_000 });
  const reasons = await box.locator('p').allTextContents();
  expect(reasons).toHaveLength(3);
  expect(reasons.join('\n')).toContain("Russia vs Volodymyr Zelensky: Moscow's denial against");
  expect(reasons.join('\n')).toContain(
    'Ethan Kim vs Russia: The sources disagree on what Moscow says',
  );
  // Each names the source that reported the other claim, as the API has it, its title on hover.
  const others = drawn.map((d) => d.other);
  type Reported = {
    id: string;
    excerpt: string;
    source: { title: string; outlet: string | null };
  };
  const reported = new Map((await claimsByIds<Reported>(others)).map((c) => [c.id, c] as const));
  expect(reported.get(CAPTURE)!.source.outlet).toBe('GZERO Media');
  for (const other of others) {
    const note = box.locator(`.side-source[data-source-of="${other}"]`);
    await note.waitFor({ timeout: 15_000 });
    const { source, excerpt } = reported.get(other)!;
    // The other claim's excerpt on its link's hover, to weigh without leaving this one.
    expect(
      await box.locator(`button[data-claim-id="${other}"]`).first().getAttribute('title'),
    ).toBe(`“${excerpt}”`);
    expect(await note.getAttribute('title')).toBe(source.title);
    expect(await note.textContent()).toEqual(
      source.outlet ? ` in ${source.outlet}` : expect.stringMatching(/^ in “.+”$/),
    );
  }
  const denialName = await page.textContent('#node-name');
  await box.locator('p', { hasText: "Moscow's denial against" }).locator('button').click();
  await page.waitForFunction((id) => window.__claimgraph!.state().selected === id, CAPTURE);
  // The capture, disputed by both denials, says so in turn.
  const back = page.locator('#details .dispute-box p');
  await back.first().waitFor({ timeout: 15_000 });
  expect((await back.allTextContents()).join('\n')).toMatch(/North Korea vs Volodymyr Zelensky/);
  expect(await page.textContent('.legend-list')).toContain(
    'red line: two claims that cannot both hold',
  );
  await screenshot(page, 'contradictions');

  // Back to the denial, read first: by the panel's button, then by Alt+←.
  expect(await page.textContent('#details-back')).toBe(`← ${denialName}`);
  await page.click('#details-back');
  await page.waitForFunction((id) => window.__claimgraph!.state().selected === id, DENIAL);
  // The first node selected on this page: nowhere further back.
  await page.locator('#details .dispute-box p').first().waitFor({ timeout: 15_000 });
  expect(await page.locator('#details-back').count()).toBe(0);
  await box.locator('p', { hasText: "Moscow's denial against" }).locator('button').click();
  await page.waitForFunction((id) => window.__claimgraph!.state().selected === id, CAPTURE);
  await page.locator('#details-back').waitFor();
  await page.locator('#graph').focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await page.waitForFunction((id) => window.__claimgraph!.state().selected === id, DENIAL);
});

test('disputes: every contradiction, and every measure whose figures disagree, in one panel that leads to them', async () => {
  const DENIAL = 'clm-moscow-denies-nk-soldiers';
  const CAPTURE = 'clm-zelensky-two-nk-soldiers-captured';
  const recorded = (await (await fetch(`${server.baseUrl}/api/contradictions`)).json()) as {
    total: number;
  };
  type FiguresPair = {
    measure: string;
    claims: [string, string];
    sides: [string, string];
    factor: number | null;
    sources: ({ title: string; outlet: string | null } | null)[];
    relayed: ({ title: string; outlet: string | null } | null)[];
  };
  const figures = (await (await fetch(`${server.baseUrl}/api/figures?points=none`)).json()) as {
    disagreements: FiguresPair[];
    disagreementsTotal: number;
    disagreementsByMeasure: Record<string, number>;
    widestByMeasure: Record<string, FiguresPair[]>;
  };
  expect(recorded.total).toBeGreaterThan(3);
  const byMeasure = Object.entries(figures.disagreementsByMeasure).sort((a, b) => b[1] - a[1]);
  expect(byMeasure.length).toBeGreaterThan(0);

  await page.click('button[data-panel="disputes"]');
  await page.waitForFunction(() => document.getElementById('disputes')?.dataset.state === 'ready');
  expect(await page.getAttribute('button[data-panel="disputes"]', 'aria-pressed')).toBe('true');
  expect(await page.textContent('#side-title')).toBe('Where sources disagree');
  // Every recorded contradiction, with who, why and both claims.
  const items = page.locator('#disputes-contradictions .dispute-item');
  expect(await items.count()).toBe(recorded.total);
  expect(await page.textContent('#disputes-contradictions h3')).toBe(
    `Claims that cannot both hold (${recorded.total})`,
  );
  const pair = page.locator(
    `#disputes-contradictions .dispute-item[data-claims~="${DENIAL}"][data-claims~="${CAPTURE}"]`,
  );
  expect(await pair.locator('.reason').textContent()).toBe(
    'Russia vs Volodymyr Zelensky · from the seed',
  );
  expect(await pair.locator('.dispute-note').textContent()).toMatch(/^Moscow's denial against/);
  // Each claim with who, when and the source that reports it.
  expect(await pair.locator('.dispute-claim').allTextContents()).toEqual([
    expect.stringMatching(/^Russia \(2025 · [^)]+\): Russia denies that North Korean soldiers/),
    expect.stringMatching(/^Volodymyr Zelensky \(11 Jan 2025 · GZERO Media\): Zelensky announced/),
  ]);
  // Every measure whose figures disagree, most disputed first, with its exact count.
  const measures = page.locator('#disputes-figures .dispute-measure');
  expect(
    await measures.evaluateAll((els) => els.map((e) => e.getAttribute('data-measure'))),
  ).toEqual(byMeasure.map(([m]) => m));
  expect(await measures.first().textContent()).toContain(
    `${byMeasure[0]![1]} disagreement${byMeasure[0]![1] === 1 ? '' : 's'} among`,
  );
  // Under each measure, its pairs widest apart (three at most), with how far apart: each
  // side's figure opens its claim.
  const size = (d: FiguresPair) => d.factor ?? Number.POSITIVE_INFINITY;
  const allPairs = figures.disagreements.filter((d) => d.measure === byMeasure[0]![0]);
  const widest = figures.widestByMeasure[byMeasure[0]![0]]!;
  expect(widest.length).toBe(Math.min(3, allPairs.length));
  expect(widest.map(size)).toEqual(
    allPairs
      .map(size)
      .sort((a, b) => b - a)
      .slice(0, 3),
  );
  const pairItems = measures.first().locator('.dispute-pair');
  const texts = await pairItems.allTextContents();
  expect(texts).toHaveLength(widest.length);
  texts.forEach((text, i) => {
    const d = widest[i]!;
    expect(text).toMatch(/ · (\d[\d.,]*× apart|one of them 0)$/);
    const reported = (i: 0 | 1) => {
      const source = d.sources[i]!;
      return ` in ${source.outlet ?? '“'}`;
    };
    expect(text.startsWith(`${d.sides[0]}${reported(0)}`)).toBe(true);
    expect(text).toContain(` vs ${d.sides[1]}${reported(1)}`);
    // A side its source relays from a report names it: "in Fakti, from News.bg".
    for (const r of d.relayed) if (r) expect(text).toContain(`, from ${r.outlet ?? r.title}`);
  });
  // Each side says which source reported it, its full title on hover.
  const sourceTitles = await pairItems.evaluateAll((lis) =>
    lis.map((li) => [...li.querySelectorAll('.side-source')].map((s) => s.getAttribute('title'))),
  );
  expect(sourceTitles).toEqual(
    widest.map((d) =>
      d.sources.map((s, i) =>
        d.relayed[i] ? `${s!.title}, relayed from “${d.relayed[i]!.title}”` : s!.title,
      ),
    ),
  );
  // The Tatarstan pair: both claims are Fakti's relaying of News.bg, and say so.
  const tatarstan = page.locator(
    '#disputes-contradictions .dispute-item[data-claims~="clm-tatarstan-authorities-deny-fire"]',
  );
  expect(await tatarstan.locator('.dispute-claim').allTextContents()).toEqual([
    expect.stringMatching(
      /^Local authorities in Tatarstan \(11 Jan 2025 · Fakti, from News\.bg\): /,
    ),
    expect.stringMatching(/\(11 Jan 2025 · Fakti, from News\.bg\): /),
  ]);
  if (widest.length > 1)
    expect(await measures.first().textContent()).toContain('widest apart first');
  expect(
    await pairItems
      .first()
      .locator('button')
      .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-claim-id'))),
  ).toEqual(widest[0]!.claims);
  // Narrowed by what the analyst types: every word, in any of the pair's fields.
  await page.fill('#disputes-filter', 'ethan kim');
  await page.waitForFunction(() => window.location.search.includes('dq=ethan+kim'));
  const kims = await items.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  expect(kims.length).toBeGreaterThan(0);
  expect(kims.length).toBeLessThan(recorded.total);
  for (const text of kims) expect(text).toContain('Ethan Kim');
  expect(await page.textContent('#disputes-contradictions h3')).toBe(
    `Claims that cannot both hold (${kims.length} of ${recorded.total})`,
  );
  // The download holds what is listed.
  const [d] = await Promise.all([page.waitForEvent('download'), page.click('#disputes-csv')]);
  expect(d.suggestedFilename()).toBe('contradictions-narrowed.csv');
  const rows = await csvRows(d);
  expect(rows).toHaveLength(kims.length);
  for (const r of rows) expect([r.claim_a_speaker, r.claim_b_speaker]).toContain('Ethan Kim');
  await page.locator('.toast', { hasText: `Saved ${kims.length} contradiction` }).waitFor();
  await page.fill('#disputes-filter', 'ethan kim zzzz');
  expect(await items.count()).toBe(0);
  expect(await page.textContent('#disputes-contradictions')).toContain(
    'No contradiction has all those words.',
  );
  await page.fill('#disputes-filter', '');
  expect(await items.count()).toBe(recorded.total);
  await pair.scrollIntoViewIfNeeded();
  await screenshot(page, 'disputes');

  // A claim opens in the graph, with its panel.
  await pair.locator(`button[data-claim-id="${CAPTURE}"]`).click();
  await page.waitForFunction((id) => window.__claimgraph!.state().selected === id, CAPTURE);
  await page.locator('#details .dispute-box').waitFor({ timeout: 15_000 });
  // A figure of a pair opens its claim.
  await page.click('button[data-panel="disputes"]');
  await page.waitForFunction(() => document.getElementById('disputes')?.dataset.state === 'ready');
  const pairSource = await pairItems.first().locator('.side-source').first().textContent();
  await pairItems.first().locator('button').nth(1).click();
  await page.waitForFunction(
    (id) => window.__claimgraph!.state().selected === id,
    widest[0]!.claims[1],
  );
  // Its Disputed box names the source of the other figure, as the pair did.
  const otherSide = page.locator(
    `#details .dispute-box .side-source[data-source-of="${widest[0]!.claims[0]}"]`,
  );
  await otherSide.first().waitFor({ timeout: 15_000 });
  const relayedFirst = widest[0]!.relayed[0];
  expect(await otherSide.first().getAttribute('title')).toBe(
    relayedFirst
      ? `${widest[0]!.sources[0]!.title}, relayed from “${relayedFirst.title}”`
      : widest[0]!.sources[0]!.title,
  );
  expect(await otherSide.first().textContent()).toBe(pairSource);
  // Opened again, a measure opens in the figures view.
  await page.click('button[data-panel="disputes"]');
  await page.waitForFunction(() => document.getElementById('disputes')?.dataset.state === 'ready');
  await measures.first().locator('button[data-measure]').click();
  await page.waitForFunction(() => window.__claimgraph!.state().panel === 'figures');
  await page.waitForFunction(() => document.getElementById('figures')?.dataset.state === 'ready');
  expect(await page.inputValue('#measure-select')).toBe(byMeasure[0]![0]);
  expect(Number(await page.getAttribute('#disagreements', 'data-count'))).toBeGreaterThan(0);
  // A link restores the panel narrowed as it was.
  await gotoApp(page, `${server.baseUrl}/?panel=disputes&dq=ethan%20kim`);
  await page.waitForFunction(() => document.getElementById('disputes')?.dataset.state === 'ready');
  expect(await page.inputValue('#disputes-filter')).toBe('ethan kim');
  expect(await items.count()).toBe(kims.length);
  await page.click('#side-close');
  expect(new URL(page.url()).searchParams.get('dq')).toBeNull();
});

test('disputes of the claims in view: the pairs with one of them on a side, counted once; it follows the view, and a link keeps the choice', async () => {
  type Pair = { measure: string; claims: [string, string] };
  const recorded = (await (await fetch(`${server.baseUrl}/api/contradictions`)).json()) as {
    total: number;
    contradictions: Pair[];
  };
  const figures = (await (await fetch(`${server.baseUrl}/api/figures?points=none`)).json()) as {
    disagreements: Pair[];
    disagreementsTotal: number;
  };
  // The seed's pairs are fewer than /api/figures' cap: all of them are listed.
  expect(figures.disagreements).toHaveLength(figures.disagreementsTotal);
  /** What the panel should list for the claims drawn now, from the graph's full lists. */
  const expectedInView = async () => {
    const inView = new Set(await claimIdsInView(page));
    const touches = (d: Pair) => d.claims.some((c) => inView.has(c));
    const pairs = figures.disagreements.filter(touches);
    const byMeasure = new Map<string, number>();
    for (const d of pairs) byMeasure.set(d.measure, (byMeasure.get(d.measure) ?? 0) + 1);
    return {
      claims: inView.size,
      contradictions: recorded.contradictions.filter(touches).length,
      pairs: pairs.length,
      byMeasure,
    };
  };
  const listed = async () => ({
    claims: Number(await page.getAttribute('#disputes-in-view', 'data-claims')),
    contradictions: await page.locator('#disputes-contradictions .dispute-item').count(),
    pairs: Number(
      /\((\d+) pairs? of claims\)/.exec(
        (await page.textContent('#disputes-figures h3')) ?? '',
      )?.[1],
    ),
    byMeasure: new Map(
      await page
        .locator('#disputes-figures .dispute-measure')
        .evaluateAll((els) =>
          els.map(
            (e) =>
              [
                e.getAttribute('data-measure')!,
                Number(/: (\d+) disagreements? with/.exec(e.textContent ?? '')?.[1]),
              ] as [string, number],
          ),
        ),
    ),
  });
  const ready = () =>
    page.waitForFunction(() => document.getElementById('disputes')?.dataset.state === 'ready');

  await gotoApp(page, `${server.baseUrl}/?panel=disputes`);
  await ready();
  expect(await page.isChecked('#disputes-scope-all')).toBe(true);
  expect(await page.locator('#disputes-contradictions .dispute-item').count()).toBe(recorded.total);
  await chooseClaimsInView(page, 'disputes', 'ds');
  const opening = await expectedInView();
  // On the seed, every pair has a claim of the opening view: the filters below narrow it.
  expect(opening.contradictions).toBeGreaterThan(0);
  expect(opening.pairs).toBeGreaterThan(0);
  expect(await listed()).toEqual(opening);
  expect(await page.textContent('#disputes-in-view')).toBe(
    `The disputes of the ${opening.claims} claims in view: every pair listed has at least one of them on a side.`,
  );
  expect(await page.textContent('#disputes-contradictions h3')).toBe(
    `Claims that cannot both hold, one in view (${opening.contradictions})`,
  );
  // Each pair listed has a claim in view on a side.
  const inView = new Set(await claimIdsInView(page));
  const sides = await page
    .locator('#disputes-contradictions .dispute-item, #disputes-figures .dispute-pair')
    .evaluateAll((els) => els.map((e) => (e.getAttribute('data-claims') ?? '').split(' ')));
  expect(sides.length).toBeGreaterThan(opening.contradictions);
  for (const pair of sides) expect(pair.some((c) => inView.has(c))).toBe(true);
  // The download holds the pairs listed.
  const [d] = await Promise.all([page.waitForEvent('download'), page.click('#disputes-csv')]);
  expect(d.suggestedFilename()).toBe('contradictions-in-view.csv');
  expect(await csvRows(d)).toHaveLength(opening.contradictions);
  // And the figures' download, the pairs with a claim in view, widest apart first.
  const [f] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#disputes-figures-csv'),
  ]);
  expect(f.suggestedFilename()).toBe('figure-disagreements-in-view-widest.csv');
  const pairRows = await csvRows(f);
  expect(pairRows).toHaveLength(opening.pairs);
  const factors = pairRows.map((r) => Number(r.factor || Infinity));
  expect(factors).toEqual([...factors].sort((a, b) => b - a));
  for (const r of pairRows)
    expect(inView.has(r.claim_a_id!) || inView.has(r.claim_b_id!)).toBe(true);
  await screenshot(page, 'disputes-in-view');

  // It follows the view: the claims dated before 2025 filtered out, it lists those left's.
  const follows = { id: 'disputes-in-view', key: 'claims', opening: opening.claims };
  await laterClaimsOnly(page, follows);
  await ready();
  const later = await expectedInView();
  expect(later.claims).toBeLessThan(opening.claims);
  // The figures that disagreed are all dated 2024: none is left in view.
  expect(later.pairs).toBeLessThan(opening.pairs);
  expect(await page.textContent('#disputes-figures')).toContain(
    'No figure in view disagrees with a figure of another speaker.',
  );
  expect(await listed()).toEqual(later);
  await filtersReset(page, follows);
  await ready();
  expect(await listed()).toEqual(opening);

  // A link keeps the choice; back to the whole graph, the link forgets it.
  await gotoApp(page, `${server.baseUrl}/?panel=disputes&ds=view`);
  await ready();
  expect(await page.isChecked('#disputes-scope-view')).toBe(true);
  expect(await listed()).toEqual(opening);
  await page.check('#disputes-scope-all');
  await ready();
  await page.waitForFunction(() => !window.location.search.includes('ds='));
  expect(await page.locator('#disputes-in-view').count()).toBe(0);
  expect(await page.locator('#disputes-contradictions .dispute-item').count()).toBe(recorded.total);
  const [all] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#disputes-figures-csv'),
  ]);
  expect(all.suggestedFilename()).toBe('figure-disagreements-widest.csv');
  expect(await csvRows(all)).toHaveLength(figures.disagreementsTotal);
  await page.click('#side-close');
});

test('figures of the claims in view: the chart draws theirs, lists the pairs with one of them on a side, and follows the view', async () => {
  const MEASURE = 'nk_troops_deployed';
  type Point = { claimId: string; date: string | null; asOf: string | null };
  type Pair = { claims: [string, string] };
  const graph = (await (
    await fetch(`${server.baseUrl}/api/figures?measure=${MEASURE}`)
  ).json()) as { figures: Point[]; disagreements: Pair[]; disagreementsTotal: number };
  // The seed's pairs are fewer than /api/figures' cap: all of them are listed.
  expect(graph.disagreements).toHaveLength(graph.disagreementsTotal);
  /** What the chart should draw and list for the claims drawn now, from the graph's lists. */
  const expected = async () => {
    const inView = new Set(await claimIdsInView(page));
    const points = graph.figures.filter((f) => inView.has(f.claimId));
    const pairs = graph.disagreements.filter((d) => d.claims.some((c) => inView.has(c)));
    // The other sides out of view, drawn apart.
    const outside = new Set(pairs.flatMap((d) => d.claims).filter((c) => !inView.has(c)));
    const dated = (f: Point) => !!(f.asOf ?? f.date);
    return {
      claims: inView.size,
      // Drawn: the dated ones (the seed's figures are all plain numbers).
      drawn: points.filter(dated).length,
      partners: graph.figures.filter((f) => outside.has(f.claimId) && dated(f)).length,
      pairs: pairs.length,
    };
  };
  const shown = async () => ({
    claims: Number(await page.getAttribute('#figures-in-view', 'data-claims')),
    drawn: Number(await page.getAttribute('#figures-chart', 'data-points')),
    partners: Number(await page.getAttribute('#figures-chart', 'data-partners')),
    pairs: Number(await page.getAttribute('#disagreements', 'data-count')),
  });
  const ready = () =>
    page.waitForFunction(() => document.getElementById('figures')?.dataset.state === 'ready');

  await gotoApp(page, `${server.baseUrl}/?panel=figures&measure=${MEASURE}`);
  await ready();
  expect(await page.isChecked('#figures-scope-all')).toBe(true);
  expect(await page.isHidden('#figures-in-view')).toBe(true);
  const whole = Number(await page.getAttribute('#figures-chart', 'data-points'));
  await chooseClaimsInView(page, 'figures', 'fs');
  const opening = await expected();
  expect(opening.drawn).toBeGreaterThan(0);
  expect(opening.pairs).toBeGreaterThan(0);
  expect(await shown()).toEqual(opening);
  expect(await page.textContent('#figures-in-view')).toBe(
    `The figures of the ${opening.claims} claims in view; each pair of figures listed has one of them on a side.`,
  );
  // Each pair listed has a claim in view on a side, and names both sides' sources.
  const inView = new Set(await claimIdsInView(page));
  const sides = await page
    .locator('#disagreements .disagreement .side .link-btn')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-id') ?? ''));
  expect(sides).toHaveLength(2 * opening.pairs);
  for (let i = 0; i < sides.length; i += 2) {
    expect(inView.has(sides[i]!) || inView.has(sides[i + 1]!)).toBe(true);
  }
  // The download holds the same pairs.
  const [d] = await Promise.all([page.waitForEvent('download'), page.click('#disagreements-csv')]);
  expect(d.suggestedFilename()).toBe(`figure-disagreements-${MEASURE}-in-view.csv`);
  expect(await csvRows(d)).toHaveLength(opening.pairs);
  await screenshot(page, 'figures-in-view');

  // It follows the view: the claims dated before 2025 filtered out, it draws those left's.
  const follows = { id: 'figures-in-view', key: 'claims', opening: opening.claims };
  await laterClaimsOnly(page, follows);
  await ready();
  const later = await expected();
  expect(later.drawn).toBeLessThan(opening.drawn);
  expect(later.pairs).toBe(0);
  expect(await shown()).toEqual(later);
  expect(await page.textContent('#disagreements')).toMatch(
    /None of the claims in view states a figure for this measure|No figure in view disagrees/,
  );
  await filtersReset(page, follows);
  await ready();
  expect(await shown()).toEqual(opening);

  // A claim hidden from view is drawn apart, faint, when it disagrees with one in view, and
  // its side of the pair is named with its source all the same.
  const BLINKEN = 'clm-blinken-8000-in-kursk';
  const link = page.url();
  await gotoApp(page, `${link}&hide=${BLINKEN}`);
  await ready();
  const hidden = await expected();
  expect(hidden.claims).toBe(opening.claims - 1);
  expect(hidden.partners).toBe(1);
  expect(await shown()).toEqual(hidden);
  const blinkenSide = page.locator(
    `#disagreements .disagreement .side:has(.link-btn[data-claim-id="${BLINKEN}"])`,
  );
  expect(await blinkenSide.count()).toBe(
    graph.disagreements.filter((d) => d.claims.includes(BLINKEN)).length,
  );
  expect(await blinkenSide.first().locator('.side-source').getAttribute('title')).toBeTruthy();
  await screenshot(page, 'figures-in-view-hidden');

  // A link keeps the choice; back to the whole graph, the link forgets it and the chart draws every figure.
  await gotoApp(page, link);
  await ready();
  expect(await page.isChecked('#figures-scope-view')).toBe(true);
  expect(await shown()).toEqual(opening);
  await page.check('#figures-scope-all');
  await page.waitForFunction(() => !window.location.search.includes('fs='));
  await ready();
  expect(Number(await page.getAttribute('#figures-chart', 'data-points'))).toBe(whole);
  expect(whole).toBeGreaterThan(opening.drawn - 1);
  await page.click('#side-close');
});

test('timeline: the claims in view by date, a row per speaker, pairs that cannot both hold joined; it follows the view', async () => {
  type Brief = { id: string; date: string | null; speaker: { id: string } };
  const claimsInView = async () => claimsByIds<Brief>(await claimIdsInView(page));
  const shown = (name: string) => page.getAttribute('#timeline', `data-${name}`).then(Number);
  await gotoApp(page, `${server.baseUrl}/`);
  await page.click('button[data-panel="timeline"]');
  await page.waitForFunction(() => document.getElementById('timeline')?.dataset.state === 'ready');
  expect(await page.textContent('#side-title')).toBe('Timeline: who said what, when');
  const claims = await claimsInView();
  expect(claims.length).toBeGreaterThan(10);
  const dated = claims.filter((c) => c.date);
  const undated = claims.length - dated.length;
  expect(undated).toBeGreaterThan(0);
  expect(await shown('points')).toBe(dated.length);
  expect(await shown('undated')).toBe(undated);
  // Below, the same claims as a table in date order, undated last.
  const rows = page.locator('#timeline-list tbody tr');
  expect(await rows.count()).toBe(claims.length);
  expect(await page.locator('#timeline-list tbody tr.is-undated').count()).toBe(undated);
  const firstDates = await rows.locator('td:first-child').allTextContents();
  expect(firstDates.slice(-undated)).toEqual(Array(undated).fill('undated'));
  expect(
    await rows
      .locator('button[data-claim-id]')
      .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-claim-id'))),
  ).toEqual(expect.arrayContaining(claims.map((c) => c.id)));
  const speakers = new Set(dated.map((c) => c.speaker.id)).size;
  // A row per speaker, twelve at most (the last shared by the others).
  expect(await shown('lanes')).toBe(Math.min(speakers, 12));
  // Joined: each pair of claims drawn that cannot both hold, recorded or by figures, once.
  const recorded = (await (await fetch(`${server.baseUrl}/api/contradictions`)).json()) as {
    contradictions: { claims: [string, string] }[];
  };
  const figures = (await (await fetch(`${server.baseUrl}/api/figures?points=none`)).json()) as {
    disagreements: { claims: [string, string] }[];
  };
  const drawn = new Set(dated.map((c) => c.id));
  const pairs = new Set(
    [...recorded.contradictions, ...figures.disagreements]
      .filter(({ claims: [a, b] }) => drawn.has(a) && drawn.has(b))
      .map(({ claims: ab }) => [...ab].sort().join('|')),
  );
  expect(pairs.size).toBeGreaterThan(0);
  // And, in green, each pair drawn that is recorded as bearing each other out.
  const corroborations = (await (await fetch(`${server.baseUrl}/api/corroborations`)).json()) as {
    corroborations: { claims: [string, string] }[];
  };
  const agreeing = new Set(
    corroborations.corroborations
      .filter(({ claims: [a, b] }) => drawn.has(a) && drawn.has(b))
      .map(({ claims: ab }) => [...ab].sort().join('|'))
      .filter((key) => !pairs.has(key)),
  );
  await page.waitForFunction(
    (n) => Number(document.getElementById('timeline')?.dataset.links) === n,
    pairs.size + agreeing.size,
  );
  const greens = agreeing.size
    ? `; ${agreeing.size} pair${agreeing.size === 1 ? '' : 's'} recorded as bearing each other out`
    : '';
  expect(await page.textContent('#timeline-summary')).toMatch(
    new RegExp(
      `^${claims.length} claims in view: ${dated.length} dated, from .+ to .+, by ` +
        `${speakers} speakers; ${undated} without a date; ${pairs.size} pairs that cannot both hold` +
        `${greens}\\.$`,
    ),
  );
  await screenshot(page, 'timeline');

  // It follows the view: claims dated before 2025 filtered out, it redraws what is left.
  const follows = { id: 'timeline', key: 'points', opening: dated.length };
  await laterClaimsOnly(page, follows);
  await page.waitForFunction(() => document.getElementById('timeline')?.dataset.state === 'ready');
  const later = (await claimsInView()).filter((c) => c.date);
  expect(later.length).toBeGreaterThan(0);
  expect(later.every((c) => c.date! >= '2025')).toBe(true);
  expect(await shown('points')).toBe(later.length);
  await filtersReset(page, follows);

  // Every claim in the graph, at a switch kept in the link, whatever is in view.
  const graph = (await (await fetch(`${server.baseUrl}/api/claims?limit=500`)).json()) as {
    total: number;
    claims: Brief[];
  };
  expect(graph.total).toBeGreaterThan(claims.length);
  await page.check('#timeline-scope-all');
  await page.waitForFunction(() => window.location.search.includes('tl=all'));
  const graphDated = graph.claims.filter((c) => c.date).length;
  await page.waitForFunction(
    (n) =>
      document.getElementById('timeline')?.dataset.state === 'ready' &&
      Number(document.getElementById('timeline')?.dataset.points) === n,
    graphDated,
  );
  expect(await shown('undated')).toBe(graph.total - graphDated);
  expect(await page.textContent('#timeline-summary')).toMatch(
    new RegExp(`^${graph.total} claims in the graph: ${graphDated} dated`),
  );
  expect(await rows.count()).toBe(graph.total);
  await page.check('#timeline-scope-view');
  await page.waitForFunction(
    (n) => Number(document.getElementById('timeline')?.dataset.points) === n,
    dated.length,
  );
  expect(new URL(page.url()).searchParams.get('tl')).toBeNull();

  // A claim opens in the graph, with its panel.
  const first = page.locator('#timeline-list tr.is-undated button[data-claim-id]').first();
  const id = (await first.getAttribute('data-claim-id'))!;
  await first.click();
  await page.waitForFunction((cid) => window.__claimgraph!.state().selected === cid, id);
  // A link opens the panel, on the claims it names.
  await gotoApp(page, `${server.baseUrl}/?panel=timeline`);
  await page.waitForFunction(() => document.getElementById('timeline')?.dataset.state === 'ready');
  expect(await shown('points')).toBe(dated.length);
  await gotoApp(page, `${server.baseUrl}/?panel=timeline&tl=all`);
  await page.waitForFunction(() => document.getElementById('timeline')?.dataset.state === 'ready');
  expect(await page.isChecked('#timeline-scope-all')).toBe(true);
  expect(await shown('points')).toBe(graphDated);
  await page.click('#side-close');
});

test('timeline from the keyboard: the arrow keys walk the claims through time, each said aloud and lit up on the graph; Enter opens it', async () => {
  await gotoApp(page, `${server.baseUrl}/?panel=timeline`);
  await page.waitForFunction(() => document.getElementById('timeline')?.dataset.state === 'ready');
  // The table reads the dated claims in the order the keys walk them.
  const dated = page.locator('#timeline-list tbody tr:not(.is-undated)');
  const ids = await dated
    .locator('button[data-claim-id]')
    .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-claim-id')!));
  const speakers = await dated.locator('td:nth-child(2)').allTextContents();
  expect(ids.length).toBeGreaterThan(2);
  const focused = () => page.getAttribute('#timeline-chart', 'data-focused');
  const said = () => page.textContent('#timeline-live');
  await page.focus('#timeline-chart');
  await page.keyboard.press('Home');
  expect(await focused()).toBe(ids[0]);
  expect(await said()).toMatch(new RegExp(`^${speakers[0]!.replace(/[.()]/g, '\\$&')}, `));
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toBe(ids[1]);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  expect(await focused()).toBe(ids[0]);
  await page.keyboard.press('End');
  const last = ids[ids.length - 1]!;
  expect(await focused()).toBe(last);
  expect(await said()).toMatch(
    new RegExp(`^${speakers[ids.length - 1]!.replace(/[.()]/g, '\\$&')}, `),
  );
  // The claim the keys are on lights up on the graph, as pointing at it does.
  await page.waitForFunction((id) => window.__claimgraph!.state().hovered === id, last);
  await screenshot(page, 'timeline-keyboard');
  // Zoomed into a period, a claim outside it brings the period to it, within the whole span.
  const shown = () =>
    page.evaluate(() => {
      const d = document.getElementById('timeline-zoom')!.dataset;
      return [Number(d.min), Number(d.max)];
    });
  const whole = await shown();
  await page.click('#timeline-zoom button:has-text("Zoom in")');
  await page.click('#timeline-zoom button:has-text("Zoom in")');
  const [first] = await claimsByIds<{ date: string }>([ids[0]!]);
  const [from, to] = dateSpan(first!.date)!;
  const [min0] = await shown();
  expect(min0).toBeGreaterThan((from + to) / 2);
  await page.focus('#timeline-chart');
  await page.keyboard.press('Home');
  expect(await focused()).toBe(ids[0]);
  const [min1, max1] = await shown();
  expect(min1).toBeLessThanOrEqual((from + to) / 2);
  expect(max1).toBeGreaterThanOrEqual((from + to) / 2);
  expect(min1).toBeGreaterThanOrEqual(whole[0]!);
  expect(max1).toBeLessThanOrEqual(whole[1]!);
  expect(await page.getAttribute('#timeline-zoom', 'data-zoomed')).toBe('true');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  const up = (await focused())!;
  expect(ids).toContain(up);
  await page.waitForFunction((id) => window.__claimgraph!.state().hovered === id, up);
  // The pointer rests where no name is, so that only the keys light anything up.
  await page.locator('#side-title').hover();
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => window.__claimgraph!.state().selected === id, up);
  // The chart gave way to the claim's panel: what it lit up goes out with it.
  await page.waitForFunction(() => window.__claimgraph!.state().hovered === null);
});

test('figures from the keyboard: the arrow keys walk the figures through time and by value, each said aloud and lit up on the graph; Enter opens its claim', async () => {
  await gotoApp(page, `${server.baseUrl}/?panel=figures&measure=nk_troops_deployed`);
  await page.waitForFunction(() => document.getElementById('figures')?.dataset.state === 'ready');
  // The table lists the figures by date: the keys start at its first date and end at its last.
  const rows = page.locator('#figures-list tbody tr');
  const table = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      date: tr.querySelector('td')?.textContent ?? '',
      claim: tr.querySelector('[data-claim-id]')?.getAttribute('data-claim-id') ?? '',
    })),
  );
  const claimsOn = (date: string) => table.filter((r) => r.date === date).map((r) => r.claim);
  const focused = () => page.getAttribute('#figures-chart', 'data-focused');
  const said = () => page.textContent('#figures-live');
  await page.focus('#figures-chart');
  await page.keyboard.press('Home');
  const first = (await focused())!;
  expect(claimsOn(table[0]!.date)).toContain(first);
  expect(await said()).toMatch(/^.+: .+, \d{1,2} [A-Z][a-z]{2} \d{4}(, disputed)?; in .+\.$/);
  await page.waitForFunction((id) => window.__claimgraph!.state().hovered === id, first);
  await page.keyboard.press('ArrowRight');
  expect(await focused()).not.toBeNull();
  await page.keyboard.press('End');
  const last = (await focused())!;
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toBe(last);
  // Down from the last figure (the seed's: a 12,000 dated only to 2025): a lower one.
  await page.keyboard.press('ArrowDown');
  const lower = (await focused())!;
  const value = (s: string | null) =>
    Number(/: [^0-9]*([0-9][0-9,]*)/.exec(s ?? '')![1]!.replace(/,/g, ''));
  await page.keyboard.press('End');
  const lastSaid = await said();
  await page.keyboard.press('ArrowDown');
  expect(lower).not.toBe(last);
  expect(value(await said())).toBeLessThan(value(lastSaid));
  await screenshot(page, 'figures-keyboard');
  // The pointer rests where no name is, so that only the keys light anything up.
  await page.locator('#side-title').hover();
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => window.__claimgraph!.state().selected === id, lower);
  await page.waitForFunction(() => window.__claimgraph!.state().hovered === null);
});

test('map: the places the claims are about, sized by their claims, ringed where disputed; a place pointed at lights up, clicked opens; of the claims in view too', async () => {
  type Place = PlaceSummary;
  const places = async (ids?: string[]) =>
    (ids
      ? await (
          await fetch(`${server.baseUrl}/api/places/in-view`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ ids }),
          })
        ).json()
      : await (await fetch(`${server.baseUrl}/api/places`)).json()) as PlacesResponse;
  /** The points the map must draw: one per place's own or inherited coordinates. */
  const spotsOf = (ps: Place[]) =>
    new Set(
      ps.flatMap((p) => {
        const at = p.lat !== null && p.lon !== null ? p : p.drawnAt;
        return at ? [`${at.lat},${at.lon}`] : [];
      }),
    ).size;
  const ready = () =>
    page.waitForFunction(() => document.getElementById('map')?.dataset.state === 'ready');
  await gotoApp(page, `${server.baseUrl}/`);
  await page.click('button[data-panel="map"]');
  await ready();
  expect(await page.textContent('#side-title')).toBe('Map: where the claims are about');
  const all = await places();
  expect(all.total).toBeGreaterThan(5);
  // A marker per point, a row per place; the places nothing locates are said to be off the map.
  const spots = spotsOf(all.places);
  expect(Number(await page.getAttribute('#map', 'data-spots'))).toBe(spots);
  expect(await page.locator('#map-svg circle.map-marker').count()).toBe(spots);
  expect(await page.locator('#map-list > li').count()).toBe(all.total);
  const unplaced = all.places.filter((p) => p.lat === null && !p.drawnAt);
  expect(unplaced.length).toBeGreaterThan(0);
  expect(await page.locator('#map-list .badge-muted').allTextContents()).toEqual(
    unplaced.map(() => 'not on the map'),
  );
  expect(await page.textContent('#map-summary')).toContain(
    `${all.total} places, ${all.mentions} mentions in claims`,
  );
  // The countries are drawn under the markers.
  expect(await page.locator('#map-svg path.map-country').count()).toBeGreaterThan(100);
  // The Kursk region, the most talked about: the largest marker, ringed red, named on the map.
  const kursk = all.places[0]!;
  expect(kursk.id).toBe('place-kursk-region');
  expect(kursk.disputed).toBeGreaterThan(0);
  const marker = page.locator('#map-spot-place-kursk-region');
  const radii = await page
    .locator('#map-svg circle.map-marker')
    .evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('r'))));
  expect(Number(await marker.getAttribute('r'))).toBe(Math.max(...radii));
  expect(await marker.getAttribute('stroke')).toBe(DISPUTED_COLOR);
  expect(
    await page.locator('#map-svg .map-label').evaluateAll((ts) => ts.map((t) => t.textContent)),
  ).toContain('Kursk region');
  // Its row: the claims, the period, who said most, what was deployed there.
  const row = page.locator('#map-list > li[data-place-id="place-kursk-region"]');
  expect(await row.textContent()).toContain(
    `${kursk.claims} claims by ${kursk.speakers} speakers in ${kursk.sources} sources`,
  );
  expect(await row.locator('.badge-disputed').textContent()).toBe(`${kursk.disputed} in dispute`);
  expect(await row.locator('.map-row-who').textContent()).toContain(
    `${kursk.topSpeakers[0]!.name} (${kursk.topSpeakers[0]!.claims})`,
  );
  expect(await row.locator('.map-row-deployed button').count()).toBe(kursk.deployed.length);
  // Pointed at, the marker says it and lights the place up on the graph.
  await marker.hover();
  expect(await page.textContent('#map-info')).toMatch(
    new RegExp(`^Kursk region: ${kursk.claims} claims by .* · ${kursk.disputed} in dispute`),
  );
  expect(await page.textContent('#map-info')).toContain('lying in it: Makhnovka (1 claim)');
  await page.waitForFunction(() => window.__claimgraph!.state().hovered === 'place-kursk-region');
  await screenshot(page, 'map');
  // Zoomed from the buttons, and to a place drawn with the one it lies in.
  await page.click('#map-zoom-in');
  await page.waitForFunction(() => document.getElementById('map')?.dataset.zoom === '2.00');
  await page.click('#map-list > li[data-place-id="place-makhnovka"] .map-show');
  await page.waitForFunction(() => document.getElementById('map')?.dataset.zoom === '8.00');
  expect(await page.textContent('#map-list > li[data-place-id="place-makhnovka"]')).toContain(
    'drawn at Kursk region, where it lies',
  );
  await page.click('#map-all');
  await page.waitForFunction(() => document.getElementById('map')?.dataset.zoom === '1.00');
  // Found by name: the rows narrowed to the places whose name, kind or what they lie in hold
  // the words, in the list's order; Enter shows the first on the map.
  const rowIds = () =>
    page.locator('#map-list > li').evaluateAll((ls) => ls.map((l) => l.dataset.placeId));
  const kurskWise = all.places
    .filter((p) =>
      `${p.name} ${p.kind ?? ''} ${p.within?.name ?? ''}`.toLowerCase().includes('kursk'),
    )
    .map((p) => p.id);
  expect(kurskWise).toEqual(expect.arrayContaining(['place-kursk-region', 'place-makhnovka']));
  await page.fill('#map-find', 'KURSK');
  expect(await rowIds()).toEqual(kurskWise);
  expect(await page.textContent('.map-list-title')).toBe(
    `Places matching “KURSK” (${kurskWise.length} of ${all.total})`,
  );
  await page.press('#map-find', 'Enter');
  await page.waitForFunction(() => document.getElementById('map')?.dataset.zoom === '8.00');
  expect(await page.textContent('#map-info')).toMatch(/^Kursk region: /);
  await page.fill('#map-find', 'nowhere at all');
  expect(await rowIds()).toEqual([]);
  expect(await page.textContent('#map-none-listed')).toBe('No place matches “nowhere at all”.');
  await page.fill('#map-find', '');
  expect(await rowIds()).toEqual(all.places.map((p) => p.id));
  await page.click('#map-all');
  await page.waitForFunction(() => document.getElementById('map')?.dataset.zoom === '1.00');
  // Of the claims in view: their places only, counted from them; the link keeps the choice.
  await chooseClaimsInView(page, 'map', 'ms');
  const ids = await claimIdsInView(page);
  const inView = await places(ids);
  expect(await page.locator('#map-list > li').count()).toBe(inView.total);
  expect(Number(await page.getAttribute('#map', 'data-spots'))).toBe(spotsOf(inView.places));
  expect(await page.textContent('#map-summary')).toContain(
    `Of the ${ids.length} claims in view: ${inView.total} places, ${inView.mentions} mentions`,
  );
  // Saved as a table, the places listed: the scope's, in the list's order, with coordinates.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#map-csv')]);
  expect(download.suggestedFilename()).toBe('places-in-view.csv');
  const table = await csvRows(download);
  expect(table.map((r) => r.place_id)).toEqual(inView.places.map((p) => p.id));
  expect(table.find((r) => r.place_id === 'place-kursk-region')).toMatchObject({
    lat: '51.6',
    lon: '36.1',
    claims: String(inView.places.find((p) => p.id === 'place-kursk-region')!.claims),
  });
  await page
    .locator('.toast', { hasText: `Saved ${inView.total} places to places-in-view.csv.` })
    .waitFor();
  // It follows the view: the claims dated before 2025 filtered out, fewer mentions.
  const follows = { id: 'map', key: 'mentions', opening: inView.mentions };
  await laterClaimsOnly(page, follows);
  await filtersReset(page, follows);
  // Clicked, a marker opens what was said about the place.
  await page.click('#map-spot-place-kursk-region');
  await page.waitForFunction(() => window.__claimgraph!.state().selected === 'place-kursk-region');
  await page.waitForFunction(() => window.__claimgraph!.state().panel === 'details');
  expect(page.url()).toContain('tab=said');
  // The link brings the map back on the claims in view.
  await gotoApp(page, `${server.baseUrl}/?panel=map&ms=view`);
  await page.waitForFunction(() => {
    const el = document.getElementById('map');
    return el?.dataset.scope === 'view' && el.dataset.state === 'ready';
  });
  expect(await page.isChecked('#map-scope-view')).toBe(true);
});

test('map: an analyst places a place nothing located by clicking the map; it is drawn there, and Undo takes it back; a seed place taken off and put back', async () => {
  const ID = 'place-ukraine-east';
  const BELGOROD = 'place-belgorod-region';
  const placeOf = async (id = ID) =>
    ((await (await fetch(`${server.baseUrl}/api/places`)).json()) as PlacesResponse).places.find(
      (p) => p.id === id,
    )!;
  try {
    expect(await placeOf()).toMatchObject({ lat: null, drawnAt: null, locatedBy: null });
    // From a place's details, "Show on the map": Makhnovka is drawn with the Kursk region, centred.
    await gotoApp(page, `${server.baseUrl}/?sel=place-makhnovka&panel=details`);
    await page.click('#show-on-map');
    await page.waitForFunction(() => document.getElementById('map')?.dataset.zoom === '8.00');
    expect(await page.textContent('#map-info')).toMatch(/^Kursk region: .*lying in it: Makhnovka/);
    // The place nothing locates says so.
    await gotoApp(page, `${server.baseUrl}/?sel=${ID}&panel=details`);
    await page.click('#show-on-map');
    await page.waitForFunction(() => document.getElementById('map')?.dataset.state === 'ready');
    await page.waitForFunction(() =>
      /is not on the map/.test(document.getElementById('map-info')!.textContent!),
    );
    expect(await page.textContent('#map-info')).toBe(
      'Eastern Ukraine is not on the map: neither it nor any place it lies in has coordinates.',
    );
    const unplaced = Number(await page.getAttribute('#map', 'data-unplaced'));
    const row = page.locator(`#map-list > li[data-place-id="${ID}"]`);
    expect(await row.locator('.badge-muted').textContent()).toBe('not on the map');
    // A place with coordinates has no "Place it on the map…"; one without, from its details,
    // opens the Map with its form open.
    await gotoApp(page, `${server.baseUrl}/?sel=place-kursk-region&panel=details`);
    await page.locator('#show-on-map').waitFor();
    expect(await page.locator('#place-on-map').count()).toBe(0);
    await gotoApp(page, `${server.baseUrl}/?sel=${ID}&panel=details`);
    await page.click('#place-on-map');
    const form = page.locator(`#map-locate-${ID}`);
    await form.waitFor();
    expect(await row.locator('.map-locate-btn').getAttribute('aria-expanded')).toBe('true');
    expect(await page.getAttribute('#map-svg', 'class')).toContain('is-picking');
    // Typed out of range: said, nothing sent.
    await page.fill(`#map-lat-${ID}`, '95');
    await page.fill(`#map-lon-${ID}`, '37');
    await form.locator('button[type=submit]').click();
    expect(await form.locator('.map-locate-message').textContent()).toBe(
      'The latitude is between -90 and 90.',
    );
    // Typed far from where the map looks (Venezuela): the pin is off the map until the value
    // is entered, then the map moves to it, at its zoom.
    const inView = () => {
      const pin = document.getElementById('map-pin')?.getBoundingClientRect();
      const map = document.getElementById('map-svg')!.getBoundingClientRect();
      if (!pin) return false;
      const [x, y] = [pin.x + pin.width / 2, pin.y + pin.height / 2];
      return x > map.left && x < map.right && y > map.top && y < map.bottom;
    };
    const pinInView = () => page.evaluate(inView);
    await page.fill(`#map-lat-${ID}`, '10');
    await page.fill(`#map-lon-${ID}`, '-60');
    expect(await pinInView()).toBe(false);
    await page.press(`#map-lon-${ID}`, 'Tab');
    await page.waitForFunction(inView);
    expect(await page.getAttribute('#map', 'data-zoom')).toBe('1.00');
    await page.click('#map-frame');
    expect(await pinInView()).toBe(false);
    // Picked on the map, zoomed in, south-east of the Kursk region's marker: the fields say
    // where, a pin marks it.
    await page.click('#map-zoom-in');
    await page.waitForFunction(() => document.getElementById('map')?.dataset.zoom === '2.00');
    const kursk = (await page.locator('#map-spot-place-kursk-region').boundingBox())!;
    const [cx, cy] = [kursk.x + kursk.width / 2, kursk.y + kursk.height / 2];
    // A point there on no marker (Belgorod's and Donbas's lie south-east too).
    const [dx, dy] = (await page.evaluate(
      ([x, y]) =>
        [
          [60, 40],
          [80, 20],
          [40, 80],
          [100, 60],
        ].find(([dx, dy]) => !document.elementFromPoint(x! + dx!, y! + dy!)?.closest('circle')),
      [cx, cy],
    ))!;
    await page.mouse.click(cx + dx!, cy + dy!);
    await page.locator('#map-pin').waitFor();
    const lat = Number(await page.inputValue(`#map-lat-${ID}`));
    const lon = Number(await page.inputValue(`#map-lon-${ID}`));
    // South and east of Kursk (51.6° N, 36.1° E), in Ukraine's east.
    expect(lat).toBeLessThan(51.6);
    expect(lat).toBeGreaterThan(40);
    expect(lon).toBeGreaterThan(36.1);
    expect(lon).toBeLessThan(50);
    expect(await form.locator('.map-locate-message').textContent()).toMatch(/^Picked .* N, .* E/);
    // The places read again after the write are held back: the map does not wait for them.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const reread = /\/api\/places\?/;
    await page.route(reread, async (route) => {
      await held;
      await route.continue();
    });
    await form.locator('button[type=submit]').click();
    const toast = page.locator('.toast', { hasText: 'Placed Eastern Ukraine at' });
    await toast.waitFor();
    // Drawn there at once: one fewer off the map, its row says who placed it.
    await page.waitForFunction(
      (n) => Number(document.getElementById('map')?.dataset.unplaced) === n,
      unplaced - 1,
    );
    expect(await page.locator(`#map-spot-${ID}`).count()).toBe(1);
    // Drawn where the analyst was looking: the map keeps its zoom.
    expect(await page.getAttribute('#map', 'data-zoom')).toBe('2.00');
    expect(await row.locator('.map-show').count()).toBe(1);
    expect(await row.textContent()).toContain('Placed on the map by an analyst');
    // Read again, the places say the same, the map still where the analyst was looking.
    const answered = page.waitForResponse(reread);
    release();
    await answered;
    await page.unroute(reread);
    await page.waitForFunction(() => document.getElementById('map')?.dataset.state === 'ready');
    expect(await page.locator(`#map-spot-${ID}`).count()).toBe(1);
    expect(await page.getAttribute('#map', 'data-zoom')).toBe('2.00');
    expect(await row.textContent()).toContain('Placed on the map by an analyst');
    expect(await placeOf()).toMatchObject({ lat, lon, locatedBy: 'analyst' });
    expect(await page.getAttribute('#map-svg', 'class')).not.toContain('is-picking');
    await screenshot(page, 'map-placed');
    // Undo: nowhere again, as before.
    await toast.locator('button.toast-action', { hasText: 'Undo' }).click();
    await page.waitForFunction(
      (n) => Number(document.getElementById('map')?.dataset.unplaced) === n,
      unplaced,
    );
    expect(await placeOf()).toMatchObject({ lat: null, lon: null, locatedBy: null });
    expect(await row.locator('.badge-muted').textContent()).toBe('not on the map');
    // A seed place taken off the map, then put back by Undo: the seed's coordinates, as the
    // seed's.
    const seed = await placeOf(BELGOROD);
    expect(seed).toMatchObject({ locatedBy: null });
    const belgorod = page.locator(`#map-list > li[data-place-id="${BELGOROD}"]`);
    await belgorod.locator('.map-locate-btn', { hasText: 'move it…' }).click();
    expect(await page.inputValue(`#map-lat-${BELGOROD}`)).toBe(String(seed.lat));
    await page.click(`#map-unplace-${BELGOROD}`);
    const off = page.locator('.toast', { hasText: 'Took Belgorod region off the map.' });
    await off.waitFor();
    await page.waitForFunction(
      (n) => Number(document.getElementById('map')?.dataset.unplaced) === n,
      unplaced + 1,
    );
    expect(await placeOf(BELGOROD)).toMatchObject({ lat: null, lon: null, locatedBy: null });
    expect(await belgorod.locator('.badge-muted').textContent()).toBe('not on the map');
    await off.locator('button.toast-action', { hasText: 'Undo' }).click();
    await page.waitForFunction(
      (n) => Number(document.getElementById('map')?.dataset.unplaced) === n,
      unplaced,
    );
    expect(await placeOf(BELGOROD)).toEqual(seed);
    expect(await belgorod.textContent()).not.toContain('Placed on the map by an analyst');
  } finally {
    // As it was when a step failed (the other tests count the places on the map): each
    // change the test made undone, newest first, as the place keeps them.
    for (const id of [ID, BELGOROD]) {
      const node = (await (await fetch(`${server.baseUrl}/api/nodes/${id}`)).json()) as {
        properties: { locationHistory?: string[] };
      };
      for (const entry of [...(node.properties.locationHistory ?? [])].reverse())
        await fetch(`${server.baseUrl}/api/places/${id}/location/undo`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ change: (JSON.parse(entry) as { change: string }).change }),
        });
    }
  }
});

test('a claim pointed at in a panel lights up on the graph, and goes out when a click opens it', async () => {
  await gotoApp(page, `${server.baseUrl}/?panel=timeline`);
  await page.waitForFunction(() => document.getElementById('timeline')?.dataset.state === 'ready');
  const drawn = await page.evaluate(() => window.__claimgraph!.nodes().map((n) => n.id));
  const links = page.locator('#timeline-list button[data-claim-id]');
  const ids = await links.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-claim-id')!));
  const k = ids.findIndex((id) => drawn.includes(id));
  expect(k).toBeGreaterThanOrEqual(0);
  await links.nth(k).hover();
  await page.waitForFunction((id) => window.__claimgraph!.state().hovered === id, ids[k]!);
  // The row goes with the panel, the pointer never leaving it.
  await links.nth(k).click();
  await page.waitForFunction((id) => window.__claimgraph!.state().selected === id, ids[k]!);
  await page.waitForFunction(() => window.__claimgraph!.state().hovered === null);
  // The claim's own panel lights up what its names point at; Escape closes it under the pointer.
  const name = page.locator('#side-panel [data-node-id]:not([data-claim-id])');
  const named = await name.evaluateAll(
    (els, drawn) => els.findIndex((el) => drawn.includes((el as HTMLElement).dataset.nodeId!)),
    drawn,
  );
  expect(named).toBeGreaterThanOrEqual(0);
  const nameId = (await name.nth(named).getAttribute('data-node-id'))!;
  await name.nth(named).hover();
  await page.waitForFunction((id) => window.__claimgraph!.state().hovered === id, nameId);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.__claimgraph!.state().panel === null);
  await page.waitForFunction(() => window.__claimgraph!.state().hovered === null);
});

test('timeline and figures: an analyst zooms into a period (drag, buttons), keeps it as the view changes, and returns to the whole span', async () => {
  type Bar = { zoomed: string; min: string; max: string; from: string; to: string };
  const bar = (id: string) =>
    page.evaluate(
      (sel) => ({ ...document.getElementById(sel)!.dataset }) as unknown as Bar,
      `${id}-zoom`,
    );
  const status = (id: string) => page.textContent(`#${id}-zoom .chart-zoom-status`);
  /** Opens the page's own link again; the panel's chart is then zoomed as the link says. */
  const reopenZoomed = async (id: 'timeline' | 'figures') => {
    await gotoApp(page, page.url());
    await page.waitForFunction((i) => document.getElementById(i)?.dataset.state === 'ready', id);
    await page.waitForFunction(
      (i) => document.getElementById(`${i}-zoom`)?.dataset.zoomed === 'true',
      id,
    );
    return bar(id);
  };
  // Which dated claims a range shows: those whose date (its whole month or year) overlaps it.
  const shownIn = (dates: string[], b: Bar) =>
    dates.filter((d) => {
      const [from, to] = dateSpan(d)!;
      return to >= Number(b.min) && from <= Number(b.max);
    }).length;
  const drag = async (canvas: string, from: number, to: number) => {
    const box = (await page.locator(canvas).boundingBox())!;
    const y = box.y + box.height * 0.55;
    await page.mouse.move(box.x + box.width * from, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 5 });
    await page.mouse.move(box.x + box.width * to, y, { steps: 5 });
    await page.mouse.up();
  };

  await gotoApp(page, `${server.baseUrl}/?panel=timeline`);
  await page.waitForFunction(() => document.getElementById('timeline')?.dataset.state === 'ready');
  const inView = await claimsByIds<{ date: string | null }>(await claimIdsInView(page));
  const dates = inView.flatMap((c) => (c.date ? [c.date] : []));
  const all = await bar('timeline');
  expect(all.zoomed).toBe('false');
  // The whole span holds every dated claim, the earliest and the latest whole.
  const spans = dates.map((d) => dateSpan(d)!);
  expect(Number(all.min)).toBeLessThan(Math.min(...spans.map((x) => x[0])));
  expect(Number(all.max)).toBeGreaterThan(Math.max(...spans.map((x) => x[1])));
  expect(await page.isDisabled('#timeline-zoom button:has-text("Show all")')).toBe(true);
  expect(await status('timeline')).toMatch(/^Drag across the chart to zoom into a period/);

  // A drag across the chart zooms into the period dragged over.
  await drag('#timeline-chart', 0.55, 0.85);
  await page.waitForFunction(
    () => document.getElementById('timeline-zoom')?.dataset.zoomed === 'true',
  );
  const dragged = await bar('timeline');
  expect(Number(dragged.min)).toBeGreaterThan(Number(all.min));
  expect(Number(dragged.max)).toBeLessThan(Number(all.max));
  const n = shownIn(dates, dragged);
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(dates.length);
  expect(await status('timeline')).toBe(
    `${rangeLabel(Number(dragged.min), Number(dragged.max))}: ${n} of ${dates.length} dated claims.`,
  );
  // The table below lists the claims of that period, in date order; undated ones have none.
  const rows = page.locator('#timeline-list tbody tr');
  await page.waitForSelector('#timeline-list[data-period="zoomed"]');
  expect(await rows.count()).toBe(n);
  expect(await page.locator('#timeline-list tr.is-undated').count()).toBe(0);
  expect(await page.textContent('#timeline-list h3')).toBe(
    `In date order (${n} of ${inView.length} claims: those of ` +
      `${rangeLabel(Number(dragged.min), Number(dragged.max))})`,
  );
  await screenshot(page, 'timeline-zoomed');

  // The link keeps the period's days: opened, the timeline shows them again.
  await page.waitForFunction(
    (tp) => new URL(window.location.href).searchParams.get('tp') === tp,
    `${dragged.from}..${dragged.to}`,
  );
  const restored = await reopenZoomed('timeline');
  expect([restored.from, restored.to]).toEqual([dragged.from, dragged.to]);
  await page.waitForSelector('#timeline-list[data-period="zoomed"]');
  expect(await rows.count()).toBe(shownIn(dates, restored));

  // The zoom stays when the view changes: a filter redraws the chart on the same period.
  await page.click('button[data-panel="filters"]');
  await page.fill('#f-to', '2024-12-31');
  await page.waitForFunction(
    (k) => Number(document.getElementById('timeline')?.dataset.points) < k,
    dates.length,
  );
  await page.waitForFunction(() => document.getElementById('timeline')?.dataset.state === 'ready');
  const kept = await bar('timeline');
  expect(kept.zoomed).toBe('true');
  expect(Number(kept.min)).toBeGreaterThanOrEqual(Number(restored.min));
  expect(Number(kept.max)).toBeLessThanOrEqual(Number(restored.max));
  await page.click('#f-reset');
  await page.waitForFunction(
    (k) => Number(document.getElementById('timeline')?.dataset.points) === k,
    dates.length,
  );
  await page.click('button[data-panel="filters"]');

  // "Show all" returns to the whole span; the buttons zoom from the keyboard.
  await page.click('#timeline-zoom button:has-text("Show all")');
  await page.waitForFunction(
    () => document.getElementById('timeline-zoom')?.dataset.zoomed === 'false',
  );
  expect(await bar('timeline')).toEqual(all);
  expect(new URL(page.url()).searchParams.get('tp')).toBeNull();
  await page.waitForSelector('#timeline-list[data-period="all"]');
  expect(await rows.count()).toBe(inView.length);
  await page.focus('#timeline-zoom button:has-text("Zoom in")');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () => document.getElementById('timeline-zoom')?.dataset.zoomed === 'true',
  );
  const zoomedIn = await bar('timeline');
  const ratio = (Number(zoomedIn.max) - Number(zoomedIn.min)) / (Number(all.max) - Number(all.min));
  expect(ratio).toBeCloseTo(1 / 1.5, 2);
  // Zooming out again returns to the whole span exactly.
  await page.click('#timeline-zoom button:has-text("Zoom out")');
  await page.waitForFunction(
    () => document.getElementById('timeline-zoom')?.dataset.zoomed === 'false',
  );
  expect(await bar('timeline')).toEqual(all);

  // The figures chart zooms alike, and another measure starts from its whole span.
  await page.click('button[data-panel="figures"]');
  await page.waitForFunction(() => document.getElementById('figures')?.dataset.state === 'ready');
  const measure = await page.inputValue('#measure-select');
  const figures = (await (
    await fetch(`${server.baseUrl}/api/figures?measure=${measure}`)
  ).json()) as { figures: { asOf: string | null; date: string | null }[] };
  const figureDates = figures.figures.flatMap((f) => {
    const d = f.asOf ?? f.date;
    return d ? [d] : [];
  });
  expect((await bar('figures')).zoomed).toBe('false');
  await drag('#figures-chart', 0.12, 0.3);
  await page.waitForFunction(
    () => document.getElementById('figures-zoom')?.dataset.zoomed === 'true',
  );
  const fz = await bar('figures');
  expect(await status('figures')).toBe(
    `${rangeLabel(Number(fz.min), Number(fz.max))}: ${shownIn(figureDates, fz)} of ` +
      `${figureDates.length} dated figures.`,
  );
  expect(shownIn(figureDates, fz)).toBeGreaterThan(0);
  // The table of figures lists those of the period.
  await page.waitForSelector('#figures-list[data-period="zoomed"]');
  expect(await page.locator('#figures-list tbody tr').count()).toBe(shownIn(figureDates, fz));
  // The link keeps the measure and the period's days: opened, the chart shows them again.
  await page.waitForFunction(
    ([m, fp]) => {
      const q = new URL(window.location.href).searchParams;
      return q.get('measure') === m && q.get('fp') === fp;
    },
    [measure, `${fz.from}..${fz.to}`],
  );
  const fzLink = await reopenZoomed('figures');
  expect([fzLink.from, fzLink.to]).toEqual([fz.from, fz.to]);
  await page.waitForSelector('#figures-list[data-period="zoomed"]');
  expect(await page.locator('#figures-list tbody tr').count()).toBe(shownIn(figureDates, fzLink));
  const other = await page.$$eval(
    '#measure-select option',
    (os, cur) => os.map((o) => (o as HTMLOptionElement).value).find((v) => v !== cur)!,
    measure,
  );
  await page.selectOption('#measure-select', other);
  await page.waitForFunction(
    (m) =>
      document.getElementById('figures')?.dataset.state === 'ready' &&
      (document.getElementById('measure-select') as HTMLSelectElement).value === m,
    other,
  );
  expect((await bar('figures')).zoomed).toBe('false');
  await page.waitForSelector('#figures-list[data-period="all"]');
  // That period was of the other measure's chart: the link drops it.
  await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('fp'));
  await page.click('#side-close');
});

/** Waits until the graph draws an edge of `relType` between claims `a` and `b`, in `color`. */
async function drawnBetween(a: string, b: string, relType: string, color: string): Promise<void> {
  await page.waitForFunction(
    ([x, y, type, colour]) => {
      const g = (
        window.__claimgraph!.renderer() as {
          getGraph(): {
            edges(x: string, y: string): string[];
            getEdgeAttribute(e: string, k: string): unknown;
          };
        }
      ).getGraph();
      return [...g.edges(x!, y!), ...g.edges(y!, x!)].some(
        (e) =>
          g.getEdgeAttribute(e, 'relType') === type && g.getEdgeAttribute(e, 'color') === colour,
      );
    },
    [a, b, relType, color],
    { timeout: 15_000 },
  );
}

test('contradictions: an analyst records one from a claim’s panel, sees it drawn, and takes it back', async () => {
  const ISW = 'clm-isw-92-casualties-per-day';
  const AGENCY = 'clm-sk-agency-no-nk-combat-since-january';
  const pairs = () =>
    page.evaluate(
      (id) =>
        fetch(`/api/contradictions?claim=${id}`, { cache: 'no-store' })
          .then((r) => r.json())
          .then((j) => j.total as number),
      ISW,
    );
  // Both claims in view: the agency's claim expanded from its speaker's subject, ISW's selected.
  await gotoApp(page, `${server.baseUrl}/?sel=${ISW}&exp=${ISW},${AGENCY}&panel=details&tab=said`);
  await settle(page);
  expect(await pairs()).toBe(0);
  try {
    await page.click('#contradiction-open');
    await page.fill('#contradiction-other', 'not taken part in recent combat');
    const option = page.locator('[role="option"]', { hasText: 'top security agency' });
    await option.first().click();
    expect(await page.textContent('.contradiction-picked')).toMatch(/^Contradicts: South Korea/);
    // A note is required: the form says so and writes nothing.
    await page.click('#contradiction-save');
    expect(await page.textContent('#contradiction-panel .merge-message')).toBe(
      'Say why the two claims cannot both hold.',
    );
    await page.fill('#contradiction-note', 'Casualties every day against no combat since January.');
    await page.click('#contradiction-save');
    await page.locator('.toast', { hasText: 'Recorded:' }).waitFor({ timeout: 15_000 });
    expect(await pairs()).toBe(1);
    // Drawn between the two claims, and listed in the panel with a take back.
    await drawnBetween(ISW, AGENCY, 'CONTRADICTS', '#dc2626');
    const entry = page.locator('#details .dispute-box p', { hasText: 'no combat since January' });
    await entry.waitFor({ timeout: 15_000 });
    expect(await entry.textContent()).toContain('Institute for the Study of War vs South Korea');
    expect(await entry.textContent()).toMatch(/\(recorded \d{1,2} [A-Z][a-z]{2} \d{4}\) /);
    // The moment itself, in the analyst's zone, on hover.
    expect(await entry.locator('.recorded-when').getAttribute('title')).toMatch(
      /^Recorded \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} (UTC|GMT[+-]\d+(:\d{2})?)$/,
    );
    await screenshot(page, 'contradiction-recorded');
    // The note is reworded in place; the toast's Undo puts the old one back.
    const noteOf = () =>
      page.evaluate(
        (id) =>
          fetch(`/api/contradictions?claim=${id}`, { cache: 'no-store' })
            .then((r) => r.json())
            .then((j) => j.contradictions[0]?.note as string | undefined),
        ISW,
      );
    const REWORDED = 'ISW counts casualties every day; the agency, no combat since January.';
    await entry.locator('button.reword-note').click();
    const edit = page.locator('#contradiction-note-edit');
    expect(await edit.inputValue()).toBe('Casualties every day against no combat since January.');
    await edit.fill('  ');
    await page.click('#contradiction-note-save');
    expect(await page.textContent('.note-edit .merge-message')).toBe(
      'Say why the two claims cannot both hold.',
    );
    await edit.fill(REWORDED);
    await page.click('#contradiction-note-save');
    const reworded = page.locator('.toast', { hasText: 'The note was reworded.' });
    await reworded.waitFor({ timeout: 15_000 });
    expect(await noteOf()).toBe(REWORDED);
    await page
      .locator('#details .dispute-box p', { hasText: 'ISW counts casualties every day' })
      .waitFor({ timeout: 15_000 });
    expect(
      await page
        .locator('#details .dispute-box p', { hasText: 'ISW counts casualties every day' })
        .textContent(),
    ).toMatch(/\(recorded \d{1,2} [A-Z][a-z]{2} \d{4}, reworded \d{1,2} [A-Z][a-z]{2} \d{4}\) /);
    await screenshot(page, 'contradiction-reworded');
    await reworded.locator('button.toast-action', { hasText: 'Undo' }).click();
    await page
      .locator('#details .dispute-box p', { hasText: 'Casualties every day against' })
      .waitFor({
        timeout: 15_000,
      });
    expect(await noteOf()).toBe('Casualties every day against no combat since January.');
    await entry.locator('button.take-back').click();
    await page.locator('.toast', { hasText: 'taken back' }).waitFor({ timeout: 15_000 });
    expect(await pairs()).toBe(0);
    await page
      .locator('#details .dispute-box p', { hasText: 'no combat since January' })
      .waitFor({ state: 'detached', timeout: 15_000 });
  } finally {
    // Left recorded by a failure above: the database is shared with the other tests.
    if ((await pairs()) > 0)
      await page.evaluate(
        ([a, b]) =>
          fetch('/api/contradictions/remove', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ claim: a, contradicts: b }),
          }),
        [ISW, AGENCY],
      );
  }
});

test('corroborations: a claim’s panel says which claims bear it out; an analyst records one, sees it drawn green and counted on its source, and takes it back', async () => {
  const WITHDRAWN = 'clm-reported-nk-withdrawn-from-front';
  const EXPENDABLE = 'clm-reports-nk-treated-as-expendable';
  const NOTE = 'Losses heavy enough to take the troops off the front.';
  const recorded = () =>
    page.evaluate(
      (id) =>
        fetch(`/api/corroborations?claim=${id}`, { cache: 'no-store' })
          .then((r) => r.json())
          .then((j) => j.corroborations as { claims: string[]; origin: string }[]),
      WITHDRAWN,
    );
  await gotoApp(page, `${server.baseUrl}/?sel=${WITHDRAWN}&panel=details&tab=said`);
  await settle(page);
  // The seed's two, each naming the other claim's speaker, the note, and where it was reported.
  const seed = await recorded();
  expect(seed.map((k) => k.origin)).toEqual(['seed', 'seed']);
  const box = page.locator('#details .corroborate-box');
  await box.locator('p').nth(1).waitFor({ timeout: 15_000 });
  const lines = await box.locator('p').allTextContents();
  expect(lines).toHaveLength(2);
  expect(
    lines.some((l) => l.startsWith('Volodymyr Zelensky: Both report North Korean troops')),
  ).toBe(true);
  expect(lines.some((l) => l.startsWith("South Korea's top security agency: "))).toBe(true);
  for (const l of lines) expect(l).toContain('see the other claim in “Zelenskyy Reports Potential');
  // The seed's are not the analyst's to take back.
  expect(await box.locator('button.take-back').count()).toBe(0);
  try {
    await page.click('#corroboration-open');
    await page.fill('#corroboration-other', 'treated as expendable');
    await page
      .locator('[role="option"]', { hasText: 'Reports indicate North Korean' })
      .first()
      .click();
    expect(await page.textContent('#corroboration-panel .contradiction-picked')).toMatch(
      /^Agrees with: Reports indicate North Korean troops/,
    );
    await page.click('#corroboration-save');
    expect(await page.textContent('#corroboration-panel .merge-message')).toBe(
      'Say how the two claims bear each other out.',
    );
    await page.fill('#corroboration-note', NOTE);
    await page.click('#corroboration-save');
    await page
      .locator('.toast', { hasText: 'bearing each other out' })
      .waitFor({ timeout: 15_000 });
    expect((await recorded()).length).toBe(3);
    // Drawn between the two claims, green.
    await drawnBetween(WITHDRAWN, EXPENDABLE, 'CORROBORATES', '#15803d');
    const entry = box.locator('p', { hasText: NOTE });
    await entry.waitFor({ timeout: 15_000 });
    expect(await entry.textContent()).toMatch(
      /^Unattributed reports \(article 004\): Losses heavy .* \(recorded \d{1,2} [A-Z][a-z]{2} \d{4}\) see the other claim/,
    );
    await screenshot(page, 'corroboration-recorded');
    // Its source's "Agrees with" counts it: the RFA report, whose claim it is, now 3 recorded.
    await page.goto(`${server.baseUrl}/?sel=src-nk-new-group-of-soldiers&panel=details&tab=said`);
    const rfa = page.locator('#details #source-agrees li', { hasText: 'Radio Free Asia' });
    await rfa.waitFor({ timeout: 15_000 });
    const api = await page.evaluate(() =>
      fetch('/api/sources/src-nk-new-group-of-soldiers/agreements', { cache: 'no-store' }).then(
        (r) => r.json(),
      ),
    );
    const row = (
      api.sources as { source: { title: string }; recorded: number; theirs: number }[]
    ).find((r) => r.source.title.startsWith('Radio Free Asia'))!;
    expect(row.recorded).toBe(3);
    expect(await rfa.textContent()).toContain(
      `${row.theirs} claims of theirs agree with 1 here · 3 recorded corroborations`,
    );
    // The analyst's note leads its tooltip.
    expect(await rfa.getAttribute('title')).toContain(NOTE);
    expect(await page.textContent('#source-agrees-note')).toContain(
      `${api.recordedTotal} recorded corroborations.`,
    );
    // Its corroborations' table: every one with a claim of this source's on a side.
    const button = page.locator('#source-corroborations-csv');
    expect(await button.textContent()).toBe(`Corroborations as CSV (${api.recordedTotal})`);
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(file.suggestedFilename()).toBe('corroborations-src-nk-new-group-of-soldiers.csv');
    const table = await csvRows(file);
    expect(table).toHaveLength(api.recordedTotal as number);
    expect(table.map((r) => r.note)).toContain(NOTE);
    await page.locator('#details #source-agrees').scrollIntoViewIfNeeded();
    await screenshot(page, 'source-agrees-recorded');
    // Back to the claim: taken back from its line.
    await gotoApp(page, `${server.baseUrl}/?sel=${WITHDRAWN}&panel=details&tab=said`);
    await box.locator('p', { hasText: NOTE }).locator('button.take-back').click();
    await page.locator('.toast', { hasText: 'corroboration was taken back' }).waitFor({
      timeout: 15_000,
    });
    expect((await recorded()).length).toBe(2);
    await box.locator('p', { hasText: NOTE }).waitFor({ state: 'detached', timeout: 15_000 });
  } finally {
    // Left recorded by a failure above: the database is shared with the other tests.
    if ((await recorded()).length > 2)
      await page.evaluate(
        ([a, b]) =>
          fetch('/api/corroborations/remove', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ claim: a, corroborates: b }),
          }),
        [WITHDRAWN, EXPENDABLE],
      );
  }
});

test('where sources agree: the Disputes panel turned to agreements lists the corroborations, of the graph or the claims in view, narrowed, as CSV, and a link keeps the side', async () => {
  type Side = { text: string; speaker: { name: string } | null };
  type Pair = { claims: [string, string]; note: string; a: Side; b: Side };
  /** Whether a pair's note, claims or speakers hold `word`: what the list is narrowed by. */
  const says = (k: Pair, word: string) =>
    [k.note, k.a.text, k.a.speaker?.name, k.b.text, k.b.speaker?.name]
      .join('\n')
      .toLowerCase()
      .includes(word);
  const all = (await (await fetch(`${server.baseUrl}/api/corroborations`)).json()) as {
    total: number;
    corroborations: Pair[];
  };
  expect(all.total).toBe(6);
  const ready = (side: 'agree' | 'disagree') =>
    page.waitForFunction((s) => {
      const el = document.getElementById('disputes');
      return el?.dataset.state === 'ready' && el.dataset.side === s;
    }, side);
  await gotoApp(page, `${server.baseUrl}/?panel=disputes`);
  await ready('disagree');
  expect(await page.textContent('#side-title')).toBe('Where sources disagree');
  expect(await page.locator('#agreements-corroborations').count()).toBe(0);
  await page.check('#disputes-side-agree');
  await ready('agree');
  expect(await page.textContent('#side-title')).toBe('Where sources agree');
  expect(new URL(page.url()).searchParams.get('dk')).toBe('agree');
  // The contradictions give way to the corroborations, each with its note and both claims.
  expect(await page.locator('#disputes-contradictions').count()).toBe(0);
  const items = page.locator('#agreements-corroborations .dispute-item');
  expect(await items.count()).toBe(all.total);
  expect(await page.textContent('#agreements-corroborations h3')).toBe(
    `Claims that bear each other out (${all.total})`,
  );
  const listedPairs = await items.evaluateAll((els) =>
    els.map((e) => (e.getAttribute('data-claims') ?? '').split(' ').sort().join(' ')),
  );
  expect(listedPairs.sort()).toEqual(
    all.corroborations.map((k) => [...k.claims].sort().join(' ')).sort(),
  );
  const isw = items.filter({ hasText: 'Institute for the Study of War and Ukrainian military' });
  expect(await isw.locator('.dispute-note').textContent()).toMatch(
    /^ISW's assessment and Ukrainian/,
  );
  expect(await isw.locator('.dispute-claim').count()).toBe(2);
  // Then, by measure, the figures of different speakers that agree, the closest named.
  const figures = (await (await fetch(`${server.baseUrl}/api/figures/agreements`)).json()) as {
    agreementsTotal: number;
    agreementsByMeasure: Record<string, number>;
    closestByMeasure: Record<string, { claims: [string, string] }[]>;
  };
  expect(figures.agreementsTotal).toBeGreaterThan(0);
  expect(await page.textContent('#agreements-figures h3')).toBe(
    `Figures that agree (${figures.agreementsTotal} pairs of claims)`,
  );
  const measures = page.locator('#agreements-figures .dispute-measure');
  expect(
    await measures.evaluateAll((els) =>
      els.map((e) => [
        e.getAttribute('data-measure')!,
        Number(/: (\d+) agreements? among/.exec(e.textContent ?? '')?.[1]),
        e.querySelectorAll('.dispute-pair').length,
      ]),
    ),
  ).toEqual(
    Object.entries(figures.agreementsByMeasure)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([m, n]) => [m, n, figures.closestByMeasure[m]!.length]),
  );
  expect(await page.textContent('#agreements-figures .dispute-pair')).toMatch(
    / agrees with .* · the same figure$/,
  );
  // Every pair of them as a table, closest first.
  const [agreeing] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#agreements-figures-csv'),
  ]);
  expect(agreeing.suggestedFilename()).toBe('figure-agreements.csv');
  expect(await csvRows(agreeing)).toHaveLength(figures.agreementsTotal);
  await screenshot(page, 'disputes-agree');

  // Narrowed by words, in the link as the disputes' are; the table holds what is listed.
  await page.fill('#agreements-filter', 'Zelenskyy');
  const narrowed = all.corroborations.filter((k) => says(k, 'zelenskyy'));
  expect(narrowed.length).toBeGreaterThan(0);
  expect(narrowed.length).toBeLessThan(all.total);
  expect(await items.count()).toBe(narrowed.length);
  expect(await page.textContent('#agreements-corroborations h3')).toBe(
    `Claims that bear each other out (${narrowed.length} of ${all.total})`,
  );
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('#agreements-csv')]);
  expect(file.suggestedFilename()).toBe('corroborations-narrowed.csv');
  expect((await csvRows(file)).map((r) => r.note).sort()).toEqual(
    narrowed.map((k) => k.note).sort(),
  );
  await page.fill('#agreements-filter', '');

  // Of the claims in view: the pairs with one of them on a side.
  await page.check('#disputes-scope-view');
  await ready('agree');
  const inView = new Set(await claimIdsInView(page));
  const touching = all.corroborations.filter((k) => k.claims.some((c) => inView.has(c)));
  expect(await page.textContent('#disputes-in-view')).toBe(
    `The agreements of the ${inView.size} claims in view: every pair listed has at least one of them on a side.`,
  );
  expect(await items.count()).toBe(touching.length);
  // And the figures: as many pairs as the claims in view take part in, each with one on a side.
  const ofView = (await (
    await fetch(`${server.baseUrl}/api/claims/agreements/in-view`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids: [...inView] }),
    })
  ).json()) as { figures: { agreementsTotal: number } };
  expect(await page.textContent('#agreements-figures h3')).toBe(
    `Figures that agree, one in view (${ofView.figures.agreementsTotal} pairs of claims)`,
  );
  const [ofViewCsv] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#agreements-figures-csv'),
  ]);
  expect(ofViewCsv.suggestedFilename()).toBe('figure-agreements-in-view.csv');
  expect(await csvRows(ofViewCsv)).toHaveLength(ofView.figures.agreementsTotal);
  for (const pair of await page
    .locator('#agreements-corroborations .dispute-item, #agreements-figures .dispute-pair')
    .evaluateAll((els) => els.map((e) => (e.getAttribute('data-claims') ?? '').split(' '))))
    expect(pair.some((c) => inView.has(c))).toBe(true);

  // A link keeps the side and the scope; each claim listed opens in the graph.
  await gotoApp(page, `${server.baseUrl}/?panel=disputes&dk=agree`);
  await ready('agree');
  expect(await page.isChecked('#disputes-side-agree')).toBe(true);
  expect(await page.textContent('#side-title')).toBe('Where sources agree');
  const first = items.first();
  const claim = (await first.getAttribute('data-claims'))!.split(' ')[0]!;
  await first.locator('.dispute-claim').first().locator('a, button').first().click();
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('sel') === id, claim);
  // Back to where they disagree: the contradictions again, and the link forgets the side.
  await gotoApp(page, `${server.baseUrl}/?panel=disputes&dk=agree`);
  await ready('agree');
  await page.check('#disputes-side-disagree');
  await ready('disagree');
  expect(await page.locator('#disputes-contradictions .dispute-item').count()).toBeGreaterThan(0);
  expect(new URL(page.url()).searchParams.get('dk')).toBeNull();
});

test('a path search that fails while Neo4j is away says so, and its Try again finds the path', async () => {
  const PATHS = '**/api/paths*';
  await gotoApp(page, `${server.baseUrl}/`);
  await page.click('button[data-panel="path"]');
  const refused = await refuseAsNeo4jDown(PATHS);
  const note = page.locator('#path-result p.error', { hasText: 'Path search failed' });
  try {
    await pickFromAutocomplete('#path-from', 'Putin', 'act-vladimir-putin');
    await pickFromAutocomplete('#path-to', 'Kursk', 'place-kursk-region');
    await note.waitFor();
    expect(await note.textContent()).toBe(
      `Path search failed: ${NEO4J_UNAVAILABLE} Try again in 5 s. Try again`,
    );
    expect(refused.count).toBe(1);
  } finally {
    await page.unroute(PATHS);
  }
  await note.locator('button.retry-btn').click();
  await page.locator('#path-result .path-item').first().waitFor({ timeout: 15_000 });
  expect(Number(await page.getAttribute('#path-result', 'data-count'))).toBeGreaterThan(0);
  expect((await state(page)).highlight?.nodes.at(-1)).toBe('place-kursk-region');
  expectOnly503sLogged();
});

test('a Cypher query that fails while Neo4j is away says when to run it again, and its button does', async () => {
  const CYPHER = '**/api/cypher';
  const q = encodeURIComponent('MATCH (n:Actor) RETURN n.name AS name LIMIT 3');
  await gotoApp(page, `${server.baseUrl}/?panel=cypher&q=${q}`);
  await page.locator('#cypher-editor .cm-content').waitFor({ timeout: 20_000 });
  const refused = await refuseAsNeo4jDown(CYPHER);
  try {
    await page.click('#cypher-run');
    await page.locator('#cypher-error').waitFor();
    expect(await page.textContent('#cypher-error .error-text')).toBe(
      `${NEO4J_UNAVAILABLE} Try again in 5 s.`,
    );
    expect(refused.count).toBe(1);
  } finally {
    await page.unroute(CYPHER);
  }
  await page.click('#cypher-error button.retry-btn');
  await page.locator('#cypher-summary').waitFor({ timeout: 15_000 });
  expect(Number(await page.getAttribute('#cypher-summary', 'data-rows'))).toBe(3);
  expectOnly503sLogged();
});

test('bundle: gzipped size of client/dist', () => {
  const dist = join(ROOT, 'client', 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files: { name: string; gz: number; initial: boolean }[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|css|html)$/.test(f)) {
        files.push({
          name: p.slice(dist.length + 1),
          gz: gzipSync(readFileSync(p)).length,
          initial: f === 'index.html' || html.includes(f),
        });
      }
    }
  };
  walk(dist);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const total = files.reduce((n, f) => n + f.gz, 0);
  const initial = files.filter((f) => f.initial).reduce((n, f) => n + f.gz, 0);
  console.log(
    `gzipped bundle: ${kb(initial)} loaded on first screen, ${kb(total)} in all (Cypher editor and charts load on demand)\n` +
      files
        .sort((a, b) => b.gz - a.gz)
        .map((f) => `  ${f.initial ? '*' : ' '} ${f.name}: ${kb(f.gz)}`)
        .join('\n'),
  );
  expect(initial).toBeLessThan(200 * 1024);
});
