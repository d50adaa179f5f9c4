/**
 * Debian's Chromium (scripts/ensure-chromium.sh installs it) driven by
 * playwright-core. Never downloads a browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../../../scripts/build-client-if-needed';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots');

const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGL (sigma) without a GPU: SwiftShader.
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and failed requests seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/** Installs Debian's Chromium through scripts/ensure-chromium.sh when it is missing. */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const run = spawnSync('bash', [join(ROOT, 'scripts', 'ensure-chromium.sh')], {
    stdio: 'inherit',
  });
  if (run.status !== 0 || !existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing and scripts/ensure-chromium.sh could not install it`);
  }
}

/** chromium.launch() runs each browser on a fresh, temporary profile (user-data-dir). */
export async function openBrowser(): Promise<Session> {
  ensureChromium();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (process.env.E2E_DEBUG) console.log(m.type(), m.text());
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    browser,
    context,
    page,
    problems,
    close: async () => {
      await browser.close();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
