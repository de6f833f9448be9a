/**
 * The request queue's moments, kept while the desk stays open (spec/requests.md):
 * - expiry at the minute: an open request expires at its expiry moment (vervalmoment) itself,
 *   through `request.expire`: the parent is told through sync, and the queue updates at once (a
 *   `changed` event, as for any write);
 * - quarter end: after a quarter's last day, the flex budgets with hours left in it are closed
 *   (`flexBudget.closeQuarter`: carry-over and lapse as ledger rows).
 *
 * One timer, set for the next of those moments (the soonest expiry moment, the first minute of
 * the next quarter) but never more than `maxWaitMs` ahead, so that a jump of the clock (a laptop
 * waking up) is noticed within a minute. It is looked at again whenever requests or the ledger
 * change (a local write, a sync) and when someone signs in. The writes are the same mutators the
 * manager's actions run, as the person signed in (on a desk without a hub: its location
 * manager); with nobody signed in nothing is written and the timer keeps looking.
 *
 * The clock and the timer functions are injected: tests move the clock and fire the timer.
 */
import { v7 as uuidv7 } from 'uuid';
import { nextQuarter, quarterOf } from '../../../shared/domain/requests/flexBudget';
import type { Quarter } from '../../../shared/domain/requests/flexBudget';
import { compareInstants, instantAtLocal, msOf } from '../../../shared/domain/requests/requestTime';
import type { PushEvent } from '../../../shared/contract/events';
import type { TableName } from '../../../shared/model/tables';
import type { Actor } from '../../../shared/model/roles';
import { mutators } from '../../../shared/mutators';
import type { MutatorName } from '../../../shared/mutators/names';
import { todayOf, type CoreContext } from '../context';
import { openRequestsWithExpiry } from '../store/repositories/requestRepository';

export type Timers = { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void };

export const nodeTimers: Timers = {
  set(fn, ms) {
    const handle = setTimeout(fn, ms);
    handle.unref?.();
    return handle;
  },
  clear(handle) {
    clearTimeout(handle as NodeJS.Timeout);
  },
};

/** The tables whose change may move the next moment. */
const WATCHED: ReadonlySet<TableName> = new Set(['requests', 'hourLedger']);

export type DueOutcome = { expired: number; closedQuarters: number };

/** Runs `name` as `actor` at `at`, like `mutate` (roles checked); the touched tables, or null when refused. */
async function run(ctx: CoreContext, actor: Actor, name: MutatorName, args: unknown, at: string): Promise<TableName[] | null> {
  const mutator = mutators[name];
  if (!mutator.roles.includes(actor.role)) return null;
  const outcome = await ctx.mutations.apply(name, mutator.args.parse(args), { actor, createdAt: at });
  if (!outcome.ok) {
    ctx.log.warn({ mutation: name, rule: outcome.rule, args }, 'scheduled request step refused');
    return null;
  }
  return outcome.tables;
}

/**
 * Lets every open request whose expiry moment has come (at `at` or before) expire; only those of
 * `locationId` when given. The touched tables are added to `tables`.
 */
export async function expireDue(ctx: CoreContext, actor: Actor, at: string, tables: Set<TableName>, locationId?: string): Promise<number> {
  let expired = 0;
  for (const r of openRequestsWithExpiry(ctx.db)) {
    if (locationId !== undefined && r.locationId !== locationId) continue;
    if (compareInstants(at, r.expiresAt) < 0) continue;
    const touched = await run(ctx, actor, 'request.expire', { requestId: r.id, eventId: uuidv7() }, at);
    if (touched) {
      expired += 1;
      touched.forEach((t) => tables.add(t));
    }
  }
  return expired;
}

const QUARTER_ENDS = new Map<string, Quarter>([
  ['03-31', 1],
  ['06-30', 2],
  ['09-30', 3],
  ['12-31', 4],
]);

/**
 * Quarters that ended before `today` in which a child of a location still has flex hours left,
 * oldest first (a quarter's carry-over feeds the next one's close).
 */
