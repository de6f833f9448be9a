import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const TIMEOUT = 60_000;

type Vector = {
  id: string;
  care: 'KDV' | 'BSO_2019_basisgroep' | 'BSO_2024_location';
  ages: number[];
  required: number | null;
  within_max: boolean | null;
  min_staff_during_deviation: number | null;
};

function runRatio(stdin: string) {
  const r = spawnSync('npx', ['tsx', 'electron/core/cli/ratio.ts'], { cwd: root, input: stdin, encoding: 'utf8', timeout: TIMEOUT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const vectors = JSON.parse(readFileSync(new URL('../../../test/fixtures/bkr-vectors.json', import.meta.url), 'utf8')) as Vector[];

const dateOf = (v: Vector) =>
  v.care === 'BSO_2019_basisgroep' ? '2024-06-30' : v.care === 'BSO_2024_location' ? '2024-07-01' : '2026-03-02';

describe('npm run -s ratio (electron/core/cli/ratio.ts)', () => {
  test(
    'command: an array of all 44 vectors gives an array of results in the spec shape',
    () => {
      const input = vectors.map((v) => ({ care: v.care === 'KDV' ? 'KDV' : 'BSO', date: dateOf(v), ages: v.ages }));
      const { code, stdout } = runRatio(JSON.stringify(input));
      expect(code).toBe(0);
      const out = JSON.parse(stdout) as Record<string, unknown>[];
      expect(out).toHaveLength(vectors.length);
      vectors.forEach((v, i) => {
        const o = out[i] ?? {};
        expect(Object.keys(o), v.id).toEqual(['required', 'withinMax', 'minStaffDuringDeviation', 'explanation']);
        expect(o['required'], v.id).toBe(v.required);
        expect(o['withinMax'], v.id).toBe(v.within_max ?? true);
        expect(o['minStaffDuringDeviation'], v.id).toBe(v.min_staff_during_deviation);
      });
    },
    TIMEOUT,
  );

  test(
    'command: one object with children and staff gives one object with a status; ages are taken on the date',
    () => {
      const input = {
        care: 'KDV',
        date: '2026-03-10',
        children: [{ dob: '2025-03-10' }, ...Array(5).fill({ dob: '2022-05-01' })],
        staff: 1,
      };
      const { code, stdout } = runRatio(JSON.stringify(input));
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual({
        required: 1,
        withinMax: true,
        minStaffDuringDeviation: 1,
        status: 'ok',
        explanation: '6 kinderen, rij 1..3: cel 1 PM / 7; nodig 1',
      });
    },
    TIMEOUT,
  );

  test(
    'command: bad input exits with 2, names the field on stderr and prints nothing on stdout',
    () => {
      const { code, stdout, stderr } = runRatio(
        JSON.stringify([
          { care: 'KDV', ages: [0, 1] },
          { care: 'KDV', ages: [0, 1, 'x'], staf: 2 },
        ]),
      );
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('[1].ages[2]: ');
      expect(stderr).toContain('[1].staf: onbekend veld');
    },
    TIMEOUT,
  );

  test(
    'command: a single bad object, an unknown care type and a date of birth after the date',
    () => {
      const one = runRatio(JSON.stringify({ care: 'KDO', ages: [1] }));
      expect(one.code).toBe(2);
      expect(one.stdout).toBe('');
      expect(one.stderr).toContain('care: ');
      const born = runRatio(JSON.stringify({ care: 'KDV', date: '2026-01-01', children: [{ dob: '2026-01-02' }] }));
      expect(born.code).toBe(2);
      expect(born.stderr).toContain('children[0].dob: ');
    },
    TIMEOUT,
  );

  test(
    'command: input that is not JSON exits with 2',
    () => {
      const { code, stdout, stderr } = runRatio('{ care: KDV');
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('input: geen geldige JSON');
    },
    TIMEOUT,
  );
});
