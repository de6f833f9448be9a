/**
 * The core's handler map type: one async function per contract method, grouped per domain in
 * services/, combined in core.ts. Handlers receive already-parsed input.
 */
import type { ApiResult } from '../../shared/contract/errors';
import type { OutputOf, ParsedInputOf } from '../../shared/contract/methods';
import type { MethodName } from '../../shared/contract/methodNames';

export type Handler<K extends MethodName> = (input: ParsedInputOf<K>) => Promise<ApiResult<OutputOf<K>>>;

export type Handlers = { [K in MethodName]: Handler<K> };

export type HandlersOf<K extends MethodName> = { [P in K]: Handler<P> };
