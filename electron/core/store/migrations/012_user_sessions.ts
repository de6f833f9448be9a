/**
 * Hub-issued user sessions on the desk (electron/core/sync/signIn.ts): the cached account keeps
 * the session of its last online sign-in, which offline sign-in reuses until `work_until`; every
 * outbox row and queued device command records the session it was made under, which the hub
 * takes the person from. Rows from before have none: the hub refuses them as made by nobody.
 */
export const userSessionsSchema = `
ALTER TABLE cached_users ADD COLUMN session_id TEXT;
ALTER TABLE cached_users ADD COLUMN work_until TEXT;
ALTER TABLE outbox ADD COLUMN session_id TEXT;
ALTER TABLE device_commands ADD COLUMN session_id TEXT;
`;
