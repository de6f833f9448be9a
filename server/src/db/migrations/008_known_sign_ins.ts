/**
 * Accounts known on a desk: the last successful sign-in per desk and email. The per-IP limit on
 * sign-in failures does not hold back an account that signed in on that desk before (see
 * server/src/auth/rateLimit.ts), so a burst of wrong guesses from one address cannot lock the
 * desk's own people out. An index on `at` lets old attempts be removed without a full scan.
 */
import type { Migration } from './index';

export const knownSignIns: Migration = {
  version: 8,
  name: 'accounts known on a desk',
  sql: `
CREATE TABLE auth_known_sign_ins (
  device_id text NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  email text NOT NULL,
  last_success_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (device_id, email)
);
CREATE INDEX auth_failures_at ON auth_failures (at);
`,
};
