/**
 * A group iPad in software: speaks the hub's device API (routes/deviceApi.ts) the way the group
 * app does, so the tests and demos can run the whole pairing -> revocation -> wipe flow.
 *
 * - pair: a one-time code from the desk, the device's name and a fresh P-256 public key
 *   -> a device credential (kept in memory, and in `dataDir` when given).
 * - fetchDay / checkIn: the group's day and "still here"; every answer renews the lease.
 * - A 401 with `instruction: 'wipe'`: delete everything stored (memory and `dataDir`), confirm
 *   the wipe with the credential one last time, then forget the credential.
 * - The lease: the device counts on its own clock from the moment of the hub's answer (so a
 *   device clock that is off does not matter) and locks itself when the lease runs out without
 *   contact; the next answer from the hub unlocks it.
 */
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  DeviceCheckInResponse,
  DeviceDayResponse,
  DevicePairResponse,
  DeviceRefusal,
  DeviceWipeConfirmResponse,
  DEVICE_WIPE_INSTRUCTION,
  type DeviceLease,
} from '../../../shared/sync/deviceProtocol';
import type { z } from 'zod';

export type DeviceSimState = 'unpaired' | 'active' | 'locked' | 'wiping' | 'wiped';

export type DeviceSimOptions = {
  hubUrl: string;
  name: string;
  appVersion?: string;
  /** The device's own clock (tests move it to expire the lease). */
  clock?: () => Date;
  /** Where the device keeps its credential and the day (wiped on revocation); memory only when absent. */
  dataDir?: string;
  /** How often `start()` checks in and fetches the day. */
  intervalMs?: number;
  /** Every event as one line (the CLI prints them). */
  log?: (line: string) => void;
  timeoutMs?: number;
};

export type CallOutcome<T> =
  | { kind: 'ok'; value: T }
  /** The hub refused the credential and said to wipe: done (and confirmed when the hub could be reached). */
  | { kind: 'wiped'; confirmed: boolean }
  | { kind: 'unreachable'; message: string }
  | { kind: 'refused'; status: number; code: string; message: string };

type Stored = { deviceId: string; credential: string; groupName: string; locationName: string; day: DeviceDayResponse | null };

const STATE_FILE = 'device.json';

export class DeviceSimulator {
  state: DeviceSimState = 'unpaired';
  deviceId: string | null = null;
  groupName: string | null = null;
  locationName: string | null = null;
  day: DeviceDayResponse | null = null;
  /** When (device clock, ms) the device locks itself without contact; null before pairing. */
  lockAt: number | null = null;
  lease: DeviceLease | null = null;
  wipeConfirmedAt: string | null = null;
  /** The instant the last wipe instruction arrived (device clock). */
  wipeInstructedAt: string | null = null;

