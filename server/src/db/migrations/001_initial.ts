/**
 * The hub's first schema.
 *
 * Security state (organisations, locations, users and roles, devices, enrolment codes) lives in
 * ordinary tables that no desk can write through sync. The synced data lives in one generic table,
 * `sync_rows`, keyed by (space, table, id), where space is a location id or `org:<organisation>`.
 *
 * Partitioning by space: `sync_rows` is hash-partitioned on `space` from the start (16
 * partitions). Every query of the hub names its space(s) (`space = $1` or `space = ANY($1)`), so
 * PostgreSQL prunes to the partitions involved, and every index (the primary key, the
 * (space, version) cursor index, the GIN index for `find`) exists per partition. To grow: create
 * a new table with more partitions (or LIST partitions for the largest locations), copy with
 * `INSERT ... SELECT`, and swap the names in one migration; or detach a partition, split it, and
 * attach the parts. `space_versions` is one small row per space and needs no partitioning;
 * `mutation_log` can be range-partitioned by `applied_at` when it needs archiving.
 */
import type { Migration } from './index';

const SYNC_ROW_PARTITIONS = 16;

const partitions = Array.from(
  { length: SYNC_ROW_PARTITIONS },
  (_, i) =>
    `CREATE TABLE sync_rows_p${String(i).padStart(2, '0')} PARTITION OF sync_rows FOR VALUES WITH (MODULUS ${SYNC_ROW_PARTITIONS}, REMAINDER ${i});`,
).join('\n');

export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE organisations (
  id text PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE locations (
  id text PRIMARY KEY CHECK (position(':' in id) = 0),
  organisation_id text NOT NULL REFERENCES organisations (id),
  name text NOT NULL,
  code text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX locations_organisation ON locations (organisation_id);

CREATE TABLE users (
  id text PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations (id),
  email text NOT NULL,
  name text NOT NULL,
  -- argon2id, PHC string
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_organisation_email ON users (organisation_id, lower(email));

-- A user's role per location: the hub checks every mutation against it.
CREATE TABLE user_roles (
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  location_id text NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('manager', 'assistant')),
  PRIMARY KEY (user_id, location_id)
);

CREATE TABLE devices (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('desk')),
  organisation_id text NOT NULL REFERENCES organisations (id),
  name text NOT NULL,
  -- SHA-256 (hex) of the 32-byte random secret; the secret itself is never stored
  credential_hash text NOT NULL UNIQUE,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked')),
  revoked_at timestamptz,
  revoked_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  -- the last mutation of this device the hub has processed (applied or rejected)
  last_mutation_id bigint NOT NULL DEFAULT 0 CHECK (last_mutation_id >= 0)
);
CREATE INDEX devices_organisation ON devices (organisation_id);

CREATE TABLE device_locations (
  device_id text NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  location_id text NOT NULL REFERENCES locations (id),
  PRIMARY KEY (device_id, location_id)
);

CREATE TABLE enrolment_codes (
  id text PRIMARY KEY,
  -- SHA-256 (hex) of the normalised code
  code_hash text NOT NULL UNIQUE,
  organisation_id text NOT NULL REFERENCES organisations (id),
  location_ids text[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  device_id text REFERENCES devices (id)
);

-- One row per space; locked FOR UPDATE by every write, so versions of a space are handed out
-- and committed in order, across hub processes.
CREATE TABLE space_versions (
  space text PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations (id),
  version bigint NOT NULL DEFAULT 0
);

CREATE TABLE sync_rows (
  space text NOT NULL,
  tbl text NOT NULL,
  id text NOT NULL,
  version bigint NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  -- the whole row as the shared schema describes it (camelCase); NULL for a tombstone
  row jsonb,
  PRIMARY KEY (space, tbl, id)
) PARTITION BY HASH (space);
${partitions}
CREATE INDEX sync_rows_space_version ON sync_rows (space, version);
CREATE INDEX sync_rows_row ON sync_rows USING gin (row jsonb_path_ops);

-- Append-only: every mutation a device pushed and what became of it.
CREATE TABLE mutation_log (
  device_id text NOT NULL REFERENCES devices (id),
  mutation_id bigint NOT NULL,
  name text NOT NULL,
  args jsonb,
  actor jsonb NOT NULL,
  hlc text NOT NULL,
  -- when the desk made it (its clock)
  created_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('applied', 'rejected')),
  reason jsonb,
  -- when the hub processed it (the hub's clock)
  applied_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (device_id, mutation_id)
);

CREATE FUNCTION mutation_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'mutation_log is append-only';
END
$$;
CREATE TRIGGER mutation_log_no_update_or_delete BEFORE UPDATE OR DELETE ON mutation_log
  FOR EACH ROW EXECUTE FUNCTION mutation_log_is_append_only();
CREATE TRIGGER mutation_log_no_truncate BEFORE TRUNCATE ON mutation_log
  FOR EACH STATEMENT EXECUTE FUNCTION mutation_log_is_append_only();

-- Failed sign-ins and enrolments, for rate limits that hold across hub processes.
CREATE TABLE auth_failures (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('sign_in', 'enrol')),
  device_id text,
  email text,
  ip text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX auth_failures_ip ON auth_failures (kind, ip, at);
CREATE INDEX auth_failures_device_email ON auth_failures (kind, device_id, email, at);
`,
};
