/** What the desk shows of the privacy records (issue 15, AVG): who viewed a child's data. */
import type { Role } from '../model/roles';
import type { ChildViewWhat } from '../model/privacyRows';

export type ChildViewEntry = { id: string; what: ChildViewWhat; at: string; by: string; role: Role };

/** Newest first. */
export type ChildViewLog = { childId: string; entries: ChildViewEntry[] };