  private credential: string | null = null;
  private readonly publicKey: string;
  private readonly clock: () => Date;
  private timer: NodeJS.Timeout | null = null;
  private leaseTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: DeviceSimOptions) {
    this.clock = options.clock ?? (() => new Date());
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.publicKey = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  /** Whether anything of the group is still stored on the device (memory or disk). */
  holdsData(): boolean {
    return this.credential !== null || this.day !== null || (this.options.dataDir !== undefined && fs.existsSync(this.stateFile()));
  }

  async pair(code: string): Promise<CallOutcome<DevicePairResponse>> {
    const answer = await this.request('POST', '/device/v1/pair', DevicePairResponse, {
      code,
      deviceName: this.options.name,
      publicKey: this.publicKey,
      appVersion: this.options.appVersion ?? '1.0.0',
    });
    if (answer.kind !== 'ok') return answer;
    const paired = answer.value;
    this.credential = paired.credential;
    this.deviceId = paired.deviceId;
    this.groupName = paired.groupName;
    this.locationName = paired.locationName;
    this.state = 'active';
    this.renew(paired.lease, paired.serverTime);
    this.save();
    this.log(`gekoppeld als ${paired.deviceId} aan groep ${paired.groupName} (${paired.locationName})`);
    return answer;
  }

  async fetchDay(): Promise<CallOutcome<DeviceDayResponse>> {
    const answer = await this.authorised('GET', '/device/v1/day', DeviceDayResponse);
    if (answer.kind === 'ok') {
      this.day = answer.value;
      this.save();
      const { children, staff } = answer.value;
      this.log(
        `dag ${answer.value.date}: ${children.length} ${children.length === 1 ? 'kind' : 'kinderen'}, ${staff.length} ${staff.length === 1 ? 'medewerker' : 'medewerkers'}`,
      );
    }
    return answer;
  }

  async checkIn(): Promise<CallOutcome<DeviceCheckInResponse>> {
    const answer = await this.authorised('POST', '/device/v1/check-in', DeviceCheckInResponse, {
      appVersion: this.options.appVersion ?? '1.0.0',
    });
    if (answer.kind === 'ok') this.log(`ingecheckt; lease tot ${answer.value.lease.expiresAt}`);
    return answer;
  }

  /** Locks the device when its lease ran out on its own clock; true when locked. */
  checkLease(): boolean {
    if (this.state === 'active' && this.lockAt !== null && this.clock().getTime() >= this.lockAt) {
      this.state = 'locked';
      this.log('VERGRENDELD: te lang geen contact met de hub (lease verlopen)');
    }
    return this.state === 'locked';
  }

  /** What the group staff would see: the day, unless locked or wiped. */
  visibleDay(): DeviceDayResponse | null {
    this.checkLease();
    return this.state === 'active' ? this.day : null;
  }

  /** Checks in and fetches the day now and every `intervalMs`; checks the lease every second. */
  start(): void {
    const interval = this.options.intervalMs ?? 30_000;
    const tick = async () => {
      if (this.isWiped() || this.state === 'unpaired') return;
      const checked = await this.checkIn();
      if (checked.kind === 'ok') await this.fetchDay();
      else if (checked.kind === 'unreachable') this.log(`hub niet bereikbaar: ${checked.message}`);
      if (!this.isWiped()) this.timer = setTimeout(() => void tick(), interval);
    };
    void tick();
    this.leaseTimer = setInterval(() => this.checkLease(), 1_000);
  }

  isWiped(): boolean {
    return this.state === 'wiped';
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.leaseTimer) clearInterval(this.leaseTimer);
    this.timer = null;
    this.leaseTimer = null;
  }

  /** Retries the wipe confirmation (after a wipe whose confirmation could not reach the hub). */
  async confirmWipe(): Promise<boolean> {
    if (this.state !== 'wiping' || !this.credential) return this.state === 'wiped';
    const answer = await this.request('POST', '/device/v1/wipe-confirmed', DeviceWipeConfirmResponse, {
      wipedAt: this.wipeInstructedAt ?? this.clock().toISOString(),
    });
    if (answer.kind !== 'ok') {
      this.log(`wissen nog niet bevestigd: ${'message' in answer ? answer.message : answer.kind}`);
      return false;
    }
    this.credential = null;
    this.state = 'wiped';
    this.wipeConfirmedAt = answer.value.confirmedAt;
    this.stop();
    this.log(`wissen bevestigd door de hub (${answer.value.confirmedAt})`);
    return true;
  }

  private async authorised<S extends z.ZodType>(
    method: 'GET' | 'POST',
    urlPath: string,
    schema: S,
    body?: unknown,
  ): Promise<CallOutcome<z.infer<S>>> {
    if (!this.credential || this.state === 'wiped' || this.state === 'wiping') {
      return { kind: 'refused', status: 0, code: 'not_paired', message: 'dit apparaat is niet (meer) gekoppeld' };
    }
    return this.request(method, urlPath, schema, body);
  }

  private async request<S extends z.ZodType>(
    method: 'GET' | 'POST',
    urlPath: string,
    schema: S,
    body?: unknown,
  ): Promise<CallOutcome<z.infer<S>>> {
    let response: Response;
    try {
      response = await fetch(new URL(urlPath, this.options.hubUrl), {
        method,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(this.credential ? { authorization: `Bearer ${this.credential}` } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (err) {
      return { kind: 'unreachable', message: err instanceof Error ? err.message : String(err) };
    }
    const json: unknown = await response.json().catch(() => null);
    if (response.status >= 500 || json === null) return { kind: 'unreachable', message: `hub antwoordde ${response.status}` };
    if (!response.ok) {
      const refusal = DeviceRefusal.safeParse(json);
      if (response.status === 401 && refusal.success && refusal.data.instruction === DEVICE_WIPE_INSTRUCTION) {
        return { kind: 'wiped', confirmed: await this.wipe() };
      }
      const error = refusal.success ? refusal.data.error : { code: 'unknown', message: `hub antwoordde ${response.status}` };
      return { kind: 'refused', status: response.status, code: error.code, message: error.message };
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) return { kind: 'unreachable', message: 'het antwoord van de hub klopt niet met het protocol' };
    const value = parsed.data as { lease?: DeviceLease; serverTime?: string };
    if (value.lease && value.serverTime && this.state !== 'wiping') this.renew(value.lease, value.serverTime);
    return { kind: 'ok', value: parsed.data };
  }

  /** The wipe instruction: everything of the group goes, then the hub hears it. */
  private async wipe(): Promise<boolean> {
    this.log('INGETROKKEN: de hub geeft de opdracht alles te wissen');
    this.wipeInstructedAt = this.clock().toISOString();
    this.state = 'wiping';
    this.day = null;
    this.groupName = null;
    this.locationName = null;
    this.lockAt = null;
    this.lease = null;
    if (this.options.dataDir) fs.rmSync(this.stateFile(), { force: true });
    this.log('lokale gegevens gewist');
    return this.confirmWipe();
  }

  private renew(lease: DeviceLease, serverTime: string): void {
    this.lease = lease;
    this.lockAt = this.clock().getTime() + (Date.parse(lease.expiresAt) - Date.parse(serverTime));
    if (this.state === 'locked') {
      this.state = 'active';
      this.log('ontgrendeld: weer contact met de hub');
    }
  }

  private stateFile(): string {
    return path.join(this.options.dataDir ?? '.', STATE_FILE);
  }

  private save(): void {
    if (!this.options.dataDir || !this.credential || !this.deviceId) return;
    const stored: Stored = {
      deviceId: this.deviceId,
      credential: this.credential,
      groupName: this.groupName ?? '',
      locationName: this.locationName ?? '',
      day: this.day,
    };
    fs.mkdirSync(this.options.dataDir, { recursive: true });
    fs.writeFileSync(this.stateFile(), JSON.stringify(stored), { mode: 0o600 });
  }

  private log(line: string): void {
    this.options.log?.(`[${this.options.name}] ${line}`);
  }
}
