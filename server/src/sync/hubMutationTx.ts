/**
 * The mutators' transaction interface over the hub's database, inside a push batch (one
 * transaction per batch, sync/pushBatch.ts). The shared mutators run on it unchanged, so the hub
 * decides with exactly the rules the desk ran.
 *
 * Reads see what the device may see (its locations and its organisation's space), the same rows
 * its desk holds, and what the batch's earlier mutations wrote. Every write first passes `guard`
 * with the row's space; a refused write throws `ForbiddenWrite`, which the caller turns into a
 * `forbidden` rejection of the whole mutation. A row whose location changed (same id, new space)
 * leaves a tombstone in its old space.
 *
 * Why a batch may keep what it read: it holds every readable space locked from before its first
 * read until it commits (its locations FOR UPDATE, the organisation's space FOR SHARE), and every
 * writer of `sync_rows` takes its space's row lock first, so nothing in these spaces changes
 * during the batch but by the batch. `BatchStore` therefore keeps the live rows it read per
 * (table, id), with the batch's own writes on top, and reads ahead: the first read of a table
 * fetches the rows with any id among the strings of the remaining mutations' arguments, and the
 * first lookup of a kind (`find` on the same fields) the rows for the combinations of those
 * strings, so most mutations of a batch need no statement at all. A mutation writes into its
 * own layer (`HubMutationTx.layer`): it becomes the batch's when the mutation is applied and is
 * dropped when it is rejected, so a rejection needs no savepoint. Writes are stamped with the
 * space's next version, counted on from the locked space row, and reach the database in one
 * statement at the end of the batch (or, when the batch runs with savepoints, at the end of each
 * mutation).
 *
 * Values the database would refuse (a NUL character, a lone surrogate in jsonb) are refused here,
 * before they reach it: such a refusal would abort the whole transaction.
 */
import type { RowOf, TableName } from '../../../shared/model/tables';
import { tables } from '../../../shared/model/tables';
import type { MutationTx } from '../../../shared/mutators/types';
import { DbError, isPermanentDbError, type Queryable } from '../db/db';
import {
  definedFields,
  fieldsEqual,
  findLiveRows,
  findLiveRowsAmong,
  isPlainField,
  liveRowsById,
  setSpaceVersions,
  writeRows,
  type RowWrite,
} from './rowStore';
import { toStoredSpace } from './spaces';
import { combinations, pathsTo, valuesAt } from './readAhead';
import { refusedAsJson, refusedAsText } from './storableJson';

export class ForbiddenWrite extends Error {
  override readonly name = 'ForbiddenWrite';
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}

/** A mutator produced a row (or a lookup) the hub cannot store: a bug in the mutator or its arguments. */
export class InvalidRow extends Error {
  override readonly name = 'InvalidRow';
}

/** Throws ForbiddenWrite when the mutation may not write in this (stored) space. */
export type WriteGuard = (space: string) => void;

type Row = Record<string, unknown>;
/** The live rows with one (table, id), by stored space: usually one, none when there is none. */
type Live = ReadonlyMap<string, Row>;

/** What one mutation changed, until it is applied. */
export type MutationLayer = {
  /** The live rows of every (table, id) it wrote. */
  live: Map<string, Live>;
  /** The ids it wrote, per table. */
  written: Map<TableName, Set<string>>;
  /** Its writes, the last one per (space, table, id). */
  writes: Map<string, RowWrite>;
  /** The versions it took, the highest per space. */
  versions: Map<string, number>;
};

/** Ids never hold NUL (the database refuses it), so it separates the parts of a key. */
const keyOf = (table: TableName, id: string): string => `${table}\u0000${id}`;
const writeKeyOf = (w: RowWrite): string => `${w.space}\u0000${w.table}\u0000${w.id}`;

