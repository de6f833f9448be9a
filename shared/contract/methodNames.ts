/**
 * The names of the contract's methods, kept apart from their schemas so the preload can expose
 * exactly these without bundling zod. `methods.ts` checks that both lists agree.
 */
export const methodNames = [
  'app.info',
  'demo.create',
  'locations.list',
  'roster.week',
  'roster.staffWeek',
  'roster.preview',
  'roster.planCopy',
  'roster.audit',
  'ratio.day',
  'ratio.week',
  'ratio.today',
  'children.list',
  'children.detail',
  'children.mentors',
  'dayView.group',
  'presence.day',
  'presence.export',
  'latePickups.form',
  'latePickups.month',
  'latePickups.child',
  'latePickups.letter',
  'latePickups.export',
  'latePickups.chart',
  'requests.queue',
  'requests.bulkApprove',
  'requests.expireDue',
  'requests.message',
  'requests.ledgers',
  'requests.form',
  'children.health',
  'children.contractPreview',
  'privacy.childViews',
  'privacy.childExport',
  'mutate',
  'sync.status',
  'sync.now',
  'sync.enrol',
  'sync.rejections',
  'sync.resolveRejection',
  'auth.session',
  'auth.signIn',
  'auth.signOut',
  'devices.list',
  'devices.pairingCode',
  'devices.revoke',
  'devices.undelivered',
  'devices.audit',
  'devices.auditExport',
  // Staff (Medewerkers) and kinder-EHBO
  'staff.list',
  'staff.detail',
  'staff.firstAid',
  'update.status',
  'update.install',
  'settings.view',
  // Import from the back office
  'import.preview',
  'import.apply',
  // Store faults: the fault state and the ways out of it
  'storeFault.view',
  'storeFault.restoreBackup',
  'storeFault.resync',
  'storeFault.close',
] as const;

export type MethodName = (typeof methodNames)[number];

/** The IPC channel of a method. */
export const channelOf = (name: MethodName): string => `api:${name}`;

/** The channel the main process pushes events on. */
export const EVENT_CHANNEL = 'api:event';
