/**
 * The names of the contract's methods, kept apart from their schemas so the preload can expose
 * exactly these without bundling zod. `methods.ts` checks that both lists agree.
 */
export const methodNames = ['app.info', 'demo.create', 'locations.list', 'roster.week', 'mutate'] as const;

export type MethodName = (typeof methodNames)[number];

/** The IPC channel of a method. */
export const channelOf = (name: MethodName): string => `api:${name}`;

/** The channel the main process pushes events on. */
export const EVENT_CHANNEL = 'api:event';
