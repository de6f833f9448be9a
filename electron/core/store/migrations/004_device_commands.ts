/**
 * Group iPads on the desk (spec/devices.md). Security state lives on the hub; the desk keeps only:
 *
 * - `device_commands`: the small queue of security commands (revocations) the sync engine
 *   delivers before anything else in every round, retried at a short fixed interval until the
 *   hub confirms. A row is the desk's promise that the command will reach the hub: written in one
 *   transaction when the person confirms, shown at once as "revoked, not yet delivered".
 * - `device_snapshots`: the hub's last answer of the device list per location, to show the
 *   devices (and to know which may be revoked) while the hub cannot be reached.
 */
export const deviceCommandsSchema = `
CREATE TABLE device_commands (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  -- the hub's idempotency key: every retry sends the same id
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('revoke')),
  location_id TEXT NOT NULL,
  device_id TEXT NOT NULL,
  -- JSON: { reason, note }
  args TEXT NOT NULL,
  -- JSON: the person who gave the command { userId, role, name }
  actor TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'refused')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_attempt_at TEXT,
  last_error TEXT,
  delivered_at TEXT,
  -- JSON: the hub's refusal { code, message, rule? } (a permanent one: role, location)
  refusal TEXT
) STRICT;
CREATE INDEX device_commands_pending ON device_commands (status, seq);

CREATE TABLE device_snapshots (
  location_id TEXT PRIMARY KEY,
  -- JSON: the hub's DeviceListResponse
  list TEXT NOT NULL,
  fetched_at TEXT NOT NULL
) STRICT;
`;
