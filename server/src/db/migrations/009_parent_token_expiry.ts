/**
 * Parent-portal tokens that expire and can be revoked (issue 15, item 9). A token is valid from
 * `issued_at` (the hub's clock when the admin command issued it) for the hub's
 * `parentTokenDays` (HUB_PARENT_TOKEN_DAYS, default 90): the expiry follows the setting, so
 * shortening it ends old tokens at once. `hub:admin revoke-parent-token` sets `active` false with
 * the moment and the reason, for the record.
 *
 * Tokens issued before this migration count from the migration (now()), not from their creation:
 * a parent who had a token for a year keeps it for the setting's period and is not cut off by
 * the upgrade itself.
 */
import type { Migration } from './index';

export const parentTokenExpiry: Migration = {
  version: 9,
  name: 'parent token expiry',
  sql: `
ALTER TABLE parents ADD COLUMN issued_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE parents ALTER COLUMN issued_at DROP DEFAULT;
ALTER TABLE parents ADD COLUMN revoked_at timestamptz;
ALTER TABLE parents ADD COLUMN revoked_reason text;
`,
};