/** At most this many ids are read ahead at once. */
const MAX_READ_AHEAD_IDS = 5000;
/** A lookup on more fields than this is not read ahead. */
const MAX_LOOKUP_FIELDS = 3;
/** At most this many combinations of values are read ahead at once for a kind of lookup. */
const MAX_LOOKUP_COMBINATIONS = 5000;
/**
 * At most this many ids and combinations are read ahead over a whole batch (push.ts bounds the
 * batch itself): past it, every read asks for just what it needs.
 */
export const MAX_BATCH_READ_AHEAD = 20_000;

type Found = { space: string; id: string; row: Row };

/** The state of one push batch's transaction: see the file comment. */
export class BatchStore {
  private readonly live = new Map<string, Live>();
  private readonly written = new Map<TableName, Set<string>>();
  private readonly pending = new Map<string, RowWrite>();
  /** Per kind of lookup (table and fields): the rows per combination of values read so far. */
  private readonly lookups = new Map<string, Map<string, Found[]>>();
  /** What was read ahead already, per kind of mutation. */
  private readonly readAhead = new Set<string>();
  /** How many more ids and combinations this batch may read ahead (`MAX_BATCH_READ_AHEAD`). */
  private readAheadLeft = MAX_BATCH_READ_AHEAD;
  private readonly writtenIndexes = new Map<string, Map<string, Set<string>>>();
  private readonly versions: Map<string, number>;
  private readonly moved = new Set<string>();
  /** The index in `mutations` of the one running now. */
  current = 0;
  /** Set when the database refused a value for good: the transaction is aborted. */
  refused = false;

  constructor(
    private readonly q: Queryable,
    private readonly readable: readonly string[],
    lockedVersions: ReadonlyMap<string, number>,
    /**
     * `batch`: applied writes wait for `flush`, rows are fetched ahead. `savepoints` (the batch
     * runs again after the database refused a value): the caller writes each mutation's rows
     * under its savepoint, and every read asks for just what it needs.
     */
    private readonly mode: 'batch' | 'savepoints',
    /** The batch's mutations in order: their arguments tell what to read ahead (none: read as asked). */
    private readonly mutations: readonly { name: string; args: unknown }[] = [],
  ) {
    this.versions = new Map(lockedVersions);
  }

  /** The current version of a space this batch holds locked. */
  version(space: string): number {
    const version = this.versions.get(space);
    if (version === undefined) throw new Error(`space ${space} has no version row locked by this batch`);
    return version;
  }

  /**
   * The live rows with this id, as the batch sees them. The first read of a table by a kind of
   * mutation also reads the rows whose ids the rest of the batch's mutations of that kind hold
   * where this one held this id.
   */
  async liveRows(table: TableName, id: string): Promise<Live> {
    const key = keyOf(table, id);
    const known = this.live.get(key);
    if (known) return known;
    const ids = new Set([id]);
    if (this.firstTime(`get\u0000${table}`)) {
      const [args, ...rest] = this.remainingOfKind();
      const paths = pathsTo(args, id);
      const limit = 1 + Math.min(MAX_READ_AHEAD_IDS - 1, this.readAheadLeft);
      for (const other of rest) {
        if (ids.size >= limit) break;
        for (const value of paths.flatMap((path) => valuesAt(other, path))) {
          if (ids.size >= limit) break;
          if (!this.live.has(keyOf(table, value)) && !refusedAsJson(value)) ids.add(value);
        }
      }
      this.readAheadLeft -= ids.size - 1;
    }
    const rows = await this.read(() => liveRowsById(this.q, this.readable, table, [...ids]));
    const found = new Map<string, Map<string, Row>>();
    for (const r of rows) {
      const bySpace = found.get(r.id) ?? new Map<string, Row>();
      bySpace.set(r.space, r.row as Row);
      found.set(r.id, bySpace);
    }
    for (const other of ids) this.live.set(keyOf(table, other), found.get(other) ?? new Map());
    return this.live.get(key) ?? new Map();
  }

