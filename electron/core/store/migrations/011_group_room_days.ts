/**
 * A group's room and the days it runs (spec/master-data.md "Group"): columns of `groups` (the days
 * as JSON, as in rowCodec). Groups from before run on the days their location is open and have no
 * room recorded. The hub's migration 006 gives its stored rows the same values.
 */
export const groupRoomDaysSchema = `
ALTER TABLE groups ADD COLUMN room TEXT NOT NULL DEFAULT '';
ALTER TABLE groups ADD COLUMN days TEXT NOT NULL DEFAULT '[1,2,3,4,5]';
UPDATE groups SET days = COALESCE((SELECT l.open_days FROM locations l WHERE l.id = groups.location_id), days);
`;
