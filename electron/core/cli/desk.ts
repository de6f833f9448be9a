/**
 * `npm run -s desk -- <command>`: the desk's core as a command, for a manager or an installer
 * without the app's screens.
 *
 * `setup --data DIR --organisation NAME --location NAME --code CODE [--opens HH:MM --closes HH:MM]`
 * creates a single-location organisation (a desk that is not enrolled with a hub) in an empty
 * data folder, through the core and the `organisation.setUp` mutator, like every other change.
 * A folder that is not empty is refused with nothing written; so is a setup a rule refuses (the
 * store the core made for it is removed again). Exit code 0: done; 2: refused (one Dutch line on
 * standard error).
 *
 * `import --data DIR --location CODE --file FILE [--apply]` imports a back office's export (.xlsx
 * or CSV) into the location with that code, through `import.preview` / `import.apply` like the
 * desk's wizard. It prints the preview as JSON: `{ "created": {table: n}, "updated": {table: n},
 * "unchanged": n, "refused": [{ "sheet", "row", "column", "message" }], "missing": [...] }`; with
 * `--apply` it applies what the preview showed (all or nothing; refused rows are left out) and
 * adds `"mutations": n`. Exit code 0: previewed or applied; 2: the file or the apply refused as a
 * whole (nothing changed), or bad options.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { parseTime } from '../../../shared/domain/time/timeOfDay';
import type { OrganisationSetUpArgs } from '../../../shared/mutators/location';
import { clockFromSetting } from '../../../shared/domain/time/clock';
import { createCore, STORE_FILE } from '../core';
import { createLogger } from '../logger';
import { browserModeKeyFile } from '../store/storeKey/storeKeyPolicy';
import { MAX_FILE_BYTES } from '../../../shared/import/readSpreadsheet';
import { importMessage } from '../../../shared/import/importMessages';
import type { ImportPreview, ImportResult } from '../../../shared/contract/importViews';

const EXIT_REFUSED = 2;
/** The hours a new location opens with when none are given (the hub's administrator uses the same). */
const DEFAULT_HOURS = { opens: '07:00', closes: '19:00' };

z.config(z.locales.nl());

const Time = z.string().refine((s) => parseTime(s) !== null, { message: 'geen tijd (UU:MM)' });
const SetupOptions = z.object({
  data: z.string().min(1, 'geef de datamap op (--data)'),
  organisation: z.string().trim().min(1, 'geef de naam van de organisatie op (--organisation)'),
  location: z.string().trim().min(1, 'geef de naam van de locatie op (--location)'),
  code: z.string().trim().min(1, 'geef de locatiecode op (--code)'),
  opens: Time.default(DEFAULT_HOURS.opens),
  closes: Time.default(DEFAULT_HOURS.closes),
});
type SetupOptions = z.infer<typeof SetupOptions>;

class Refused extends Error {}

/** The folder's entries; none when it does not exist. */
function entriesOf(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}

async function setup(options: SetupOptions): Promise<string> {
  const dataDir = path.resolve(options.data);
  const existed = fs.existsSync(dataDir);
  if (existed && !fs.statSync(dataDir).isDirectory()) throw new Refused(`${dataDir} is geen map.`);
  if (entriesOf(dataDir).length > 0) {
    throw new Refused(
      `De map ${dataDir} is niet leeg: een nieuwe organisatie wordt alleen in een lege datamap aangemaakt. Er is niets gewijzigd.`,
    );
  }
  const args: OrganisationSetUpArgs = {
    organisation: { id: uuidv7(), name: options.organisation },
    location: {
      id: uuidv7(),
      name: options.location,
      code: options.code,
      lrkNumber: null,
      address: null,
      opensAt: parseTime(options.opens) as number,
      closesAt: parseTime(options.closes) as number,
      openDays: [1, 2, 3, 4, 5],
    },
  };
  const keyFileExisted = fs.existsSync(browserModeKeyFile(dataDir));
  const core = await createCore({ dataDir, transport: 'bridge', version: 'desk-cli', log: createLogger(null) });
  const result = await core.call('mutate', { name: 'organisation.setUp', args });
  await core.close();
  if (!result.ok) {
    // Leave the folder as it was found: empty, or not there; and no key beside it for a store that is gone.
    if (existed) for (const entry of entriesOf(dataDir)) fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true });
    else fs.rmSync(dataDir, { recursive: true, force: true });
    if (!keyFileExisted) fs.rmSync(browserModeKeyFile(dataDir), { force: true });
    throw new Refused(`${result.error.message} Er is niets gewijzigd.`);
  }
  return `Organisatie ${options.organisation} met locatie ${options.location} (${options.code}) aangemaakt in ${dataDir}.`;
}

