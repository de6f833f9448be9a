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
import type { AppInfo, LocationSummary, MutationReceipt, RosterWeek } from './views';

type MethodDef<I extends z.ZodType, O> = {
  input: I;
  /** Reads never change the store; writes go through a mutator. */
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
  /** The one write path: a named mutator with its arguments, checked by the mutator's schema. */
  mutate: def<MutationReceipt>()(z.object({ name: z.enum(mutatorNames), args: z.unknown() }).strict(), 'write'),
} satisfies { [K in MethodName]: MethodDef<z.ZodType, unknown> };

export type Methods = typeof methods;
export type InputOf<K extends MethodName> = z.input<Methods[K]['input']>;
export type ParsedInputOf<K extends MethodName> = z.output<Methods[K]['input']>;
export type OutputOf<K extends MethodName> = NonNullable<Methods[K]['output']>;

/** What the renderer holds: one async function per method, each returning a Result. */
export type Api = { [K in MethodName]: (input: InputOf<K>) => Promise<ApiResult<OutputOf<K>>> };
