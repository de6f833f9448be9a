/**
 * Mutators are the only way rows change: named, versioned, deterministic functions over a small
 * transaction interface. The desk runs them optimistically on SQLite, the hub authoritatively on
 * PostgreSQL; both must reach the same rows from the same arguments, so a mutator reads nothing
 * but `tx` and `ctx` (no clock, no randomness: ids and instants arrive in the arguments/context).
 */
import type { z } from 'zod';
import type { RuleFailure } from '../result';
import type { Actor, Role } from '../model/roles';
import type { RowOf, TableName } from '../model/tables';

export interface MutationTx {
  get<T extends TableName>(table: T, id: string): Promise<RowOf<T> | null>;
  /** Rows whose fields equal all of `where` (equality only; keep it to indexed fields). */
  find<T extends TableName>(table: T, where: Partial<RowOf<T>>): Promise<RowOf<T>[]>;
  /** Insert or replace the whole row. */
  put<T extends TableName>(table: T, row: RowOf<T>): Promise<void>;
  delete(table: TableName, id: string): Promise<void>;
}

export type MutationContext = {
  actor: Actor;
  /** When the mutation was made (UTC ISO-8601), from the outbox row, never the clock. */
  createdAt: string;
  /**
   * The actor's role at a location, when it may differ per location: the hub answers from its own
   * roles (a user may manage one of a desk's locations and assist at another). Absent on a desk,
   * where `actor.role` is the role of the person signed in.
   */
  roleAt?: (locationId: string) => Role | null;
  /**
   * Whether the organisation is run from a hub: true on the hub and on a desk enrolled with one.
   * The organisation's own rules are then the hub administrator's (spec/master-data.md); a desk
   * that is not enrolled (a single-location organisation) leaves it out.
   */
  enrolled?: boolean;
};

/** The actor's role at `locationId`: the hub's role there, else `actor.role`. */
export function roleOf(ctx: MutationContext, locationId: string): Role | null {
  return ctx.roleAt ? ctx.roleAt(locationId) : ctx.actor.role;
}

/** Why a mutation changes nothing: a rule (with its id), a missing row, or a role. */
export type MutationFailure = RuleFailure & { code: 'rule_violated' | 'not_found' | 'forbidden' | 'already_decided' | 'conflict' };

export type MutationOutcome = { ok: true } | MutationFailure;

export type Mutator<S extends z.ZodType = z.ZodType> = {
  name: string;
  args: S;
  /** Roles allowed to run it; checked by the desk and again by the hub. */
  roles: readonly Role[];
  apply(tx: MutationTx, args: z.output<S>, ctx: MutationContext): Promise<MutationOutcome>;
};

export function defineMutator<S extends z.ZodType>(m: Mutator<S>): Mutator<S> {
  return m;
}

export const applied: MutationOutcome = { ok: true };

export function refuse(
  code: MutationFailure['code'],
  rule: string,
  message: string,
  params?: Record<string, string | number>,
): MutationFailure {
  return params ? { ok: false, code, rule, message, params } : { ok: false, code, rule, message };
}

/** The refusal of a rule that did not hold, with its sentence and params. */
export function refuseWith(code: MutationFailure['code'], failure: RuleFailure): MutationFailure {
  return refuse(code, failure.rule, failure.message, failure.params);
}