  /** The arguments of the running mutation and of the batch's later ones of its kind. */
  private remainingOfKind(): unknown[] {
    const name = this.mutations[this.current]?.name;
    return this.mutations
      .slice(this.current)
      .filter((m) => m.name === name)
      .map((m) => m.args);
  }

  /** Whether to read ahead for `what`: the first time a kind of mutation needs it (never with savepoints). */
  private firstTime(what: string): boolean {
    if (this.mode !== 'batch') return false;
    const key = `${this.mutations[this.current]?.name ?? ''}\u0000${what}`;
    if (this.readAhead.has(key)) return false;
    this.readAhead.add(key);
    return true;
  }

  /** What the batch wrote with this id (after `liveRows` or a write: always known). */
  knownLive(table: TableName, id: string): Live | undefined {
    return this.live.get(keyOf(table, id));
  }

  /** The live rows the batch wrote (ids it wrote) in `table` that match `conditions`. */
  writtenMatching(table: TableName, conditions: Record<string, unknown>): { space: string; id: string; row: Row }[] {
    const written = this.written.get(table);
    if (!written) return [];
    const field = Object.keys(conditions).find((f) => typeof conditions[f] === 'string');
    const ids = field === undefined ? written : this.writtenBy(table, field).get(conditions[field] as string);
    const matching: { space: string; id: string; row: Row }[] = [];
    for (const id of ids ?? []) {
      for (const [space, row] of this.live.get(keyOf(table, id)) ?? []) {
        if (fieldsEqual(row, conditions)) matching.push({ space, id, row });
      }
    }
    return matching;
  }

  /**
   * The ids the batch wrote in `table`, by the string value of `field` in any of their rows
   * since (more ids than match now is fine: the caller compares), built at its first use.
   */
  private writtenBy(table: TableName, field: string): Map<string, Set<string>> {
    const kind = `${table}\u0000${field}`;
    let index = this.writtenIndexes.get(kind);
    if (!index) {
      index = new Map();
      this.writtenIndexes.set(kind, index);
      for (const id of this.written.get(table) ?? []) this.indexWritten(index, field, id, this.live.get(keyOf(table, id)));
    }
    return index;
  }

  private indexWritten(index: Map<string, Set<string>>, field: string, id: string, live: Live | undefined): void {
    for (const row of live?.values() ?? []) {
      const value = row[field];
      if (typeof value !== 'string') continue;
      const ids = index.get(value) ?? new Set<string>();
      ids.add(id);
      index.set(value, ids);
    }
  }

  /**
   * Committed rows matching `conditions`, without those the batch wrote (the caller adds its
   * own). The first lookup of a kind (a table and string fields) by a kind of mutation also reads
   * the rows for the values the rest of the batch's mutations of that kind hold where this one
   * held its values; a later lookup among those needs no statement.
   */
  async findCommitted<T extends TableName>(
    table: T,
    conditions: Partial<RowOf<T>>,
  ): Promise<{ space: string; id: string; row: RowOf<T> }[]> {
    const written = this.written.get(table);
    const fields = Object.keys(conditions).sort();
    const values = fields.map((field) => (conditions as Row)[field]);
    if (
      this.mode === 'batch' &&
      fields.length > 0 &&
      fields.length <= MAX_LOOKUP_FIELDS &&
      fields.every(isPlainField) &&
      values.every((v): v is string => typeof v === 'string')
    ) {
      const kind = [table, ...fields].join('\u0000');
      const read = this.lookups.get(kind) ?? new Map<string, Found[]>();
      this.lookups.set(kind, read);
      const combination = values.join('\u0000');
      if (!read.has(combination) && this.firstTime(`find\u0000${kind}`)) await this.readLookupsAhead(table, fields, values, read);
      const hits = read.get(combination);
      if (hits) {
        return hits
          .filter((r) => !written?.has(r.id) && fieldsEqual(r.row, conditions))
          .map((r) => ({ space: r.space, id: r.id, row: cloneJson(r.row) as RowOf<T> }));
      }
    }
    const rows = await this.read(() => findLiveRows(this.q, this.readable, table, conditions));
    return written ? rows.filter((r) => !written.has(r.id)) : rows;
  }

