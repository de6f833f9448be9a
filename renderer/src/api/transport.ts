/**
 * What the renderer talks to: the contract's methods plus push events. Electron's preload and the
 * browser bridge both provide exactly this shape.
 */
import type { EventListener } from '../../../shared/contract/events';
import type { Api } from '../../../shared/contract/methods';

export type Transport = Api & { onEvent(listener: EventListener): () => void };
