/**
 * The names of the contract's methods, kept apart from their schemas so the preload can expose
 * exactly these without bundling zod. `methods.ts` checks that both lists agree.
 */
export const methodNames = [
  'app.info',
  'demo.create',
  'locations.list',
  'roster.week',
  'ratio.day',
  'ratio.week',
  'ratio.today',
  'mutate',
  'sync.status',
  'sync.now',
  'sync.enrol',
  'sync.rejections',
  'sync.resolveRejection',
  'auth.session',
  'auth.signIn',
  'auth.signOut',
] as const;

export type MethodName = (typeof methodNames)[number];

/** The IPC channel of a method. */
export const channelOf = (name: MethodName): string => `api:${name}`;

/** The channel the main process pushes events on. */
export const EVENT_CHANNEL = 'api:event';
