/**
 * What the desk's sync engine keeps: the hub it is enrolled with, its cursors per space, the
 * hybrid logical clock stamp of every outbox row, the hub's verdicts that need the manager's
 * attention, and the people who signed in here (for signing in again while offline).
 */
export const syncSchema = `
ALTER TABLE outbox ADD COLUMN hlc TEXT NOT NULL DEFAULT '';
-- the rows the mutation changed on the desk, JSON {table, id}[]: to show the hub's version beside a refused change
ALTER TABLE outbox ADD COLUMN touched TEXT NOT NULL DEFAULT '[]';

CREATE TABLE sync_cursors (
  space TEXT PRIMARY KEY,
  version INTEGER NOT NULL
) STRICT;

-- Mutations the hub refused: kept with the reason and both versions until the manager has seen them.
CREATE TABLE sync_rejections (
  seq INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  args TEXT NOT NULL,
  actor TEXT NOT NULL,
  created_at TEXT NOT NULL,
  reason_code TEXT NOT NULL,
  reason_rule TEXT,
  reason_message TEXT NOT NULL,
  -- the hub's current rows of what the mutation touched, as JSON {table, id, row}[]
  server_rows TEXT NOT NULL DEFAULT '[]',
  rejected_at TEXT NOT NULL,
  resolved_at TEXT
) STRICT;

-- People who signed in on this desk: an argon2 hash of their password for offline sign-in.
CREATE TABLE cached_users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('manager', 'assistant')),
  location_ids TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  signed_in_at TEXT NOT NULL
) STRICT;

CREATE TABLE sign_in_failures (
  email TEXT NOT NULL,
  failed_at TEXT NOT NULL
) STRICT;
CREATE INDEX sign_in_failures_by_email ON sign_in_failures (email, failed_at);
`;
