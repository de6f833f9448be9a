/**
 * The contract between renderer and core: one typed method map, name -> zod input -> output.
 * Electron IPC and the browser bridge both implement exactly this; the renderer cannot tell
 * them apart. Every input is parsed with its schema at the boundary.
 */
import { z } from 'zod';
import { LocalDateSchema, Id } from '../model/rows';
import { MinutesSchema, StaffAbsenceKind, TimeRange } from '../model/rows';
import { mutatorNames } from '../mutators/names';
import type { ApiResult } from './errors';
import type { MethodName } from './methodNames';
import type { RatioDay, RatioToday, RatioWeek } from './views';
import type { RosterAudit, RosterCopyPlan, RosterPreview, StaffRosterWeek } from './views';
import type { ChildDetail, ChildList, DownloadFile, GroupDayView, PresenceList } from './views';
import type { DeviceAuditExport, DeviceAuditView, DevicesOverview, PairingCodeView, RevokeReceipt, UndeliveredRevocations } from './views';
import type { MentorOverview } from './mentorViews';
import { RevocationReason, REVOCATION_NOTE_MAX } from '../sync/deviceProtocol';
import type { ExportFile, LatePickupChart, LatePickupChild, LatePickupForm, LatePickupLetter, LatePickupMonth } from './views';
import type { AppInfo, LocationSummary, MutationReceipt, RejectedChange, RosterWeek, SessionInfo, SyncStatus } from './views';
import type { UpdateStatus } from './views';
import type { SettingsView } from './settingsViews';
import type { BulkApproveResult, RequestForm, RequestLedgers, RequestQueue } from './requestViews';
import { RejectionReasonSchema, RequestKind, RequestStatus } from '../domain/requests/request';
import type { FirstAidDay, StaffDetail, StaffList } from './staffViews';
import { PlacementDay } from '../model/rows';
import type { ChildHealthView, ContractPreview } from './childrenViews';
import { ImportFileInput, type ImportPreview, type ImportResult } from './importViews';
import type { StoreFaultView } from './storeFaultViews';
import type { ChildViewLog } from './privacyViews';

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
/** A calendar month, `YYYY-MM`: the invoice period of the late-pickup fines. */
const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'geen geldige maand (JJJJ-MM)' });
const Year = z.number().int().min(2000).max(2100);

