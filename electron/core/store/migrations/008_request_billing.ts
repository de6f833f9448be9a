/**
 * Requests, second part (issue 6): the synced `schoolClosureDays` (the manager's opening
 * threshold for one school closure day of a location) and `billingLines` (invoice lines of
 * approved requests and their credits when an approval is revoked or cancelled) of
 * shared/model/tables.ts (snake_case columns, JSON fields as in rowCodec).
 */
export const requestBillingSchema = `
CREATE TABLE schoolClosureDays (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  date TEXT NOT NULL,
  threshold INTEGER NOT NULL CHECK (threshold >= 1),
  set_by TEXT NOT NULL,
  set_at TEXT NOT NULL,
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX school_closure_days_by_location_date ON schoolClosureDays (location_id, date);

CREATE TABLE billingLines (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  request_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  date TEXT NOT NULL,
  minutes INTEGER NOT NULL,
  cause TEXT NOT NULL CHECK (cause IN ('approved', 'revoked_approval', 'cancelled')),
  credits_line_id TEXT,
  posted_at TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX billing_lines_by_request ON billingLines (request_id);
CREATE INDEX billing_lines_by_location_date ON billingLines (location_id, date);
`;
