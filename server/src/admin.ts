/**
 * `npm run -s hub:admin -- <command> [--option value ...]`: set up organisations, locations, users
 * and desk enrolment codes on the hub's database (DATABASE_URL, or PGlite in HUB_DATA: stop a
 * PGlite hub first, one process per data folder). The created id or code goes to stdout, alone,
 * so scripts can capture it; explanations go to stderr.
 *
 *   create-org       --name <name> [--id <id>]
 *   create-location  --org <id> --name <name> --code <RHO> [--opens 07:00] [--closes 19:00] [--id <id>]
 *   create-user      --org <id> --email <email> --name <name> --location <id> --role manager|assistant
 *                    [--password <pw>]  (or HUB_USER_PASSWORD; needed for a new user)
 *   enrolment-code   --org <id> --location <id> [--location <id> ...] [--hours 24]
 *   revoke-device    --device <id> --reason <text> [--wipe]   (--wipe: the desk also deletes its store)
 *   deactivate-user  --org <id> --email <email>   (sessions end now; work made before still counts)
 *   reactivate-user  --org <id> --email <email>
 *   parent-token     --org <id> --name <name> --child <id> [--child <id> ...] [--email <email>]
 *                    (a parent-portal token for the children of one family; printed once; valid
 *                    HUB_PARENT_TOKEN_DAYS (90) days from now, by the hub's clock)
 *   revoke-parent-token --parent <id> --reason <text>   (the token is refused from now on, 401)
 *   rules            --org <id>   (the organisation's request and late-pickup rules, as JSON)
 *   set-rules        --org <id> --file <rules.json>   (the same JSON, edited: checked like the
 *                    desk's Instellingen, then synced to every desk of the organisation)
 *   import           --org <id> --location <id or code> --file <.xlsx or .csv> [--apply]
 *                    (a back office's export into a location: the preview as JSON, as the desk's
 *                    `desk import` prints it; with --apply applied all or nothing. Exit code 2
 *                    when the file or the apply is refused; OPVANGDESK_NOW sets the day)
 *   retention        [--org <id>] [--dry-run]   (the retention run the hub makes daily, now: deletes
 *                    what the organisation's retention settings say is due and anonymises old
 *                    mutation arguments; --dry-run only counts. The report as JSON; OPVANGDESK_NOW
 *                    sets the hub's moment)
 */
import fs from 'node:fs';
import path from 'node:path';
import { Role } from '../../shared/model/roles';
import { parseTime } from '../../shared/domain/time/timeOfDay';
import { createEnrolmentCode, DEFAULT_CODE_HOURS } from './auth/enrolmentCodes';
import {
  createLocation,
  createOrganisation,
  createUser,
  deactivateUser,
  reactivateUser,
  revokeDevice,
  userByEmail,
} from './admin/directory';
import { issueParentToken, parentTokenExpiresAt, revokeParentToken } from './portal/parents';
import { hubConfigFromEnv } from './config';
import { importIntoLocation } from './admin/importLocation';
import { organisationRules, setOrganisationRules } from './admin/organisationRules';
import { runRetention } from './retention/retentionRun';
import { createLogger } from './logger';
import { clockFromSetting, wallClock } from '../../shared/domain/time/clock';
import { dbConfigFromEnv, openDb } from './db/openDb';
import type { Db } from './db/db';

type Options = Map<string, string[]>;

/** The hub's clock for what the administrator does (OPVANGDESK_NOW fixes it, as for import). */
const hubNow = (): Date => (clockFromSetting(process.env.OPVANGDESK_NOW) ?? wallClock)();

const USAGE = `usage: npm run -s hub:admin -- <command> [options]
  create-org       --name <name> [--id <id>]
  create-location  --org <id> --name <name> --code <CODE> [--opens HH:MM] [--closes HH:MM] [--id <id>]
  create-user      --org <id> --email <email> --name <name> --location <id> --role manager|assistant [--password <pw>]
  enrolment-code   --org <id> --location <id> [--location <id> ...] [--hours ${DEFAULT_CODE_HOURS}]
  revoke-device    --device <id> --reason <text> [--wipe]
  deactivate-user  --org <id> --email <email>
  reactivate-user  --org <id> --email <email>
  parent-token     --org <id> --name <name> --child <id> [--child <id> ...] [--email <email>]
  revoke-parent-token --parent <id> --reason <text>
  rules            --org <id>
  set-rules        --org <id> --file <rules.json>
  import           --org <id> --location <id or code> --file <file.xlsx|file.csv> [--apply]
  retention        [--org <id>] [--dry-run]`;

