/**
 * The hub's last device list per location, kept on the desk so the devices screen (and the
 * revoke button) works while the hub is out of reach. Only ever written from the hub's answers.
 */
import { DeviceListResponse, type GroupDeviceWire } from '../../../shared/sync/deviceProtocol';
import type { Db } from '../store/database';

export type Snapshot = { list: DeviceListResponse; fetchedAt: string };

export function readSnapshot(db: Db, locationId: string): Snapshot | null {
  const row = db.prepare('SELECT list, fetched_at FROM device_snapshots WHERE location_id = ?').get(locationId) as
    { list: string; fetched_at: string } | undefined;
  if (!row) return null;
  const parsed = DeviceListResponse.safeParse(JSON.parse(row.list));
  return parsed.success ? { list: parsed.data, fetchedAt: row.fetched_at } : null;
}

export function writeSnapshot(db: Db, locationId: string, list: DeviceListResponse, fetchedAt: string): void {
  db.prepare(
    `INSERT INTO device_snapshots (location_id, list, fetched_at) VALUES (?, ?, ?)
     ON CONFLICT (location_id) DO UPDATE SET list = excluded.list, fetched_at = excluded.fetched_at`,
  ).run(locationId, JSON.stringify(list), fetchedAt);
}

/** Puts the hub's answer about one device into the kept list (after a revocation was delivered). */
export function updateSnapshotDevice(db: Db, locationId: string, device: GroupDeviceWire): void {
  const snapshot = readSnapshot(db, locationId);
  if (!snapshot) return;
  const devices = snapshot.list.devices.some((d) => d.id === device.id)
    ? snapshot.list.devices.map((d) => (d.id === device.id ? device : d))
    : [...snapshot.list.devices, device];
  db.prepare('UPDATE device_snapshots SET list = ? WHERE location_id = ?').run(JSON.stringify({ ...snapshot.list, devices }), locationId);
}
