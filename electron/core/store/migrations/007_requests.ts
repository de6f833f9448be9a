/**
 * Parents' requests (spec/requests.md, issue 6): the synced `requests`, `requestEvents`,
 * `hourLedger` and `requestTasks` tables of shared/model/tables.ts (snake_case columns, JSON and
 * 0/1 fields as in rowCodec). A request's `state` (JSON) is the truth; `status`, `decided_by` and
 * `decided_at` repeat it for the queue's queries. A balance is a sum of `hourLedger` rows.
 */
export const requestsSchema = `
CREATE TABLE requests (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  group_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('absence', 'swapDay', 'extraDay', 'flexDay', 'extension', 'schoolClosureDay')),
  submitted_at TEXT NOT NULL,
  expires_at TEXT,
  entered_by TEXT NOT NULL DEFAULT 'null',
  channel TEXT NOT NULL CHECK (channel IN ('portal', 'email', 'phone', 'desk')),
  date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  start INTEGER,
  "end" INTEGER,
  original_child_id TEXT,
  original_date TEXT,
  absence_reason TEXT,
  initiated_by TEXT,
  payment TEXT,
  recurring INTEGER NOT NULL DEFAULT 0,
  other_group_consent INTEGER NOT NULL DEFAULT 0,
  parent_note TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('submitted', 'approved', 'rejected', 'cancelled', 'expired', 'revoked')),
  state TEXT NOT NULL,
  decided_by TEXT NOT NULL DEFAULT 'null',
  decided_at TEXT,
  intake_failures TEXT NOT NULL DEFAULT '[]',
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX requests_by_location_date ON requests (location_id, date, status);
CREATE INDEX requests_by_location_status ON requests (location_id, status, kind);
CREATE INDEX requests_by_location_original_date ON requests (location_id, original_date) WHERE original_date IS NOT NULL;
CREATE INDEX requests_by_child ON requests (child_id);

CREATE TABLE requestEvents (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  request_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  at TEXT NOT NULL,
  "action" TEXT NOT NULL,
  "by" TEXT NOT NULL DEFAULT 'null',
  from_status TEXT,
  to_status TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  rules TEXT NOT NULL DEFAULT '[]',
  rejection TEXT NOT NULL DEFAULT 'null',
  parent_message TEXT NOT NULL DEFAULT '',
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX request_events_by_request ON requestEvents (request_id, at);
CREATE INDEX request_events_by_location ON requestEvents (location_id, at);

CREATE TABLE hourLedger (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  account TEXT NOT NULL CHECK (account IN ('swap_hours', 'flex')),
  minutes INTEGER NOT NULL,
  cause TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  source_request_id TEXT,
  location_initiated INTEGER NOT NULL DEFAULT 0,
  posted_at TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX hour_ledger_by_child ON hourLedger (child_id, account);
CREATE INDEX hour_ledger_by_location ON hourLedger (location_id, valid_until);

CREATE TABLE requestTasks (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  request_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  done_at TEXT,
  done_by TEXT NOT NULL DEFAULT 'null',
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX request_tasks_by_location ON requestTasks (location_id, done_at);
`;
