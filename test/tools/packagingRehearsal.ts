/**
 * `npm run test:packaging`: electron-builder.yml rehearsed where Electron cannot be downloaded.
 * electron-builder packs the built app (out/) for Linux as an unpacked directory around a
 * STAND-IN Electron (a small file carrying Electron's fuse wire, not a real binary), with the
 * native rebuild switched off so node_modules stays untouched. Then it checks what the config
 * promises: the fuses flipped, the asar's contents (our build, the main process's packages, none
 * of the left-out ones, no source maps), native modules unpacked from the asar, and the update
 * URL in app-update.yml. Not covered (real Electron, signing, installers): see the README.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Platform, build } from 'electron-builder';
import { excludedPackages, requiredPackages } from './dist';

const root = path.resolve(__dirname, '../..');
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's own fuse wire (fuse order of @electron/fuses V1), as the stand-in carries it. */
const ELECTRON_DEFAULT_WIRE = '10110001';
const EXPECTED_WIRE: Record<string, '0' | '1'> = {
  RunAsNode: '0',
  EnableCookieEncryption: '1',
  EnableNodeOptionsEnvironmentVariable: '0',
  EnableNodeCliInspectArguments: '0',
  EnableEmbeddedAsarIntegrityValidation: '1',
  OnlyLoadAppFromAsar: '1',
  LoadBrowserProcessSpecificV8Snapshot: '0',
  GrantFileProtocolExtraPrivileges: '0',
};
const UPDATE_URL = 'https://updates.example.nl/opvangdesk';

type AsarNode = { files?: Record<string, AsarNode>; unpacked?: boolean; size?: number; offset?: string };

/** The asar's header (a JSON tree after two pickled lengths) and where the file data starts. */
function readAsarHeader(file: string): { header: AsarNode; dataStart: number } {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    const json = Buffer.alloc(head.readUInt32LE(12));
    fs.readSync(fd, json, 0, json.length, 16);
    return { header: JSON.parse(json.toString('utf8')) as AsarNode, dataStart: 8 + head.readUInt32LE(4) };
  } finally {
    fs.closeSync(fd);
  }
}

function readAsarFile(file: string, dataStart: number, node: AsarNode): string {
  const fd = fs.openSync(file, 'r');
  try {
    const data = Buffer.alloc(node.size ?? 0);
    fs.readSync(fd, data, 0, data.length, dataStart + Number(node.offset ?? 0));
    return data.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

function asarFiles(node: AsarNode, prefix = ''): Map<string, AsarNode> {
  const out = new Map<string, AsarNode>();
  for (const [name, child] of Object.entries(node.files ?? {})) {
    const p = prefix ? `${prefix}/${name}` : name;
    if (child.files) for (const [k, v] of asarFiles(child, p)) out.set(k, v);
    else out.set(p, child);
  }
  return out;
}

function standInElectron(dir: string): void {
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron for the packaging rehearsal"\nexit 1\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]),
    Buffer.from(ELECTRON_DEFAULT_WIRE),
  ]);
  fs.writeFileSync(path.join(dir, 'electron'), binary, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'LICENSE'), '');
  fs.writeFileSync(path.join(dir, 'version'), '');
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(root, 'out/main/index.js'))) throw new Error('out/ is missing: run `npm run build` first');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-packaging-'));
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'}  ${what}`);
    if (!ok) failures.push(what);
  };
  try {
    // electron-builder runs on the project itself, writing only to `work`: a copy of the project with
    // node_modules linked in makes `npm ls` (its module collector) see a tree that is not there on
    // a fresh clone, and it then leaves argon2's platform package out.
    const electronDist = path.join(work, 'electron');
    standInElectron(electronDist);
    const output = path.join(work, 'dist');

    console.log('packaging rehearsal: electron-builder --linux dir around a STAND-IN Electron (no real binary, native rebuild off)');
    process.env.OPVANGDESK_UPDATE_URL = UPDATE_URL;
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir'),
      publish: 'never',
      config: { npmRebuild: false, electronDist, directories: { output } },
    });

    const app = path.join(output, 'linux-unpacked');
    const executable = fs.readdirSync(app).find((f) => f === 'opvangdesk' || f === 'Opvangdesk');
    check(executable !== undefined, 'the executable is named after the app');
    const binary = fs.readFileSync(path.join(app, executable ?? 'opvangdesk'));
    const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    const wire = binary.subarray(at + 2, at + 2 + binary[at + 1]!).toString('latin1');
    Object.entries(EXPECTED_WIRE).forEach(([fuse, expected], i) =>
      check(wire[i] === expected, `fuse ${fuse} ${expected === '1' ? 'on' : 'off'} (wire ${wire})`),
    );

    const asar = path.join(app, 'resources', 'app.asar');
    const { header, dataStart } = readAsarHeader(asar);
    const files = asarFiles(header);
    for (const f of ['package.json', 'out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'])
      check(files.has(f), `app.asar holds ${f}`);
    const packed = JSON.parse(readAsarFile(asar, dataStart, files.get('package.json') ?? {})) as { main?: string; productName?: string };
    check(
      packed.main === 'out/main/index.js' && packed.productName === 'Opvangdesk',
      'its package.json: main out/main/index.js, productName Opvangdesk',
    );
    for (const pkg of requiredPackages(fs.readFileSync(path.join(root, 'out/main/index.js'), 'utf8'))) {
      check(files.has(`node_modules/${pkg}/package.json`), `app.asar holds ${pkg} (required by the main process)`);
    }
    const left = excludedPackages(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')).filter(
      (p) => !p.includes('/') || p.startsWith('@'),
    );
    for (const pkg of left) check(![...files.keys()].some((f) => f.startsWith(`node_modules/${pkg}/`)), `app.asar leaves out ${pkg}`);
    check(![...files.keys()].some((f) => f.endsWith('.map')), 'no source maps in app.asar');
    check(
      ![...files.keys()].some((f) => /^(electron|shared|renderer\/src|server|test)\//.test(f)),
      'no sources (electron/, shared/, server/, test/) in app.asar',
    );
    check(
      ![...files.keys()].some((f) => f.startsWith('node_modules/better-sqlite3-multiple-ciphers/deps/')),
      "better-sqlite3-multiple-ciphers's C sources left out",
    );

    const natives = [...files.entries()].filter(([f]) => f.endsWith('.node'));
    check(
      natives.some(([f]) => f.startsWith('node_modules/better-sqlite3-multiple-ciphers/')),
      'better-sqlite3-multiple-ciphers has its native module',
    );
    check(
      natives.some(([f]) => f.startsWith('node_modules/@node-rs/argon2')),
      '@node-rs/argon2 has its native module',
    );
    for (const [f, node] of natives) {
      check(node.unpacked === true && fs.existsSync(path.join(app, 'resources', 'app.asar.unpacked', f)), `${f} is unpacked from the asar`);
    }

    const updateYml = fs.readFileSync(path.join(app, 'resources', 'app-update.yml'), 'utf8');
    check(
      /provider: generic/.test(updateYml) && updateYml.includes(`url: ${UPDATE_URL}`),
      'app-update.yml: generic provider, the URL of OPVANGDESK_UPDATE_URL',
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.log(`packaging rehearsal FAILED (${failures.length})`);
    // exit now: electron-builder's handlers would otherwise end the process with 0
    process.exit(1);
  } else {
    console.log('packaging rehearsal: electron-builder.yml does what it promises (real Electron, signing and installers not covered here)');
  }
}

void main().catch((err: unknown) => {
  console.error('packaging rehearsal could not run:', err);
  process.exitCode = 1;
});
