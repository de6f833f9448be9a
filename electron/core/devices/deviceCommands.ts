/**
 * The desk's queue of device revocations (spec/devices.md, "Revocation and wipe"): written in one
 * SQLite transaction when the person confirms (so the desk shows the device revoked at once, and a
 * crash loses nothing), then delivered by the sync engine before the outbox in every round
 * (sync/priorityCommands.ts), retried every `retryMs` until the hub confirms.
 *
 * The hub answers:
 *   200            delivered (also when the device was already revoked: the command is idempotent)
 *   4xx refusal    refused for good (role, location, unknown device): kept with the hub's message
 *   unreachable    stays pending; the round stops (nothing else can reach the hub either)
 *   desk revoked   stays pending; the round stops (the desk must be enrolled again)
 */
import { v7 as uuidv7 } from 'uuid';
import type { ApiError } from '../../../shared/contract/errors';
import type { Actor } from '../../../shared/model/roles';
import { RevokeDeviceResponse, type GroupDeviceWire, type RevocationReason } from '../../../shared/sync/deviceProtocol';
import type { CoreContext } from '../context';
import { NO_HUB_SESSION } from '../session';
import type { Db } from '../store/database';
import type { HubClient, HubFailure } from '../sync/hubClient';
import type { PriorityCommands } from '../sync/priorityCommands';
import { updateSnapshotDevice } from './deviceSnapshots';

/** Short and fixed (sync.md): a lost iPad must be cut off as soon as the line is back. */
export const DEFAULT_COMMAND_RETRY_MS = 5_000;

export type DeviceCommand = {
  seq: number;
  id: string;
  kind: 'revoke';
  locationId: string;
  deviceId: string;
  reason: RevocationReason;
  note: string;
  actor: Actor;
  /** The hub session it was given under (null: queued before sessions; the hub refuses it). */
  sessionId: string | null;
  createdAt: string;
  status: 'pending' | 'delivered' | 'refused';
  attempts: number;
  lastAttemptAt: string | null;
  lastError: string | null;
  deliveredAt: string | null;
  refusal: ApiError | null;
};

type CommandRow = {
  seq: number;
  id: string;
  kind: 'revoke';
  location_id: string;
  device_id: string;
  args: string;
  actor: string;
  session_id: string | null;
  created_at: string;
  status: DeviceCommand['status'];
  attempts: number;
  last_attempt_at: string | null;
  last_error: string | null;
  delivered_at: string | null;
  refusal: string | null;
};

function fromRow(r: CommandRow): DeviceCommand {
  const args = JSON.parse(r.args) as { reason: RevocationReason; note: string };
  return {
    seq: r.seq,
    id: r.id,
    kind: r.kind,
    locationId: r.location_id,
    deviceId: r.device_id,
    reason: args.reason,
    note: args.note,
    actor: JSON.parse(r.actor) as Actor,
    sessionId: r.session_id,
    createdAt: r.created_at,
    status: r.status,
    attempts: r.attempts,
    lastAttemptAt: r.last_attempt_at,
    lastError: r.last_error,
    deliveredAt: r.delivered_at,
    refusal: r.refusal ? (JSON.parse(r.refusal) as ApiError) : null,
  };
}

