/**
 * The parent portal (spec/requests.md; issue 4, "a parent-portal endpoint on the hub (token per
 * parent)"): parents who may submit requests for their children, each with a bearer token of
 * its own. Security state like `devices`: an ordinary table no desk can write through sync; the
 * admin command issues a token (`parent-token`), the hub keeps only its SHA-256.
 *
 * - `parents`: the organisation, a name for the records, the family (`children.familyId`) and the
 *   children the parent may submit for (checked on every request), the token's hash.
 * - `portal_submissions`: append-only, every request the portal accepted or refused and why.
 * - Two lookup indexes for the request mutators' equality finds on `sync_rows` (a location's
 *   requests of a day or a swap's original day), as migration 003 does for children and staff.
 */
import type { Migration } from './index';

export const parents: Migration = {
  version: 4,
  name: 'parent portal',
  sql: `
CREATE TABLE parents (
  id text PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations (id),
  name text NOT NULL,
  email text,
  family_id text NOT NULL,
  child_ids text[] NOT NULL CHECK (cardinality(child_ids) > 0),
  -- SHA-256 (hex) of the token; the token itself is never stored
  token_hash text NOT NULL UNIQUE,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz
);
CREATE INDEX parents_organisation ON parents (organisation_id);

CREATE TABLE portal_submissions (
  parent_id text NOT NULL REFERENCES parents (id),
  request_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('accepted', 'duplicate', 'refused')),
  reason jsonb,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX portal_submissions_parent ON portal_submissions (parent_id, received_at);

CREATE INDEX sync_rows_requests_by_date ON sync_rows (space, tbl, (row ->> 'date'), (row ->> 'status'))
  WHERE tbl = 'requests';
CREATE INDEX sync_rows_requests_by_original_date ON sync_rows (space, tbl, (row ->> 'originalDate'))
  WHERE tbl = 'requests' AND (row ->> 'originalDate') IS NOT NULL;
`,
};
