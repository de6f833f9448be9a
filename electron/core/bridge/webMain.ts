/**
 * `npm run web`: browser mode. Builds the renderer when it is missing, opens the core on the data
 * folder, serves both on 127.0.0.1 and prints the one line to open.
 *   PORT             port (default 5178)
 *   OPVANGDESK_DATA  data folder (default: the per-user folder the desktop app uses)
 *   OPVANGDESK_STORE_KEY  the store's key, 64 hex characters; default a key file beside the data
 *                    folder (`<folder>.store-key`, 0600). Browser mode has no OS keystore: it is for
 *                    development (see store/storeKey/storeKeyPolicy.ts)
 *   --demo           create the demo organisation when the store is empty
 *   OPVANGDESK_NOW   an ISO instant the desk's clock starts at, then runs on (tests and demos of a
 *                    given day, e.g. 2026-11-23T08:00:00Z); default the wall clock (see shared/domain/time/clock)
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clockFromSetting } from '../../../shared/domain/time/clock';
import { startCore } from '../faultCore';
import { defaultDataDir } from '../paths';
import { createBridgeServer } from './bridgeServer';

const projectRoot = path.resolve(__dirname, '../../..');
const rendererDir = path.join(projectRoot, 'out', 'renderer');

/** `PORT`: a port number, or 0 for any free port (tests); the line printed names the real one. */
export function parsePort(value: string | undefined, fallback = 5178): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT moet een poortnummer zijn (0-65535), niet "${value}"`);
  return port;
}

function buildRendererIfMissing(): void {
  if (fs.existsSync(path.join(rendererDir, 'index.html'))) return;
  console.error('Opvangdesk: de renderer wordt eerst gebouwd (eenmalig) ...');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('bouwen van de renderer mislukt (npx electron-vite build)');
}

async function main(): Promise<void> {
  const port = parsePort(process.env.PORT);
  const dataDir = defaultDataDir(process.platform, process.env, os.homedir());
  buildRendererIfMissing();
  const version = (JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const clock = clockFromSetting(process.env.OPVANGDESK_NOW);
  let stop = async (): Promise<void> => process.exit(0);
  const core = await startCore({
    dataDir,
    transport: 'bridge',
    version,
    demo: process.argv.includes('--demo'),
    ...(clock ? { clock } : {}),
    onClose: () => void stop(),
  });
  // store faults (damaged, in use, read-only): said here too, and served as the fault screen
  const fault = core.fault();
  if (fault) console.error(`Opvangdesk: ${fault.message} (${fault.rule}, gegevensmap ${dataDir})`);
  const token = randomBytes(24).toString('base64url');
  const server = await createBridgeServer({ core, token, rendererDir });
  await server.listen({ host: '127.0.0.1', port });
  const address = server.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Opvangdesk: http://127.0.0.1:${actualPort}/?token=${token}`);

  stop = async () => {
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`Opvangdesk kon niet starten: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
