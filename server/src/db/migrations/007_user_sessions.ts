/**
 * Sessions the hub issues at sign-in (auth/userSessions.ts): every change a desk pushes and every
 * device command it sends names one, and the hub takes the person from it, never from the body.
 * The id is a secret the desk keeps; the hub keeps only its SHA-256. `deactivated_at` records
 * when a user was deactivated, so work made before that moment still counts when it arrives.
 * `devices.wipe`: a revoked desk is told to wipe its store, not only to stop.
 */
import type { Migration } from './index';

export const userSessions: Migration = {
  version: 7,
  name: 'user sessions issued at sign-in',
  sql: `
CREATE TABLE user_sessions (
  id_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  device_id text NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  issued_at timestamptz NOT NULL,
  -- online calls (device commands) until then
  expires_at timestamptz NOT NULL,
  -- work made under the session until then is accepted, also when it arrives later
  work_until timestamptz NOT NULL,
  ended_at timestamptz,
  ended_reason text CHECK (ended_reason IN ('deactivated', 'device_revoked'))
);
CREATE INDEX user_sessions_user ON user_sessions (user_id);
CREATE INDEX user_sessions_device ON user_sessions (device_id);
ALTER TABLE users ADD COLUMN deactivated_at timestamptz;
-- a revoked desk told to wipe its store (hub:admin revoke-device --wipe)
ALTER TABLE devices ADD COLUMN wipe boolean NOT NULL DEFAULT false;
UPDATE users SET deactivated_at = now() WHERE NOT active;
`,
};
