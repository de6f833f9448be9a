/**
 * The `desk` fixture: a fresh data folder and the desk in browser mode (`npm run web`'s entry,
 * with --demo), started once per worker; tests get the address it printed, token included.
 *
 * Every desk runs on the run's clock (`./runClock`) or a moment of its own, never the wall clock,
 * and every page's browser clock is set to the same "now" before it loads (`page.clock`), so the
 * renderer's date pickers and defaults agree with the desk. Specs import `test` from here, never
 * from @playwright/test (lint enforces it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { browserModeKeyFile } from '../../electron/core/store/storeKey/storeKeyPolicy';
import { deskNow, pinDeskClock, runNow } from './runClock';

export type Desk = { url: string; origin: string; token: string; dataDir: string };

const root = path.resolve(__dirname, '../..');
export const screenshotDir = path.join(root, 'test-results', 'screenshots');

export async function startDesk(options: {
  demo: boolean;
  /** Default 0: any free port (the desk prints the one it got), so runs never collide. */
  port?: number;
  /** The desk's starting moment (ISO instant) for a scenario of a given day; default the run's clock. */
  now?: string;
  /** Extra environment. */
  env?: Record<string, string>;
  /** A data folder prepared beforehand (for example with `desk setup` and `desk import`); default a new empty one. */
  dataDir?: string;
}): Promise<{ desk: Desk; stop: () => Promise<void> }> {
  const now = options.now ?? runNow().toISOString();
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-e2e-'));
  // Pinned as it is spawned: the desk's clock starts at `now` when its process starts, a moment later.
  const unpin = options.now === undefined ? () => undefined : pinDeskClock(now);
  const args = ['tsx', 'electron/core/bridge/webMain.ts', ...(options.demo ? ['--demo'] : [])];
  const child: ChildProcess = spawn('npx', args, {
    cwd: root,
    env: { ...process.env, ...options.env, PORT: String(options.port ?? 0), OPVANGDESK_DATA: dataDir, OPVANGDESK_NOW: now },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it also stops the desk npx started (not only npx).
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', unpin);
    const timer = setTimeout(() => reject(new Error(`desk did not start in time: ${stderr}`)), 60_000);
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Opvangdesk: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`desk exited (${code}): ${stderr}`)));
  });
  const parsed = new URL(url);
  const desk = { url, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '', dataDir };
  const stop = async () => {
    unpin();
    if (child.pid !== undefined) await stopGroup(-child.pid);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(browserModeKeyFile(dataDir), { force: true });
  };
  return { desk, stop };
}

/** Stops a process group: SIGTERM, then SIGKILL when it is still there after five seconds. */
async function stopGroup(group: number): Promise<void> {
  const alive = () => {
    try {
      process.kill(group, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  process.kill(group, 'SIGTERM');
  for (let waited = 0; alive() && waited < 5_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (alive()) process.kill(group, 'SIGKILL');
}

export const test = base.extend<object, { desk: Desk }>({
  // The browser's clock: the desk's "now", running on (timers fire as usual).
  page: async ({ page }, use) => {
    await page.clock.install({ time: deskNow() });
    await use(page);
  },
  desk: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as the first argument
    async ({}, use) => {
      const { desk, stop } = await startDesk({ demo: true });
      await use(desk);
      await stop();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
