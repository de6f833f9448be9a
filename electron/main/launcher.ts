/**
 * `npm start`: the desktop app where the Electron binary is installed; elsewhere (a machine where
 * it could not be downloaded) a clear pointer to browser mode instead of a stack trace.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const projectRoot = path.resolve(__dirname, '../..');

/**
 * The Electron executable, or null when the package is installed without its binary. Reads the
 * package's path.txt rather than requiring it: requiring `electron` would try to download.
 */
export function electronBinary(): string | null {
  try {
    const packageDir = path.dirname(createRequire(path.join(projectRoot, 'package.json')).resolve('electron/package.json'));
    const binary = path.join(packageDir, 'dist', fs.readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim());
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function main(): void {
  if (!electronBinary()) {
    console.error(
      [
        'Opvangdesk: de Electron-desktopapp kan hier niet starten: het Electron-programma is niet geïnstalleerd',
        '(npm install met ELECTRON_SKIP_BINARY_DOWNLOAD=1, of geen internettoegang tot de downloads van Electron).',
        '',
        'Gebruik de browsermodus, met dezelfde kern en dezelfde gegevens:',
        '  npm run web            (uw eigen gegevens)',
        '  npm run web -- --demo  (met de demo-organisatie)',
        'en open het adres dat verschijnt in Chromium, Chrome, Edge of Firefox.',
      ].join('\n'),
    );
    process.exit(1);
  }
  const result = spawnSync('npx', ['electron-vite', 'preview', '--', ...process.argv.slice(2)], { cwd: projectRoot, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

if (require.main === module) main();