/** Queues a revocation; a device with a pending or delivered revocation keeps its first one. */
export function enqueueRevocation(
  db: Db,
  input: { locationId: string; deviceId: string; reason: RevocationReason; note: string; actor: Actor; sessionId: string; at: string },
): DeviceCommand {
  return db.transaction(() => {
    const existing = db
      .prepare(
        "SELECT * FROM device_commands WHERE kind = 'revoke' AND device_id = ? AND status IN ('pending', 'delivered') ORDER BY seq LIMIT 1",
      )
      .get(input.deviceId) as CommandRow | undefined;
    if (existing) return fromRow(existing);
    const info = db
      .prepare(
        `INSERT INTO device_commands (id, kind, location_id, device_id, args, actor, session_id, created_at)
         VALUES (?, 'revoke', ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        uuidv7(),
        input.locationId,
        input.deviceId,
        JSON.stringify({ reason: input.reason, note: input.note }),
        JSON.stringify(input.actor),
        input.sessionId,
        input.at,
      );
    return fromRow(db.prepare('SELECT * FROM device_commands WHERE seq = ?').get(info.lastInsertRowid) as CommandRow);
  })();
}

export function pendingCommands(db: Db): DeviceCommand[] {
  return (db.prepare("SELECT * FROM device_commands WHERE status = 'pending' ORDER BY seq").all() as CommandRow[]).map(fromRow);
}

export function pendingCount(db: Db): number {
  return (db.prepare("SELECT count(*) AS n FROM device_commands WHERE status = 'pending'").get() as { n: number }).n;
}

/** The latest revocation command per device of a location (any status). */
export function revocationsOf(db: Db, locationId: string): Map<string, DeviceCommand> {
  const rows = db
    .prepare("SELECT * FROM device_commands WHERE kind = 'revoke' AND location_id = ? ORDER BY seq")
    .all(locationId) as CommandRow[];
  return new Map(rows.map((r) => [r.device_id, fromRow(r)]));
}

/** The queue the sync engine delivers first in every round. */
export class DeviceCommandQueue implements PriorityCommands {
  constructor(
    private readonly ctx: Pick<CoreContext, 'db' | 'clock' | 'log' | 'emit'>,
    readonly retryMs: number = DEFAULT_COMMAND_RETRY_MS,
  ) {}

  undelivered(): number {
    return pendingCount(this.ctx.db);
  }

  async deliver(client: HubClient): Promise<HubFailure | null> {
    const changed = new Set<string>();
    try {
      for (const command of pendingCommands(this.ctx.db)) {
        const at = this.ctx.clock().toISOString();
        const answer = await client.send(
          '/v1/group-devices/revoke',
          {
            sessionId: command.sessionId ?? NO_HUB_SESSION,
            createdAt: command.createdAt,
            commandId: command.id,
            deviceId: command.deviceId,
            reason: command.reason,
            note: command.note,
          },
          RevokeDeviceResponse,
        );
        if (answer.ok) {
          this.delivered(command, at, answer.value.device);
          changed.add(command.locationId);
          continue;
        }
        const { failure } = answer;
        if (failure.kind === 'refused') {
          this.refused(command, at, failure.error);
          changed.add(command.locationId);
          continue;
        }
        this.ctx.db
          .prepare('UPDATE device_commands SET attempts = attempts + 1, last_attempt_at = ?, last_error = ? WHERE seq = ?')
          .run(at, failure.message, command.seq);
        this.ctx.log.warn({ commandId: command.id, deviceId: command.deviceId, failure: failure.kind }, 'device revocation not delivered');
        return failure;
      }
      return null;
    } finally {
      if (changed.size > 0) this.ctx.emit({ type: 'devicesChanged', locationIds: [...changed] });
    }
  }

  private delivered(command: DeviceCommand, at: string, device: GroupDeviceWire): void {
    this.ctx.db.transaction(() => {
      this.ctx.db
        .prepare(
          "UPDATE device_commands SET status = 'delivered', attempts = attempts + 1, last_attempt_at = ?, delivered_at = ?, last_error = NULL WHERE seq = ?",
        )
        .run(at, at, command.seq);
      updateSnapshotDevice(this.ctx.db, command.locationId, device);
    })();
    this.ctx.log.info({ commandId: command.id, deviceId: command.deviceId }, 'device revocation delivered');
  }

  private refused(command: DeviceCommand, at: string, error: ApiError): void {
    this.ctx.db
      .prepare(
        "UPDATE device_commands SET status = 'refused', attempts = attempts + 1, last_attempt_at = ?, last_error = ?, refusal = ? WHERE seq = ?",
      )
      .run(at, error.message, JSON.stringify(error), command.seq);
    this.ctx.log.warn(
      { commandId: command.id, deviceId: command.deviceId, code: error.code, rule: error.rule },
      'device revocation refused by the hub',
    );
  }
}
