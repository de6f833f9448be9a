/**
 * The desk's sync engine (sync.md): push the outbox, pull the hub's changes page by page, rebase.
 * One round at a time. Triggers: a local write (debounced), a timer, `syncNow` (the manager's
 * button, the renderer coming back online). A failed round is retried with jittered backoff on
 * its own schedule: new local writes neither hurry nor delay it. The desk keeps working on its
 * store whatever the hub does.
 */
import path from 'node:path';
import type { SyncStatus } from '../../../shared/contract/views';
import { PROTOCOL_VERSION, MAX_PUSH_MUTATIONS, type MutationResult } from '../../../shared/sync/protocol';
import type { CoreContext } from '../context';
import { retryDelay, type BackoffSettings, defaultBackoff } from './backoff';
import type { CredentialStore } from './credentialStore';
import { HubClient, type HubFailure } from './hubClient';
import type { PriorityCommands } from './priorityCommands';
import { rebase } from './rebase';
import { applyRevocation, readRevocation } from './revocation';
import { NO_HUB_SESSION } from '../session';
import { forgetCachedSession } from './signIn';
import { openRejectionCount, readCursors, readEnrolment } from './syncRepository';
import { isOlderVersion } from './version';

export type SyncTiming = {
  /** Quiet time after a local write before pushing it. */
  debounceMs: number;
  /** How often to pull when nothing happens. */
  intervalMs: number;
  backoff: BackoffSettings;
  random: () => number;
};

export const defaultSyncTiming: SyncTiming = { debounceMs: 1_000, intervalMs: 30_000, backoff: defaultBackoff, random: Math.random };

/** At most this many pull pages in one round, so a round always ends. */
const MAX_PAGES_PER_ROUND = 1_000;

export class SyncEngine {
  private state: SyncStatus['state'] = 'local_only';
  private lastSuccessAt: string | null = null;
  private lastAttemptAt: string | null = null;
  private nextAttemptAt: string | null = null;
  private lastError: string | null = null;
  private clockSkewMs: number | null = null;
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly results = new Map<number, MutationResult>();
  private priority: PriorityCommands | null = null;
  private pushing = false;

  constructor(
    private readonly ctx: CoreContext,
    private readonly credentials: CredentialStore,
    private readonly timing: SyncTiming = defaultSyncTiming,
  ) {
    if (readEnrolment(ctx.db)) this.state = 'offline';
    // A revoked desk stays locked after a restart, also offline.
    const revocation = readRevocation(ctx.db);
    if (revocation) {
      this.state = 'revoked';
      this.lastError = revocation.message;
    }
  }

  start(): void {
    this.stopped = false;
    if (readEnrolment(this.ctx.db)) this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Wait for the round in progress, if any (for a clean shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  status(): SyncStatus {
    const enrolment = readEnrolment(this.ctx.db);
    return {
      state: enrolment ? this.state : 'local_only',
      hubUrl: enrolment?.hubUrl ?? null,
      deviceId: enrolment?.deviceId ?? null,
      lastSuccessAt: this.lastSuccessAt,
      lastAttemptAt: this.lastAttemptAt,
      nextAttemptAt: this.nextAttemptAt,
      pending: this.ctx.mutations.pendingCount(),
      needsAttention: openRejectionCount(this.ctx.db),
      undeliveredRevocations: this.priority?.undelivered() ?? 0,
      clockSkewMs: this.clockSkewMs,
      lastError: this.lastError,
      revocation: readRevocation(this.ctx.db),
    };
  }

  /** The hub revoked this desk (also known from a previous run): it answers almost nothing (access.ts). */
  isRevoked(): boolean {
    return this.state === 'revoked';
  }

  /** True while changes are being sent to the hub (priority commands, the outbox): the updater never restarts then. */
  isPushing(): boolean {
    return this.pushing;
  }

  /** Security commands (device revocations): delivered first in every round, retried every `retryMs` while undelivered. */
  setPriorityCommands(commands: PriorityCommands): void {
    this.priority = commands;
  }

  /** A local change was saved: push it soon, unless a retry is already scheduled after a failure. */
  notifyLocalWrite(): void {
    this.publish();
    if (this.failures === 0 && this.isActive()) this.schedule(this.timing.debounceMs);
  }

  /** Sync now (the manager's button, back online): resets the backoff and runs a round. */
  async syncNow(): Promise<SyncStatus> {
    if (!readEnrolment(this.ctx.db) || this.state === 'revoked') return this.status();
    this.failures = 0;
    await this.runRound();
    return this.status();
  }

  private isActive(): boolean {
    return !this.stopped && this.state !== 'revoked' && this.state !== 'update_required' && readEnrolment(this.ctx.db) !== null;
  }

  private schedule(delayMs: number): void {
    if (!this.isActive()) return;
    if (this.timer) clearTimeout(this.timer);
    this.nextAttemptAt = new Date(this.ctx.clock().getTime() + delayMs).toISOString();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runRound();
    }, delayMs);
    this.timer.unref?.();
  }

