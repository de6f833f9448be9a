/**
 * Group iPads (spec/devices.md): the devices, their one-time pairing codes and the audit log.
 *
 * Security state, like `devices` for desks: ordinary tables no desk can write through sync. Desks
 * send commands (`/v1/group-devices/*`); the hub checks the acting person's role in `user_roles`
 * and writes these tables itself.
 *
 * - `group_devices`: one row per paired iPad, bound to one location and group. The credential is
 *   kept only as SHA-256 (like desks'); the public key is the device's own (PEM). A revoked or
 *   wiped device never becomes active again (a trigger refuses it): pairing again makes a new one.
 * - `pairing_codes`: SHA-256 of the normalised code, valid until `expires_at` (10 minutes by
 *   default), used once (`used_at`, set in the pairing transaction).
 * - `device_audit_log`: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE, as for
 *   `mutation_log`); per location a chain (seq 1, 2, ...) where each entry holds the hash of the
 *   one before (shared/domain/devices/auditChain.ts).
 */
import type { Migration } from './index';

export const groupDevices: Migration = {
  version: 2,
  name: 'group devices',
  sql: `
CREATE TABLE pairing_codes (
  id text PRIMARY KEY,
  -- SHA-256 (hex) of the normalised code; the code itself is never stored
  code_hash text NOT NULL UNIQUE,
  organisation_id text NOT NULL REFERENCES organisations (id),
  location_id text NOT NULL REFERENCES locations (id),
  group_id text NOT NULL,
  created_by text NOT NULL REFERENCES users (id),
  -- the desk the request came through
  created_by_desk text NOT NULL REFERENCES devices (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  device_id text
);
CREATE INDEX pairing_codes_expiry ON pairing_codes (expires_at);

CREATE TABLE group_devices (
  id text PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations (id),
  location_id text NOT NULL REFERENCES locations (id),
  group_id text NOT NULL,
  name text NOT NULL,
  public_key text NOT NULL,
  -- SHA-256 (hex) of the 32-byte random secret; the secret itself is never stored
  credential_hash text NOT NULL UNIQUE,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked', 'wiped')),
  pairing_code_id text NOT NULL REFERENCES pairing_codes (id),
  paired_by text NOT NULL REFERENCES users (id),
  paired_at timestamptz NOT NULL,
  last_seen_at timestamptz,
  app_version text,
  revoked_by text REFERENCES users (id),
  revoked_at timestamptz,
  revoked_reason text CHECK (revoked_reason IN ('lost', 'stolen', 'broken', 'other')),
  revoked_note text,
  -- the desk the revocation came through, and the desk's command id (retries are idempotent)
  revoked_by_desk text REFERENCES devices (id),
  revoke_command_id text,
  wipe_confirmed_at timestamptz,
  CHECK (status = 'active' OR (revoked_at IS NOT NULL AND revoked_reason IS NOT NULL)),
  CHECK (status <> 'wiped' OR wipe_confirmed_at IS NOT NULL)
);
CREATE INDEX group_devices_location ON group_devices (location_id, group_id);

-- active -> revoked -> wiped, never back.
CREATE FUNCTION group_devices_status_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'active' AND NEW.status = 'active' THEN
    RAISE EXCEPTION 'a revoked group device never becomes active again';
  END IF;
  IF OLD.status = 'wiped' AND NEW.status <> 'wiped' THEN
    RAISE EXCEPTION 'a wiped group device stays wiped';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER group_devices_status_only_forward BEFORE UPDATE ON group_devices
  FOR EACH ROW EXECUTE FUNCTION group_devices_status_forward();

CREATE TABLE device_audit_log (
  location_id text NOT NULL REFERENCES locations (id),
  seq bigint NOT NULL CHECK (seq > 0),
  at timestamptz NOT NULL,
  event text NOT NULL CHECK (event IN ('code_issued', 'paired', 'revoked', 'wiped')),
  actor_user_id text,
  actor_name text NOT NULL,
  desk_id text,
  device_id text,
  group_id text NOT NULL,
  details jsonb NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (location_id, seq)
);
CREATE INDEX device_audit_log_device ON device_audit_log (device_id);

CREATE FUNCTION device_audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'device_audit_log is append-only';
END
$$;
CREATE TRIGGER device_audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON device_audit_log
  FOR EACH ROW EXECUTE FUNCTION device_audit_log_is_append_only();
CREATE TRIGGER device_audit_log_no_truncate BEFORE TRUNCATE ON device_audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION device_audit_log_is_append_only();

-- Failed pairings count against the same per-IP limit as sign-ins and enrolments.
ALTER TABLE auth_failures DROP CONSTRAINT auth_failures_kind_check;
ALTER TABLE auth_failures ADD CONSTRAINT auth_failures_kind_check CHECK (kind IN ('sign_in', 'enrol', 'pair'));
`,
};
