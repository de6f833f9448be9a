/**
 * What the settings screen (Instellingen) reads: the location's own facts, its groups with how
 * many contracts hold them (a group with contracts is closed, never removed), and the
 * organisation's rules with whether this desk may edit them (spec/master-data.md "Who edits what").
 */
import type { OrganisationRules } from '../domain/masterData/organisationRules';
import type { GroupRow, LocationRow } from '../model/rows';
import type { z } from 'zod';

export type GroupSettings = z.infer<typeof GroupRow> & {
  /** Contracts in the group, past ones included: any makes the group impossible to remove. */
  contractCount: number;
  /** Contracts running today or starting later: they must end before the group closes. */
  currentContractCount: number;
};

export type SettingsView = {
  location: z.infer<typeof LocationRow>;
  /** Open groups first, then closed ones; by name. */
  groups: GroupSettings[];
  organisation: {
    id: string;
    name: string;
    rules: OrganisationRules;
    /** False on a desk enrolled with a hub: the organisation sets them ("ingesteld door de organisatie"). */
    editable: boolean;
  };
};
