/**
 * The contract between renderer and core: one typed method map, name -> zod input -> output.
 * Electron IPC and the browser bridge both implement exactly this; the renderer cannot tell
 * them apart. Every input is parsed with its schema at the boundary.
 */
import { z } from 'zod';
import { LocalDateSchema, Id } from '../model/rows';
import { mutatorNames } from '../mutators/names';
import type { ApiResult } from './errors';
import type { MethodName } from './methodNames';
import type { RatioDay, RatioToday, RatioWeek } from './views';
import type { AppInfo, LocationSummary, MutationReceipt, RejectedChange, RosterWeek, SessionInfo, SyncStatus } from './views';

type MethodDef<I extends z.ZodType, O> = {
  input: I;
  /** Reads change nothing; writes change the store or the desk's state (data through mutators). */
  kind: 'read' | 'write';
  /** Phantom: the output type. */
  output?: O;
};

const def =
  <O>() =>
  <I extends z.ZodType>(input: I, kind: 'read' | 'write'): MethodDef<I, O> => ({ input, kind });

const NoInput = z.object({}).strict();

export const methods = {
  'app.info': def<AppInfo>()(NoInput, 'read'),
  /** Fill an empty store with the demo organisation (refused when the store holds data). */
  'demo.create': def<{ created: boolean }>()(NoInput, 'write'),
  'locations.list': def<LocationSummary[]>()(NoInput, 'read'),
  'roster.week': def<RosterWeek>()(z.object({ locationId: Id, weekStart: LocalDateSchema }).strict(), 'read'),
  /** One location's day: per unit (KDV group, BSO of the location) the 15-minute slots, budget, violations and who is there. */
  'ratio.day': def<RatioDay>()(z.object({ locationId: Id, date: LocalDateSchema }).strict(), 'read'),
  /** The week overview: per unit and day the worst slot and the deviation used. */
  'ratio.week': def<RatioWeek>()(z.object({ locationId: Id, weekStart: LocalDateSchema }).strict(), 'read'),
  /** Every location's units at the desk's clock (Vandaag). */
  'ratio.today': def<RatioToday>()(NoInput, 'read'),
  /** The one write path: a named mutator with its arguments, checked by the mutator's schema. */
  mutate: def<MutationReceipt>()(z.object({ name: z.enum(mutatorNames), args: z.unknown() }).strict(), 'write'),
  'sync.status': def<SyncStatus>()(NoInput, 'read'),
  /** Sync now: the manager's button, or the renderer coming back online. */
  'sync.now': def<SyncStatus>()(NoInput, 'write'),
  /** Enrol this (empty) desk with a hub using a one-time code from the hub's administrator. */
  'sync.enrol': def<SyncStatus>()(
    z
      .object({
        hubUrl: z.url({ protocol: /^https?$/ }).max(300),
        code: z.string().trim().min(8).max(32),
        deskName: z.string().trim().min(1).max(100),
      })
      .strict(),
    'write',
  ),
  /** Changes the hub refused, with the reason and both versions ("needs attention"). */
  'sync.rejections': def<RejectedChange[]>()(NoInput, 'read'),
  'sync.resolveRejection': def<{ resolved: boolean }>()(z.object({ seq: z.number().int().positive() }).strict(), 'write'),
  'auth.session': def<SessionInfo>()(NoInput, 'read'),
  'auth.signIn': def<SessionInfo>()(
    z.object({ email: z.string().trim().email().max(200), password: z.string().min(1).max(200) }).strict(),
    'write',
  ),
  'auth.signOut': def<SessionInfo>()(NoInput, 'write'),
} satisfies { [K in MethodName]: MethodDef<z.ZodType, unknown> };

export type Methods = typeof methods;
export type InputOf<K extends MethodName> = z.input<Methods[K]['input']>;
export type ParsedInputOf<K extends MethodName> = z.output<Methods[K]['input']>;
export type OutputOf<K extends MethodName> = NonNullable<Methods[K]['output']>;

/** What the renderer holds: one async function per method, each returning a Result. */
export type Api = { [K in MethodName]: (input: InputOf<K>) => Promise<ApiResult<OutputOf<K>>> };
