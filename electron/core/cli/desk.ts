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
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { parseTime } from '../../../shared/domain/time/timeOfDay';
import type { OrganisationSetUpArgs } from '../../../shared/mutators/location';
import { createCore } from '../core';
import { createLogger } from '../logger';

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
  const core = await createCore({ dataDir, transport: 'bridge', version: 'desk-cli', log: createLogger(null) });
  const result = await core.call('mutate', { name: 'organisation.setUp', args });
  await core.close();
  if (!result.ok) {
    // Leave the folder as it was found: empty, or not there.
    if (existed) for (const entry of entriesOf(dataDir)) fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true });
    else fs.rmSync(dataDir, { recursive: true, force: true });
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

async function main(argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command !== 'setup') throw new Refused(`Onbekende opdracht ${command ?? '(geen)'}; bekend is: setup.`);
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