  /** Reads the rows for `values` and for the values the remaining mutations of this kind hold at the same places. */
  private async readLookupsAhead(
    table: TableName,
    fields: readonly string[],
    values: readonly string[],
    read: Map<string, Found[]>,
  ): Promise<void> {
    const asked = new Map<string, readonly string[]>([[values.join('\u0000'), values]]);
    const [args, ...rest] = this.remainingOfKind();
    const paths = values.map((value) => pathsTo(args, value));
    const limit = 1 + Math.min(MAX_LOOKUP_COMBINATIONS - 1, this.readAheadLeft);
    if (paths.every((found) => found.length > 0)) {
      for (const other of rest) {
        const options = paths.map((found) => [...new Set(found.flatMap((path) => valuesAt(other, path)))].filter((v) => !refusedAsJson(v)));
        // Counted before any is made: values from thousands of copies would make millions.
        const all = combinations(options, limit - asked.size);
        if (all === null) break;
        for (const c of all) {
          const key = c.join('\u0000');
          if (!read.has(key)) asked.set(key, c);
        }
      }
    }
    this.readAheadLeft -= asked.size - 1;
    const columns = fields.map((_, i) => [...asked.values()].map((c) => c[i]!));
    const rows = await this.read(() => findLiveRowsAmong(this.q, this.readable, table, fields, columns));
    const found = new Map<string, Found[]>([...asked.keys()].map((key) => [key, []]));
    for (const r of rows) found.get(fields.map((field) => (r.row as Row)[field]).join('\u0000'))?.push(r as Found);
    for (const [key, list] of found) read.set(key, list);
  }

  /** A mutation was applied: its layer becomes the batch's. */
  absorb(layer: MutationLayer): void {
    for (const [table, ids] of layer.written) {
      const all = this.written.get(table) ?? new Set<string>();
      for (const id of ids) {
        all.add(id);
        const live = layer.live.get(keyOf(table, id));
        if (live) this.live.set(keyOf(table, id), live);
        for (const [kind, index] of this.writtenIndexes) {
          const [indexed, field] = kind.split('\u0000');
          if (indexed === table && field !== undefined) this.indexWritten(index, field, id, live);
        }
      }
      this.written.set(table, all);
    }
    for (const [space, version] of layer.versions) {
      this.versions.set(space, version);
      this.moved.add(space);
    }
    if (this.mode === 'batch') for (const write of layer.writes.values()) this.pending.set(writeKeyOf(write), write);
  }

  /** Writes the rows kept so far and the new versions of the spaces written. */
  async flush(): Promise<void> {
    const writes = [...this.pending.values()];
    this.pending.clear();
    await writeRows(this.q, writes);
    await setSpaceVersions(this.q, new Map([...this.moved].map((space) => [space, this.version(space)])));
  }

  private async read<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof DbError && isPermanentDbError(error)) this.refused = true;
      throw error;
    }
  }
}

/** One mutation's view: the batch's rows with this mutation's own writes on top. */
export class HubMutationTx implements MutationTx {
  readonly layer: MutationLayer = { live: new Map(), written: new Map(), writes: new Map(), versions: new Map() };

  constructor(
    private readonly batch: BatchStore,
    private readonly organisationId: string,
    private readonly guard: WriteGuard,
  ) {}

  async get<T extends TableName>(table: T, id: string): Promise<RowOf<T> | null> {
    if (refusedAsText(id)) throw new InvalidRow(`${table}: an id the database cannot hold`);
    const live = await this.liveRows(table, id);
    // As `ORDER BY space LIMIT 1`: a row that moved is read from one space only.
    const space = [...live.keys()].sort()[0];
    return space === undefined ? null : (cloneJson(live.get(space)) as RowOf<T>);
  }