  private async runRound(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.round();
      } while (this.again && this.isActive());
    })();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
    if (this.isActive()) {
      const delay = this.failures > 0 ? retryDelay(this.failures, this.timing.random(), this.timing.backoff) : this.timing.intervalMs;
      this.schedule(this.priority?.undelivered() ? Math.min(delay, this.priority.retryMs) : delay);
    }
    this.publish();
  }

  private async round(): Promise<void> {
    const enrolment = readEnrolment(this.ctx.db);
    const credential = this.credentials.load();
    if (!enrolment || !credential) return;
    const client = new HubClient(enrolment.hubUrl, credential, this.ctx.clock);
    this.lastAttemptAt = this.ctx.clock().toISOString();
    this.state = 'syncing';
    this.publish();
    try {
      this.pushing = true;
      const pushFailure = (await this.priority?.deliver(client)) ?? (await this.push(client, enrolment.deviceId));
      this.pushing = false;
      const failure = pushFailure ?? (await this.pull(client, enrolment.deviceId));
      if (failure) return this.fail(failure);
      this.failures = 0;
      this.state = 'online';
      this.lastError = null;
      this.lastSuccessAt = this.ctx.clock().toISOString();
    } catch (err) {
      this.ctx.log.error({ err }, 'sync round failed');
      this.fail({ kind: 'unreachable', message: err instanceof Error ? err.message : String(err) });
    } finally {
      this.pushing = false;
    }
  }

  private async push(client: HubClient, deviceId: string): Promise<HubFailure | null> {
    let size = MAX_PUSH_MUTATIONS;
    for (;;) {
      // the hub processes in order: everything up to the highest verdict we hold is done
      const after = Math.max(0, ...this.results.keys());
      const batch = this.ctx.mutations.pendingAfter(after, size);
      if (batch.length === 0) return null;
      const answer = await client.push({
        protocolVersion: PROTOCOL_VERSION,
        deviceId,
        mutations: batch.map((row) => ({
          id: row.seq,
          name: row.name,
          args: JSON.parse(row.args),
          hlc: row.hlc,
          createdAt: row.createdAt,
          sessionId: row.sessionId ?? NO_HUB_SESSION,
        })),
      });
      // More work than the hub takes in one push (nothing was applied): the same changes again in halves.
      if (!answer.ok && isTooMuchWork(answer.failure) && batch.length > 1) {
        size = Math.ceil(batch.length / 2);
        continue;
      }
      if (!answer.ok) return answer.failure;
      this.clockSkewMs = answer.value.clockSkewMs ?? null;
      for (const r of answer.value.results) this.results.set(r.id, r);
      if (batch.length < size) return null;
    }
  }

  private async pull(client: HubClient, deviceId: string): Promise<HubFailure | null> {
    for (let page = 0; page < MAX_PAGES_PER_ROUND; page++) {
      const sessionId = this.ctx.session.sessionId();
      const answer = await client.pull({
        protocolVersion: PROTOCOL_VERSION,
        deviceId,
        cursors: readCursors(this.ctx.db),
        ...(sessionId ? { sessionId } : {}),
      });
      if (!answer.ok) return answer.failure;
      const response = answer.value;
      for (const c of response.control) {
        if (c.type === 'revoked')
          return { kind: 'revoked', message: c.reason ?? 'De hub heeft deze desk ontkoppeld.', wipe: c.wipe === true };
        if (c.type === 'sessionEnded' && sessionId && this.ctx.session.sessionId() === sessionId) this.endSession(sessionId, c.message);
        if (c.type === 'minClientVersion' && isOlderVersion(this.ctx.version, c.version)) {
          this.state = 'update_required';
          this.lastError = `De hub vraagt Opvangdesk ${c.version} of nieuwer.`;
          return null;
        }
      }
      this.clockSkewMs = response.clockSkewMs ?? this.clockSkewMs;
      // the hub's log is authoritative; a push answer of `duplicate` carries no reason
      for (const r of response.results) if (r.status !== 'duplicate') this.results.set(r.id, r);
      const outcome = await rebase(this.ctx, { page: response, results: this.results, now: this.ctx.clock().toISOString() });
      for (const id of [...this.results.keys()]) if (id <= response.lastMutationId) this.results.delete(id);
      if (outcome.tables.length > 0) this.ctx.emit({ type: 'changed', tables: outcome.tables });
      if (!response.hasMore) return null;
    }
    return null;
  }

  private fail(failure: HubFailure): void {
    this.lastError = failure.kind === 'refused' ? failure.error.message : failure.message;
    if (failure.kind === 'revoked') {
      this.state = 'revoked';
      this.ctx.log.warn({ message: failure.message, wipe: failure.wipe }, 'hub revoked this desk');
      const revocation = applyRevocation(this.ctx.db, {
        message: failure.message,
        wipe: failure.wipe,
        at: this.ctx.clock().toISOString(),
        backupsDir: path.join(this.ctx.dataDir, 'backups'),
      });
      this.lastError = revocation.message;
      this.ctx.session.signOut(revocation.wiped ? 'De hub heeft deze desk ingetrokken en de gegevens erop gewist.' : revocation.message);
      this.ctx.emit({ type: 'session', session: this.ctx.session.info() });
      return;
    }
    this.failures++;
    this.state = failure.kind === 'unreachable' ? 'offline' : 'error';
    this.ctx.log.info({ failure: failure.kind, message: this.lastError, failures: this.failures }, 'sync round failed');
  }

  /** The hub says the signed-in person's session may no longer act: sign them out here and now. */
  private endSession(sessionId: string, message: string): void {
    forgetCachedSession(this.ctx.db, sessionId);
    this.ctx.session.signOut(message);
    this.ctx.log.warn({ message }, 'hub ended the session of the person signed in');
    this.ctx.emit({ type: 'session', session: this.ctx.session.info() });
  }

  private publish(): void {
    this.ctx.emit({ type: 'syncStatus', status: this.status() });
  }
}

/** The hub's answer to a push over its work budget (`hub.push_too_large`, server/src/sync/pushBudget.ts) or its body limit: 413 either way. */
function isTooMuchWork(failure: HubFailure): boolean {
  return failure.kind === 'refused' && failure.status === 413;
}
