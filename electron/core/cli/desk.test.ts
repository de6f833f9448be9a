import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import type { LocationSummary } from '../../../shared/contract/views';
import { openTempCore } from '../../../test/fixtures/tempCore';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const TIMEOUT = 60_000;

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-cli-'));
  dirs.push(dir);
  return dir;
}

function desk(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'electron/core/cli/desk.ts', ...args], { cwd: root, encoding: 'utf8', timeout: TIMEOUT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run -s desk -- setup (electron/core/cli/desk.ts)', () => {
  test(
    'setup: an empty folder gets a single-location organisation, made through organisation.setUp, that the desk opens',
    async () => {
      const data = path.join(tempDir(), 'desk');
      const run = desk(
        'setup',
        '--data',
        data,
        '--organisation',
        'Kinderopvang De Vlinder',
        '--location',
        'Rhoon',
        '--code',
        'RHO',
        '--opens',
        '07:30',
        '--closes',
        '18:30',
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Organisatie Kinderopvang De Vlinder met locatie Rhoon (RHO) aangemaakt');
      const { core } = await openTempCore({ dataDir: data });
      try {
        const db = core.context.db;
        expect(db.prepare('SELECT name FROM outbox').all()).toEqual([{ name: 'organisation.setUp' }]);
        expect(db.prepare('SELECT name, code, opens_at, closes_at, open_days FROM locations').all()).toEqual([
          { name: 'Rhoon', code: 'RHO', opens_at: 450, closes_at: 1110, open_days: '[1,2,3,4,5]' },
        ]);
        const list = await core.call('locations.list', {});
        expect(list.ok && (list.value as LocationSummary[]).map((l) => l.name)).toEqual(['Rhoon']);
      } finally {
        await core.close();
      }
    },
    TIMEOUT,
  );

  test(
    'setup: a folder that is not empty is refused with a Dutch sentence, and nothing in it changes',
    () => {
      const data = tempDir();
      fs.writeFileSync(path.join(data, 'notities.txt'), 'van iemand anders');
      const run = desk('setup', '--data', data, '--organisation', 'X', '--location', 'Y', '--code', 'XY');
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('is niet leeg');
      expect(fs.readdirSync(data)).toEqual(['notities.txt']);
    },
    TIMEOUT,
  );

  test(
    'setup: a code the rule location.code refuses leaves no folder behind',
    () => {
      const data = path.join(tempDir(), 'desk');
      const run = desk('setup', '--data', data, '--organisation', 'X', '--location', 'Y', '--code', 'r');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('De locatiecode "r" klopt niet');
      expect(fs.existsSync(data)).toBe(false);
    },
    TIMEOUT,
  );
});