  async find<T extends TableName>(table: T, where: Partial<RowOf<T>>): Promise<RowOf<T>[]> {
    const conditions = definedFields(where) as Partial<RowOf<T>>;
    if (refusedAsJson(conditions)) throw new InvalidRow(`${table}: a lookup value the database cannot hold`);
    const mine = this.layer.written.get(table);
    const found = (await this.batch.findCommitted(table, conditions)).filter((r) => !mine?.has(r.id));
    for (const r of this.batch.writtenMatching(table, conditions)) {
      if (!mine?.has(r.id)) found.push({ space: r.space, id: r.id, row: cloneJson(r.row) as RowOf<T> });
    }
    for (const id of mine ?? []) {
      for (const [space, row] of this.layer.live.get(keyOf(table, id)) ?? []) {
        if (fieldsEqual(row, conditions)) found.push({ space, id, row: cloneJson(row) as RowOf<T> });
      }
    }
    // By id in code-unit order, whatever the database's collation: the same order on every hub.
    return found.sort((a, b) => compare(a.id, b.id) || compare(a.space, b.space)).map((r) => r.row);
  }

  async put<T extends TableName>(table: T, row: RowOf<T>): Promise<void> {
    const def = tables[table];
    const parsed = def.schema.safeParse(row);
    if (!parsed.success) throw new InvalidRow(`${table}: ${parsed.error.message}`);
    const value = parsed.data as RowOf<T> & { id: string };
    const space = toStoredSpace(this.organisationId, (def.space as (r: RowOf<T>) => string)(value));
    this.guard(space);
    if (refusedAsJson(value)) throw new InvalidRow(`${table}: a value the database cannot hold`);
    for (const previous of (await this.liveRows(table, value.id)).keys()) {
      if (previous === space) continue;
      this.guard(previous);
      this.write(previous, table, value.id, null);
    }
    // As the database gives it back (jsonb): what a later read in this batch sees.
    this.write(space, table, value.id, JSON.parse(JSON.stringify(value)) as Row);
  }

  async delete(table: TableName, id: string): Promise<void> {
    if (refusedAsText(id)) throw new InvalidRow(`${table}: an id the database cannot hold`);
    for (const space of (await this.liveRows(table, id)).keys()) {
      this.guard(space);
      this.write(space, table, id, null);
    }
  }

  private async liveRows(table: TableName, id: string): Promise<Live> {
    return this.layer.live.get(keyOf(table, id)) ?? (await this.batch.liveRows(table, id));
  }

  /** Stamps the write with its space's next version; a null row is a tombstone. */
  private write(space: string, table: TableName, id: string, row: Row | null): void {
    const version = (this.layer.versions.get(space) ?? this.batch.version(space)) + 1;
    this.layer.versions.set(space, version);
    const key = keyOf(table, id);
    const live = new Map(this.layer.live.get(key) ?? this.batch.knownLive(table, id) ?? []);
    if (row) live.set(space, row);
    else live.delete(space);
    this.layer.live.set(key, live);
    const ids = this.layer.written.get(table) ?? new Set<string>();
    ids.add(id);
    this.layer.written.set(table, ids);
    const write: RowWrite = { space, table, id, version, row };
    this.layer.writes.set(writeKeyOf(write), write);
  }
}

/** A copy of a JSON value (what a read hands out: the mutator may change it). */
function cloneJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneJson);
  if (value !== null && typeof value === 'object') {
    const copy: Row = {};
    for (const key of Object.keys(value)) copy[key] = cloneJson((value as Row)[key]);
    return copy;
  }
  return value;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Writes one mutation's rows now (a batch that runs with a savepoint per mutation). */
export async function writeLayer(q: Queryable, layer: MutationLayer): Promise<void> {
  await writeRows(q, [...layer.writes.values()]);
}
