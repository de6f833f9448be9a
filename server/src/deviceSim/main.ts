/**
 * `npm run device-sim -- --code XXXX-XXXX [--hub http://127.0.0.1:5179] [--name "iPad Rupsjes"]
 *   [--interval 30] [--data <dir>]`: a group iPad in a terminal (deviceSimulator.ts). It pairs with
 * the code the desk shows, fetches the group's day, checks in every `--interval` seconds, locks
 * itself when its lease runs out without contact, and on a revocation wipes its data, confirms
 * the wipe and exits (0). A refused code exits 1.
 */
import { DeviceSimulator } from './deviceSimulator';

const USAGE =
  'usage: npm run device-sim -- --code XXXX-XXXX [--hub http://127.0.0.1:5179] [--name <name>] [--interval <seconds>] [--data <dir>]';

function parseArgs(args: readonly string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i]!;
    const value = args[i + 1];
    if (!key.startsWith('--') || value === undefined) throw new Error(`expected --option value, got "${key}"\n${USAGE}`);
    options.set(key.slice(2), value);
  }
  const unknown = [...options.keys()].filter((k) => !['code', 'hub', 'name', 'interval', 'data'].includes(k));
  if (unknown.length > 0) throw new Error(`unknown option(s): ${unknown.join(', ')}\n${USAGE}`);
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const code = options.get('code');
  if (!code) throw new Error(`--code is required\n${USAGE}`);
  const interval = Number(options.get('interval') ?? 30);
  if (!(interval > 0)) throw new Error('--interval must be a positive number of seconds');
  const dataDir = options.get('data');
  const device = new DeviceSimulator({
    hubUrl: options.get('hub') ?? 'http://127.0.0.1:5179',
    name: options.get('name') ?? `iPad ${Math.random().toString(36).slice(2, 6)}`,
    intervalMs: interval * 1000,
    ...(dataDir ? { dataDir } : {}),
    log: (line) => console.log(`${new Date().toISOString()} ${line}`),
  });
  const paired = await device.pair(code);
  if (paired.kind !== 'ok') {
    console.error(`koppelen mislukt: ${paired.kind === 'refused' || paired.kind === 'unreachable' ? paired.message : paired.kind}`);
    process.exit(1);
  }
  device.start();
  const watch = setInterval(() => {
    if (device.state === 'wiped') {
      clearInterval(watch);
      device.stop();
      process.exit(0);
    }
  }, 200);
  const stop = () => {
    device.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