/** Options that take no value. */
const FLAGS = new Set(['--apply', '--wipe', '--dry-run']);

function parseOptions(args: readonly string[]): Options {
  const options: Options = new Map();
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i]!;
    if (FLAGS.has(key)) {
      options.set(key.slice(2), ['true']);
      i -= 1;
      continue;
    }
    const value = args[i + 1];
    if (!key.startsWith('--') || value === undefined) throw new Error(`expected --option value, got "${key}"`);
    options.set(key.slice(2), [...(options.get(key.slice(2)) ?? []), value]);
  }
  return options;
}

function one(options: Options, name: string): string {
  const value = options.get(name)?.[0];
  if (value === undefined || value === '') throw new Error(`--${name} is required`);
  return value;
}

function optional(options: Options, name: string): string | undefined {
  return options.get(name)?.[0];
}

function minutesOf(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const minutes = parseTime(text);
  if (minutes === null) throw new Error(`--${name} is not a time (HH:MM): ${text}`);
  return minutes;
}

const commands: Record<string, (db: Db, options: Options) => Promise<string>> = {
  async 'create-org'(db, options) {
    const id = optional(options, 'id');
    const org = await db.transaction((tx) => createOrganisation(tx, { name: one(options, 'name'), ...(id ? { id } : {}) }));
    console.error(`organisation "${org.name}" created`);
    return org.id;
  },
  async 'create-location'(db, options) {
    const id = optional(options, 'id');
    const opensAt = minutesOf(optional(options, 'opens'), 'opens');
    const closesAt = minutesOf(optional(options, 'closes'), 'closes');
    const location = await db.transaction((tx) =>
      createLocation(tx, {
        organisationId: one(options, 'org'),
        name: one(options, 'name'),
        code: one(options, 'code'),
        ...(id ? { id } : {}),
        ...(opensAt !== undefined ? { opensAt } : {}),
        ...(closesAt !== undefined ? { closesAt } : {}),
      }),
    );
    console.error(`location "${location.name}" (${location.code}) created`);
    return location.id;
  },
  async 'create-user'(db, options) {
    const role = Role.safeParse(one(options, 'role'));
    if (!role.success) throw new Error('--role must be manager or assistant');
    const password = optional(options, 'password') ?? process.env.HUB_USER_PASSWORD;
    const user = await db.transaction((tx) =>
      createUser(tx, {
        organisationId: one(options, 'org'),
        email: one(options, 'email'),
        name: one(options, 'name'),
        locationId: one(options, 'location'),
        role: role.data,
        ...(password ? { password } : {}),
      }),
    );
    console.error(user.created ? 'user created' : 'user existed: role granted');
    return user.id;
  },
  async 'enrolment-code'(db, options) {
    const hours = Number(optional(options, 'hours') ?? DEFAULT_CODE_HOURS);
    if (!(hours > 0)) throw new Error('--hours must be a positive number');
    const { code, expiresAt } = await createEnrolmentCode(db, {
      organisationId: one(options, 'org'),
      locationIds: options.get('location') ?? [],
      validMinutes: Math.round(hours * 60),
    });
    console.error(`one-time desk enrolment code, valid until ${expiresAt.toISOString()}:`);
    return code;
  },
  async 'revoke-device'(db, options) {
    const deviceId = one(options, 'device');
    const wipe = options.has('wipe');
    const revoked = await revokeDevice(db, deviceId, one(options, 'reason'), hubNow(), wipe);
    if (!revoked) throw new Error(`no active device ${deviceId}`);
    console.error(wipe ? 'device revoked; it deletes its store at its next contact' : 'device revoked');
    return deviceId;
  },
  async 'deactivate-user'(db, options) {
    const userId = await userByEmail(db, one(options, 'org'), one(options, 'email'));
    const now = hubNow();
    if (!(await db.transaction((tx) => deactivateUser(tx, userId, now))))
      throw new Error(`user ${one(options, 'email')} is already inactive`);
    console.error(
      `user deactivated at ${now.toISOString()}: changes made before then still count; desks sign them out at their next contact`,
    );
    return userId;
  },
  async 'reactivate-user'(db, options) {
    const userId = await userByEmail(db, one(options, 'org'), one(options, 'email'));
    await reactivateUser(db, userId);
    console.error('user active again; they sign in anew');
    return userId;
  },
  async 'parent-token'(db, options) {
    const email = optional(options, 'email');
    const issuedAt = hubNow();
    const { parentId, token } = await db.transaction((tx) =>
      issueParentToken(tx, {
        organisationId: one(options, 'org'),
        name: one(options, 'name'),
        childIds: options.get('child') ?? [],
        issuedAt,
        ...(email ? { email } : {}),
      }),
    );
    const expiresAt = parentTokenExpiresAt(issuedAt, hubConfigFromEnv().parentTokenDays);
    console.error(
      `parent ${parentId} may submit requests for these children until ${expiresAt.toISOString()}; the portal token (shown only now):`,
    );
    return token;
  },
  async 'revoke-parent-token'(db, options) {
    const parentId = one(options, 'parent');
    const revoked = await revokeParentToken(db, parentId, one(options, 'reason'), hubNow());
    if (!revoked) throw new Error(`no parent ${parentId} with an active token`);
    console.error('parent token revoked: the portal refuses it from now on');
    return parentId;
  },
  async rules(db, options) {
    const rules = await organisationRules(db, one(options, 'org'));
    if (!rules) throw new Error(`no organisation ${one(options, 'org')}`);
    return JSON.stringify(rules, null, 2);
  },
  async 'set-rules'(db, options) {
    const file = path.resolve(one(options, 'file'));
    let input: unknown;
    try {
      input = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      throw new Error(`${file} is geen leesbaar JSON-bestand`);
    }
    const outcome = await db.transaction((tx) => setOrganisationRules(tx, one(options, 'org'), input));
    if (!outcome.ok) {
      process.exitCode = 2;
      console.error(outcome.message);
      return '';
    }
    console.error('de regels van de organisatie zijn opgeslagen; de desks krijgen ze bij de volgende synchronisatie');
    return JSON.stringify(outcome.rules, null, 2);
  },
  async import(db, options) {
    const file = path.resolve(one(options, 'file'));
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new Error(`no file ${file}`);
    const result = await importIntoLocation(db, {
      organisationId: one(options, 'org'),
      location: one(options, 'location'),
      fileName: path.basename(file),
      bytes: fs.readFileSync(file),
      apply: options.has('apply'),
      now: hubNow(),
      log: createLogger(process.env.HUB_LOG_LEVEL ?? 'warn'),
    });
    if (!result.ok) {
      process.exitCode = 2;
      console.error(result.message);
      return '';
    }
    if (result.refusedWhole) process.exitCode = 2;
    const shown = result.mutations === null ? result.summary : { ...result.summary, mutations: result.mutations };
    return JSON.stringify(shown, null, 2);
  },
  async retention(db, options) {
    const organisationId = optional(options, 'org');
    const reports = await runRetention(db, {
      now: (clockFromSetting(process.env.OPVANGDESK_NOW) ?? wallClock)(),
      dryRun: options.has('dry-run'),
      ...(organisationId ? { organisationId } : {}),
    });
    if (organisationId && reports.length === 0) throw new Error(`no organisation ${organisationId}`);
    console.error(options.has('dry-run') ? 'proefdraai: niets verwijderd, dit is wat nu zou gaan' : 'bewaartermijnen toegepast');
    return JSON.stringify(reports, null, 2);
  },
};

async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(USAGE);
    return 2;
  }
  const options = parseOptions(rest);
  const db = await openDb(dbConfigFromEnv());
  try {
    const output = await command(db, options);
    if (output !== '') console.log(output);
    // A command that was refused set its exit code (import: 2).
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`hub:admin: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
