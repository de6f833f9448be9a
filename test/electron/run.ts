/**
 * `npm run test:electron`: the Electron smoke suite (test/electron/smoke.spec.ts) where the
 * Electron binary is installed; elsewhere one explicit line saying it was NOT RUN and why, never a
 * silent pass. The suite starts the built app (out/), staged with better-sqlite3-multiple-ciphers rebuilt for
 * Electron's ABI in node_modules/.cache/ (node_modules itself stays built for Node, for the tests).
 *
 * The packaged app cannot be driven this way: its EnableNodeCliInspectArguments fuse is off, and
 * Playwright's `_electron` attaches through the main process's inspector. Its packaging (fuses,
 * asar, unpacked native modules, update URL) is checked by test/tools/packagingRehearsal.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { electronBinary } from '../../electron/main/launcher';

const root = path.resolve(__dirname, '../..');
const stage = path.join(root, 'node_modules', '.cache', 'opvangdesk-electron-smoke');

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;
}

/**
 * A copy of the built app whose better-sqlite3-multiple-ciphers is built for Electron. Only better-sqlite3-multiple-ciphers lives in
 * the stage's node_modules; every other package resolves from the project's node_modules above it.
 */
function stageBuiltApp(electronVersion: string): void {
  const pkg = readJson<{ name: string; productName?: string; version: string; dependencies: Record<string, string> }>(
    path.join(root, 'package.json'),
  );
  fs.mkdirSync(stage, { recursive: true });
  fs.rmSync(path.join(stage, 'out'), { recursive: true, force: true });
  fs.cpSync(path.join(root, 'out'), path.join(stage, 'out'), { recursive: true });
  fs.writeFileSync(
    path.join(stage, 'package.json'),
    JSON.stringify({
      name: pkg.name,
      productName: pkg.productName ?? 'Opvangdesk',
      version: pkg.version,
      main: 'out/main/index.js',
      dependencies: { 'better-sqlite3-multiple-ciphers': pkg.dependencies['better-sqlite3-multiple-ciphers'] },
    }),
  );

  const source = path.join(root, 'node_modules', 'better-sqlite3-multiple-ciphers');
  const target = path.join(stage, 'node_modules', 'better-sqlite3-multiple-ciphers');
  const marker = path.join(
    target,
    `.built-for-electron-${electronVersion}-${readJson<{ version: string }>(path.join(source, 'package.json')).version}`,
  );
  if (fs.existsSync(marker)) return;
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(source, target, { recursive: true, filter: (file) => !file.includes(`${path.sep}build${path.sep}Release${path.sep}obj`) });
  console.log(
    `Electron smoke suite: building better-sqlite3-multiple-ciphers for Electron ${electronVersion} (in ${path.relative(root, stage)})`,
  );
  const status = run('npx', [
    'electron-rebuild',
    '--version',
    electronVersion,
    '--module-dir',
    stage,
    '--which-module',
    'better-sqlite3-multiple-ciphers',
    '--force',
  ]);
  if (status !== 0) {
    throw new Error(
      'could not build better-sqlite3-multiple-ciphers for Electron (electron-rebuild needs the Electron headers from the internet once)',
    );
  }
  fs.writeFileSync(marker, '');
}

function main(): void {
  const binary = electronBinary();
  if (!binary) {
    console.log(
      'Electron smoke suite NOT RUN: Electron binary not installed (node_modules/electron has no dist/: npm install ran with ' +
        "ELECTRON_SKIP_BINARY_DOWNLOAD=1 or without access to Electron's downloads). It runs where `npx electron --version` works.",
    );
    return;
  }
  const electronVersion = readJson<{ version: string }>(path.join(root, 'node_modules', 'electron', 'package.json')).version;
  if (!fs.existsSync(path.join(root, 'out', 'main', 'index.js')) && run('npx', ['electron-vite', 'build']) !== 0) {
    process.exitCode = 1;
    return;
  }
  stageBuiltApp(electronVersion);

  const env: NodeJS.ProcessEnv = { ...process.env, OPVANGDESK_SMOKE_ELECTRON: binary, OPVANGDESK_SMOKE_APP: stage };
  const args = ['playwright', 'test', '--config', 'test/electron/playwright.config.ts', ...process.argv.slice(2)];
  // Chromium refuses to run as root with its sandbox (CI containers): the OS sandbox is then off;
  // the window's sandbox preference is still what the suite checks.
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    env.OPVANGDESK_SMOKE_NO_SANDBOX = '1';
    console.log('Electron smoke suite: running as root, so Electron starts with --no-sandbox');
  }
  let command = 'npx';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    if (spawnSync('sh', ['-c', 'command -v xvfb-run']).status !== 0) {
      console.error('Electron smoke suite FAILED TO START: no display (DISPLAY is not set) and no xvfb-run; install xvfb');
      process.exitCode = 1;
      return;
    }
    command = 'xvfb-run';
    args.unshift('-a', 'npx');
  }
  console.log(`Electron smoke suite: Electron ${electronVersion} (${binary}), the built app staged in ${path.relative(root, stage)}`);
  process.exitCode = run(command, args, env);
}

main();
