/** Page helpers for the Claimgraph client: readiness, counts, canvas positions. */
import type { Page } from 'playwright-core';

export interface Counts {
  datasetNodes: number;
  datasetEdges: number;
  visibleNodes: number;
  visibleEdges: number;
  hidden: number;
  expanded: number;
  disputed: number;
}

export async function gotoApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('app')?.dataset.ready === 'true', null, {
    timeout: 45_000,
  });
}

export function counts(page: Page): Promise<Counts> {
  return page.evaluate(() => window.__claimgraph!.counts());
}

export function appData(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () => ({ ...document.getElementById('app')!.dataset }) as Record<string, string>,
  );
}

/** Waits until the layout has stopped and the app is idle. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => window.__claimgraph!.waitIdle());
  await page.waitForFunction(
    () => {
      const d = document.getElementById('app')!.dataset;
      return d.layout === 'idle' && d.busy === '0';
    },
    null,
    { timeout: 20_000 },
  );
  await page.waitForTimeout(150);
}

/** Screen position of a node on the page, for real mouse events on the canvas. */
export async function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((nodeId) => window.__claimgraph!.viewport(nodeId), id);
  if (!p) throw new Error(`node ${id} is not drawn`);
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('no graph canvas');
  return { x: box.x + p.x, y: box.y + p.y };
}

export function state(page: Page) {
  return page.evaluate(() => {
    const s = window.__claimgraph!.state();
    return {
      selected: s.selected,
      hovered: s.hovered,
      panel: s.panel,
      tab: s.tab,
      highlight: s.highlight,
      filters: s.filters,
    };
  });
}

export function visibleGroups(page: Page): Promise<string[]> {
  return page.evaluate(() => [...new Set(window.__claimgraph!.nodes().map((n) => n.group))]);
}
