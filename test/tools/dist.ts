/**
 * `npm run dist [-- --dir]`: the desk's installer for this platform (electron-builder.yml), on a
 * release machine with internet access (electron-builder downloads Electron and the headers to
 * rebuild better-sqlite3-multiple-ciphers). Steps: check the release settings, electron-vite build, refuse when the
 * main process needs a package the installer leaves out, electron-builder, and finally rebuild
 * better-sqlite3-multiple-ciphers for Node again so the tests keep working. `--dir`: only the unpacked app
 * (dist/<platform>-unpacked), e.g. for the Electron smoke suite.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build, type Configuration } from 'electron-builder';
import { isAllowedUpdateUrl } from '../../electron/main/update/updatePolicy';

const root = path.resolve(__dirname, '../..');

/** The packages electron-builder.yml leaves out (`'!node_modules/<name>/**'`). */
export function excludedPackages(builderYml: string): string[] {
  return [...builderYml.matchAll(/^\s*-\s*['"]?!node_modules\/(.+?)\/\*\*['"]?\s*$/gm)].map((m) => m[1]!);
}

/** The packages a bundle requires at run time (bare specifiers, without Node's built-ins and electron). */
export function requiredPackages(bundle: string): string[] {
  const names = new Set<string>();
  for (const m of bundle.matchAll(/require\(["']([^"'./][^"']*)["']\)/g)) {
    const spec = m[1]!;
    if (spec.startsWith('node:') || spec === 'electron') continue;
    const parts = spec.split('/');
    names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
  }
  return [...names].sort();
}

function isExcluded(pkg: string, excluded: readonly string[]): boolean {
  return excluded.some((e) => e === pkg || (!e.includes('/') && e.startsWith('@') && pkg.startsWith(`${e}/`)));
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** better-sqlite3-multiple-ciphers back on Node's ABI (electron-builder rebuilt it for Electron in node_modules). */
function restoreNodeBuild(): boolean {
  console.log('\n==> better-sqlite3-multiple-ciphers again for Node (the tests load it under Node)');
  spawnSync('npm', ['rebuild', 'better-sqlite3-multiple-ciphers'], { cwd: root, stdio: 'inherit' });
  const check = spawnSync(process.execPath, ['-e', "require('better-sqlite3-multiple-ciphers')(':memory:').prepare('select 1').get()"], {
    cwd: root,
  });
  if (check.status === 0) return true;
  console.error(
    'better-sqlite3-multiple-ciphers in node_modules is NOT usable under Node now: run `npm rebuild better-sqlite3-multiple-ciphers` before the tests.',
  );
  return false;
}

function describeEnvironment(updateUrl: string | null): void {
  const has = (name: string) => (process.env[name] ? 'set' : 'not set');
  console.log(`==> Opvangdesk installer for ${process.platform}-${process.arch}`);
  console.log(`    update URL (OPVANGDESK_UPDATE_URL): ${updateUrl ?? 'none: this build never checks for updates'}`);
  console.log(`    code signing certificate (CSC_LINK): ${has('CSC_LINK')}`);
  if (process.platform === 'darwin') {
    const notarise =
      (process.env.APPLE_API_KEY && process.env.APPLE_API_KEY_ID && process.env.APPLE_API_ISSUER) ||
      (process.env.APPLE_ID && process.env.APPLE_APP_SPECIFIC_PASSWORD && process.env.APPLE_TEAM_ID) ||
      (process.env.APPLE_KEYCHAIN && process.env.APPLE_KEYCHAIN_PROFILE);
    console.log(`    notarisation credentials (APPLE_*): ${notarise ? 'set' : 'not set: the app will NOT be notarised'}`);
  }
}

async function main(): Promise<void> {
  const dir = process.argv.includes('--dir');
  const updateUrl = process.env.OPVANGDESK_UPDATE_URL?.trim() || null;
  describeEnvironment(updateUrl);
  if (updateUrl !== null && !isAllowedUpdateUrl(updateUrl)) {
    throw new Error(`OPVANGDESK_UPDATE_URL must be an https address (got ${updateUrl})`);
  }

  console.log('\n==> electron-vite build');
  run('npx', ['electron-vite', 'build']);

  const excluded = excludedPackages(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
  const required = requiredPackages(fs.readFileSync(path.join(root, 'out/main/index.js'), 'utf8'));
  const missing = required.filter((p) => isExcluded(p, excluded));
  if (missing.length > 0) {
    throw new Error(`out/main requires ${missing.join(', ')}, which electron-builder.yml leaves out of the installer (files:)`);
  }

  console.log(`\n==> electron-builder (${dir ? 'unpacked app only' : 'installers'})`);
  // Without an update URL the `${env.OPVANGDESK_UPDATE_URL}` of electron-builder.yml cannot be
  // expanded: build without publish settings, so no app-update.yml is written.
  const overrides: Configuration = updateUrl === null ? { publish: null } : {};
  let artifacts: string[] = [];
  let restored = false;
  try {
    artifacts = await build({ projectDir: root, publish: 'never', dir, config: overrides });
  } finally {
    restored = restoreNodeBuild();
  }
  console.log('\n==> done');
  for (const file of artifacts) console.log(`    ${path.relative(root, file)}`);
  if (updateUrl !== null && !dir) console.log(`    upload the installers and latest*.yml above to ${updateUrl}`);
  if (!restored) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