/** The `--name value` options; an unknown option or one without a value is refused. */
function optionsOf(args: readonly string[]): Record<string, string | undefined> {
  const names = ['data', 'organisation', 'location', 'code', 'opens', 'closes'] as const;
  try {
    return parseArgs({ args: [...args], options: Object.fromEntries(names.map((n) => [n, { type: 'string' }])), strict: true })
      .values as Record<string, string | undefined>;
  } catch (error) {
    throw new Refused(
      `De opties kloppen niet (${(error as Error).message}); gebruik: setup --data MAP --organisation NAAM --location NAAM --code CODE [--opens UU:MM --closes UU:MM].`,
    );
  }
}

const ImportOptions = z.object({
  data: z.string().min(1, 'geef de datamap op (--data)'),
  location: z.string().trim().min(1, 'geef de locatiecode op (--location)'),
  file: z.string().min(1, 'geef het bestand op (--file)'),
  apply: z.boolean().default(false),
});
type ImportOptions = z.infer<typeof ImportOptions>;

const IMPORT_USAGE = 'gebruik: import --data MAP --location CODE --file BESTAND [--apply]';

/** Prints the import's JSON; true when the file or the apply was refused as a whole. */
async function runImport(options: ImportOptions): Promise<boolean> {
  const dataDir = path.resolve(options.data);
  if (!fs.existsSync(path.join(dataDir, STORE_FILE))) {
    throw new Refused(`In ${dataDir} staat geen desk: maak eerst een locatie aan met setup. Er is niets gewijzigd.`);
  }
  const file = path.resolve(options.file);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new Refused(`Het bestand ${file} bestaat niet.`);
  const size = fs.statSync(file).size;
  if (size > MAX_FILE_BYTES) {
    const message = importMessage('import.too_large', { megabytes: Math.ceil(size / 1024 / 1024), limit: MAX_FILE_BYTES / 1024 / 1024 });
    process.stdout.write(
      `${JSON.stringify({ created: {}, updated: {}, unchanged: 0, refused: [{ sheet: '', row: 0, column: '', message }], missing: [] }, null, 2)}\n`,
    );
    return true;
  }
  // OPVANGDESK_NOW: the day the import counts as today (tests and scripted runs of a given day).
  const clock = clockFromSetting(process.env.OPVANGDESK_NOW);
  const core = await createCore({
    dataDir,
    transport: 'bridge',
    version: 'desk-cli',
    log: createLogger(null),
    ...(clock ? { clock } : {}),
  });
  try {
    const location = core.context.store.find('locations', {}).find((l) => l.code.toLowerCase() === options.location.toLowerCase());
    if (!location) throw new Refused(`Locatie ${options.location} staat niet op deze desk. Er is niets gewijzigd.`);
    const input = { locationId: location.id, fileName: path.basename(file), base64: fs.readFileSync(file).toString('base64'), mapping: {} };
    const preview = await core.call('import.preview', input);
    if (!preview.ok) throw new Refused(`${preview.error.message} Er is niets gewijzigd.`);
    const shown = preview.value as ImportPreview;
    const wholeFileRefused = shown.rows.length === 0 && shown.summary.refused.length > 0;
    if (!options.apply || wholeFileRefused) {
      process.stdout.write(`${JSON.stringify(shown.summary, null, 2)}\n`);
      return wholeFileRefused;
    }
    const applied = await core.call('import.apply', { ...input, digest: shown.digest });
    if (!applied.ok) throw new Refused(applied.error.message);
    const result = applied.value as ImportResult;
    process.stdout.write(`${JSON.stringify({ ...result.summary, mutations: result.mutations }, null, 2)}\n`);
    return false;
  } finally {
    await core.close();
  }
}

function importOptionsOf(args: readonly string[]): ImportOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...args],
      options: { data: { type: 'string' }, location: { type: 'string' }, file: { type: 'string' }, apply: { type: 'boolean' } },
      strict: true,
    }).values;
  } catch (error) {
    throw new Refused(`De opties kloppen niet (${(error as Error).message}); ${IMPORT_USAGE}.`);
  }
  const parsed = ImportOptions.safeParse(values);
  if (!parsed.success) throw new Refused(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  return parsed.data;
}

async function main(argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'import') {
    if (await runImport(importOptionsOf(rest))) process.exitCode = EXIT_REFUSED;
    return;
  }
  if (command !== 'setup') throw new Refused(`Onbekende opdracht ${command ?? '(geen)'}; bekend zijn: setup, import.`);
  const parsed = SetupOptions.safeParse(optionsOf(rest));
  if (!parsed.success) {
    throw new Refused(parsed.error.issues.map((i) => `${i.path.length ? `--${i.path.join('.')}: ` : ''}${i.message}`).join('\n'));
  }
  process.stdout.write(`${await setup(parsed.data)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (!(error instanceof Refused)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = EXIT_REFUSED;
});