export function quartersToClose(ctx: CoreContext, today: string): { locationId: string; year: number; quarter: Quarter }[] {
  const rows = ctx.db
    .prepare(
      `SELECT location_id AS locationId, valid_until AS validUntil FROM hourLedger
       WHERE account = 'flex' AND valid_until < ?
       GROUP BY location_id, valid_until, child_id HAVING SUM(minutes) > 0
       ORDER BY valid_until, location_id`,
    )
    .all(today) as { locationId: string; validUntil: string }[];
  const out = new Map<string, { locationId: string; year: number; quarter: Quarter }>();
  for (const r of rows) {
    const quarter = QUARTER_ENDS.get(r.validUntil.slice(5));
    if (quarter === undefined) continue;
    out.set(`${r.locationId}|${r.validUntil}`, { locationId: r.locationId, year: Number(r.validUntil.slice(0, 4)), quarter });
  }
  return [...out.values()];
}

export class RequestScheduler {
  private handle: unknown = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  /** When the timer is set to fire (ISO), for status and tests. */
  private nextAt: string | null = null;

  constructor(
    private readonly ctx: CoreContext,
    private readonly timers: Timers = nodeTimers,
    private readonly maxWaitMs = 60_000,
  ) {}

  start(): void {
    this.stopped = false;
    this.poke();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  /** Waits for a run in progress (for a clean shutdown and for tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** The instant the timer fires next; null when stopped. */
  scheduledAt(): string | null {
    return this.nextAt;
  }

  /** A core event: requests or the ledger changed, so the next moment may have moved. */
  notify(event: PushEvent): void {
    if (event.type === 'changed' && event.tables.some((t) => WATCHED.has(t))) this.poke();
  }

  /** Look again now: run what is due, then set the timer for the next moment. */
  poke(): void {
    if (this.stopped) return;
    void this.runOnce();
  }

  private runOnce(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.runDue();
        } while (this.again && !this.stopped);
      } catch (err) {
        this.ctx.log.error({ err }, 'request scheduler failed');
      } finally {
        this.running = null;
        this.schedule();
      }
    })();
    return this.running;
  }

  /** Expires what has come to its moment and closes ended quarters, as the person signed in. */
  async runDue(): Promise<DueOutcome> {
    const actor = this.ctx.session.actor();
    if (!actor) return { expired: 0, closedQuarters: 0 };
    const at = this.ctx.clock().toISOString();
    const tables = new Set<TableName>();
    const expired = await expireDue(this.ctx, actor, at, tables);
    let closedQuarters = 0;
    for (const q of quartersToClose(this.ctx, todayOf(this.ctx))) {
      const touched = await run(this.ctx, actor, 'flexBudget.closeQuarter', { ...q, eventId: uuidv7() }, at);
      if (touched) {
        closedQuarters += 1;
        touched.forEach((t) => tables.add(t));
      }
    }
    if (tables.size > 0) {
      this.ctx.emit({ type: 'changed', tables: [...tables] });
      this.ctx.sync.notifyLocalWrite();
    }
    return { expired, closedQuarters };
  }

  /**
   * The next moment that matters after now: the soonest expiry moment still to come, or the next
   * quarter's first minute. (A moment already passed was handled by the last run; when that
   * could not write, nobody signed in, it is tried again after `maxWaitMs`.)
   */
  nextMoment(): string {
    const now = this.ctx.clock().toISOString();
    const next = nextQuarter(quarterOf(todayOf(this.ctx)));
    let moment = instantAtLocal(next.from, 0);
    for (const r of openRequestsWithExpiry(this.ctx.db)) {
      if (compareInstants(r.expiresAt, now) > 0 && compareInstants(r.expiresAt, moment) < 0) moment = r.expiresAt;
    }
    return moment;
  }

  private schedule(): void {
    this.clearTimer();
    if (this.stopped) return;
    const now = this.ctx.clock().getTime();
    const delay = Math.min(this.maxWaitMs, Math.max(0, msOf(this.nextMoment()) - now));
    this.nextAt = new Date(now + delay).toISOString();
    this.handle = this.timers.set(() => {
      this.handle = null;
      this.poke();
    }, delay);
  }

  private clearTimer(): void {
    if (this.handle !== null) this.timers.clear(this.handle);
    this.handle = null;
    this.nextAt = null;
  }
}