export const methods = {
  'app.info': def<AppInfo>()(NoInput, 'read'),
  /** Fill an empty store with the demo organisation (refused when the store holds data). */
  'demo.create': def<{ created: boolean }>()(NoInput, 'write'),
  'locations.list': def<LocationSummary[]>()(NoInput, 'read'),
  'roster.week': def<RosterWeek>()(z.object({ locationId: Id, weekStart: LocalDateSchema }).strict(), 'read'),
  /** The editable staff roster of a location-week: staff by day, absences, conflicts, the ratio per day and the publication. */
  'roster.staffWeek': def<StaffRosterWeek>()(z.object({ locationId: Id, weekStart: LocalDateSchema }).strict(), 'read'),
  /** What-if of a cell (the person's shifts that day) or an absence, before saving: conflicts and the ratio impact. */
  'roster.preview': def<RosterPreview>()(
    z
      .object({
        locationId: Id,
        staffId: Id,
        date: LocalDateSchema,
        /**
         * The person's shifts of the day after the edit; omitted: as they are. An id of a shift in
         * another cell moves that shift here (as `shift.setDay` does), so a move's what-if covers both days.
         */
        shifts: z
          .array(
            z
              .object({ id: Id.optional(), groupId: Id, start: MinutesSchema, end: MinutesSchema, breaks: z.array(TimeRange).max(6) })
              .strict(),
          )
          .max(4)
          .optional(),
        /** The absence that day after the edit (null: none); omitted: as it is. */
        absence: StaffAbsenceKind.nullable().optional(),
      })
      .strict(),
    'read',
  ),
  /** Which shifts copying a day or a week forward would copy, and which it skips and why. */
  'roster.planCopy': def<RosterCopyPlan>()(
    z.object({ locationId: Id, from: LocalDateSchema, to: LocalDateSchema, span: z.enum(['day', 'week']) }).strict(),
    'read',
  ),
  /** The audit trail of a published week: every shift change after publishing, who, when, before and after. */
  'roster.audit': def<RosterAudit>()(z.object({ locationId: Id, weekStart: LocalDateSchema }).strict(), 'read'),
  /** One location's day: per unit (KDV group, BSO of the location) the 15-minute slots, budget, violations and who is there. */
  'ratio.day': def<RatioDay>()(
    z
      .object({
        locationId: Id,
        date: LocalDateSchema,
        /** The plan (contracts), or the day as it happened (check-in/out); default the plan. */
        view: z.enum(['planned', 'actual']).default('planned'),
      })
      .strict(),
    'read',
  ),
  /** The week overview: per unit and day the worst slot and the deviation used. */
  'ratio.week': def<RatioWeek>()(z.object({ locationId: Id, weekStart: LocalDateSchema }).strict(), 'read'),
  /** Every location's units at the desk's clock (Vandaag). */
  'ratio.today': def<RatioToday>()(NoInput, 'read'),
  /** A location's children with their current group and contract, flagged when day care ends at 4. */
  'children.list': def<ChildList>()(z.object({ locationId: Id, date: LocalDateSchema.optional() }).strict(), 'read'),
  /** One child: contracts (timeline), consents, pickup persons, and the effective dates a change can take. */
  'children.detail': def<ChildDetail>()(z.object({ childId: Id }).strict(), 'read'),
  /** The mentor check: children without a mentor or with one outside their group, and who can be chosen. */
  'children.mentors': def<MentorOverview>()(z.object({ locationId: Id, date: LocalDateSchema.optional() }).strict(), 'read'),
  /** A group's day (the location's first group when none is given): expected children and their check-in/out, staff on shift, the ratio as planned and as it happened. */
  'dayView.group': def<GroupDayView>()(z.object({ locationId: Id, groupId: Id.optional(), date: LocalDateSchema }).strict(), 'read'),
  /** The presence list and staff deployment of a location on a day (today or earlier). */
  'presence.day': def<PresenceList>()(z.object({ locationId: Id, date: LocalDateSchema }).strict(), 'read'),
  /** The presence list as a file to download: PDF, Excel or CSV. */
  'presence.export': def<DownloadFile>()(
    z.object({ locationId: Id, date: LocalDateSchema, format: z.enum(['pdf', 'xlsx', 'csv']) }).strict(),
    'read',
  ),
  /** The registration form: the location's groups, and the chosen group's children that day with their contract end and siblings. */
  'latePickups.form': def<LatePickupForm>()(z.object({ locationId: Id, date: LocalDateSchema, groupId: Id.nullable() }).strict(), 'read'),
  /** A location's late pickups of a month, each with its count, stage, amount and the rule that set it (recounted over the year). */
  'latePickups.month': def<LatePickupMonth>()(z.object({ locationId: Id, month: YearMonth }).strict(), 'read'),
  /** A child's late pickups of a calendar year. */
  'latePickups.child': def<LatePickupChild>()(z.object({ childId: Id, year: Year }).strict(), 'read'),
  /** The draft letter a registration calls for: the warning (n = 2) or the fine notice, Dutch text to edit. */
  'latePickups.letter': def<LatePickupLetter>()(z.object({ id: Id }).strict(), 'read'),
  /** The month's confirmed fines for billing, as a CSV or Excel file. */
  'latePickups.export': def<ExportFile>()(z.object({ locationId: Id, month: YearMonth, format: z.enum(['csv', 'xlsx']) }).strict(), 'read'),
  /** Late pickups per month per group of a year. */
  'latePickups.chart': def<LatePickupChart>()(z.object({ locationId: Id, year: Year }).strict(), 'read'),
  /** The week's requests of a location by day and group in queue order, each checked now (rules, what-if ratio), expiring ones on top. */
  'requests.queue': def<RequestQueue>()(
    z
      .object({
        locationId: Id,
        /** Any day of the week; null: the week of the first open request from today on (or this week). */
        weekStart: LocalDateSchema.nullable().default(null),
        kind: RequestKind.nullable().default(null),
        groupId: Id.nullable().default(null),
        /** `open`: waiting; `decided`: any decision; a status: only that one; default all. */
        status: z.union([z.enum(['all', 'open', 'decided']), RequestStatus]).default('all'),
      })
      .strict(),
    'read',
  ),
  /** Approve, for one day, every open request that fits, in queue order, re-checking after each; stops for a group at the first that does not. */
  'requests.bulkApprove': def<BulkApproveResult>()(z.object({ locationId: Id, date: LocalDateSchema }).strict(), 'write'),
  /** Let open requests whose expiry moment has passed expire (the parent is told). */
  'requests.expireDue': def<{ expired: number }>()(z.object({ locationId: Id }).strict(), 'write'),
  /** The Dutch message the parent would receive for a decision, before it is made; `last`: the one of the last decision. */
  'requests.message': def<{ message: string }>()(
    z
      .object({
        requestId: Id,
        decision: z.enum(['approve', 'reject', 'last']),
        reason: RejectionReasonSchema.optional(),
        groupId: Id.optional(),
      })
      .strict(),
    'read',
  ),
  /** Swap/make-up hours and flex budgets per child (ledger rows, balances as sums) and the credit that expires within four weeks. */
  'requests.ledgers': def<RequestLedgers>()(z.object({ locationId: Id, date: LocalDateSchema.optional() }).strict(), 'read'),
  /** The intake form's choices: the location's children and groups. */
  'requests.form': def<RequestForm>()(z.object({ locationId: Id }).strict(), 'read'),
  // --- Kinderen: a child's health notes, and a contract's capacity preview (issue 14) ---
  /** A child's health notes (special category data under the AVG): read where they are edited, never in lists. */
  'children.health': def<ChildHealthView>()(z.object({ childId: Id }).strict(), 'read'),
  /**
   * A new contract (no `placementId`) or new days for one (`placementId`) before confirming: the
   * group's children per weekday without and with it, and the verdict of `placement.create.v2` or
   * `placement.change` on the store, rolled back.
   */
  'children.contractPreview': def<ContractPreview>()(
    z
      .object({
        childId: Id,
        groupId: Id,
        /** The contract's start date, or the effective date of the change. */
        startDate: LocalDateSchema,
        days: z.array(PlacementDay).max(14),
        placementId: Id.optional(),
        ageExceptionReason: z.string().trim().min(1).max(500).nullable().default(null),
      })
      .strict(),
    'read',
  ),
  // --- Privacy (AVG, issue 15): who viewed a child, and everything held about one child ---
  /** Who opened the child's detail or health notes, or exported its data, newest first (manager only). */
  'privacy.childViews': def<ChildViewLog>()(z.object({ childId: Id }).strict(), 'read'),
  /** Everything the desk holds about one child, as a file for an access request (manager only; recorded as a view). */
  'privacy.childExport': def<DownloadFile>()(z.object({ childId: Id, format: z.enum(['json', 'xlsx']) }).strict(), 'read'),
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
  /** Group iPads of a location per group, from the hub (or the last list when it is out of reach), with this desk's undelivered revocations. */
  'devices.list': def<DevicesOverview>()(z.object({ locationId: Id }).strict(), 'read'),
  /** A one-time pairing code (and QR code) for a group, valid 10 minutes: the location manager only, online only. */
  'devices.pairingCode': def<PairingCodeView>()(z.object({ locationId: Id, groupId: Id }).strict(), 'write'),
  /** Revoke a device: shown as revoked at once, delivered to the hub ahead of every other change and retried until confirmed. */
  'devices.revoke': def<RevokeReceipt>()(
    z
      .object({
        locationId: Id,
        deviceId: Id,
        reason: RevocationReason,
        note: z.string().trim().max(REVOCATION_NOTE_MAX).default(''),
      })
      .strict()
      .refine((r) => r.reason !== 'other' || r.note.length > 0, { path: ['note'], message: 'bij reden "anders" is een toelichting nodig' }),
    'write',
  ),
  /** Revocations the hub has not confirmed yet, for the banner. */
  'devices.undelivered': def<UndeliveredRevocations>()(NoInput, 'read'),
  /** The location's audit log of pairing, revocation and wipe, with the chain checked on this desk. */
  'devices.audit': def<DeviceAuditView>()(z.object({ locationId: Id }).strict(), 'read'),
  /** The audit log as CSV (with each entry's hashes, so the chain can be checked elsewhere). */
  'devices.auditExport': def<DeviceAuditExport>()(z.object({ locationId: Id }).strict(), 'read'),
  // --- Staff (Medewerkers) and kinder-EHBO -------------------------------------------------
  /** A location's staff with PRK and kinder-EHBO status on the desk's today, and the certificates to renew. */
  'staff.list': def<StaffList>()(z.object({ locationId: Id }).strict(), 'read'),
  /** One staff member with the shifts rostered from today on (what an end would remove). */
  'staff.detail': def<StaffDetail>()(z.object({ staffId: Id }).strict(), 'read'),
  /** A location's kinder-EHBO gaps of a day (as planned) and the certificates to renew (Vandaag). */
  'staff.firstAid': def<FirstAidDay>()(z.object({ locationId: Id, date: LocalDateSchema }).strict(), 'read'),
  /** The desk's own update state (under Electron; browser mode answers `unsupported`). */
  // Settings (Instellingen): the location, its groups and the organisation's rules.
  'settings.view': def<SettingsView>()(z.object({ locationId: Id }).strict(), 'read'),
  'update.status': def<UpdateStatus>()(NoInput, 'read'),
  /** Restart to install the downloaded update: waits while a sync push is in progress; `unavailable` in browser mode. */
  'update.install': def<UpdateStatus>()(NoInput, 'write'),
  // Import from the back office (spec/master-data.md "Import"): the preview of a file, then applying exactly that.
  /** What a back office's file (.xlsx or CSV, base64) would create, update or refuse at a location; changes nothing. */
  'import.preview': def<ImportPreview>()(ImportFileInput, 'read'),
  /** Applies the file as its preview showed it (`digest`), all or nothing, through the mutators; remembers the mapping. */
  'import.apply': def<ImportResult>()(ImportFileInput.extend({ digest: z.string().min(1).max(100) }).strict(), 'write'),
  // --- Store faults (issue 15, item 8): the desk's fault state and the ways out of it -----------
  /** The store's fault when the desk could not serve it (damaged, in use, read-only, ...); `fault: null` when all is well. */
  'storeFault.view': def<{ fault: StoreFaultView | null }>()(NoInput, 'read'),
  /** Puts a backup (a name from the view) in place of the damaged store, which is kept aside in `damaged/`. */
  'storeFault.restoreBackup': def<{ fault: StoreFaultView | null }>()(z.object({ file: z.string().min(1).max(200) }).strict(), 'write'),
  /** Starts again with an empty store filled from the hub (enrolled desks only); unsent changes in the damaged store are lost. */
  'storeFault.resync': def<{ fault: StoreFaultView | null }>()(NoInput, 'write'),
  /** Closes Opvangdesk from the fault screen. */
  'storeFault.close': def<{ closing: true }>()(NoInput, 'write'),
} satisfies { [K in MethodName]: MethodDef<z.ZodType, unknown> };

export type Methods = typeof methods;
export type InputOf<K extends MethodName> = z.input<Methods[K]['input']>;
export type ParsedInputOf<K extends MethodName> = z.output<Methods[K]['input']>;
export type OutputOf<K extends MethodName> = NonNullable<Methods[K]['output']>;

/** What the renderer holds: one async function per method, each returning a Result. */
export type Api = { [K in MethodName]: (input: InputOf<K>) => Promise<ApiResult<OutputOf<K>>> };
