/** The registry: every mutator by name, the same map on the desk and the hub. */
import { consentSet } from './consent';
import {
  latePickupConfirm,
  latePickupConfirmFine,
  latePickupCorrect,
  latePickupDispute,
  latePickupRecordConversation,
  latePickupRegister,
  latePickupWithdraw,
} from './latePickup';
import type { MutatorName } from './names';
import { attendanceCheckIn, attendanceCheckOut, attendanceCorrect, attendancePurge } from './attendance';
import { pickupPersonRemove, pickupPersonSet } from './pickupPerson';
import { childCreate, childEdit, childSetContacts, childSetHealth, childUpdate } from './child';
import { childSetMentor } from './childMentor';
import { groupClose, groupCreate, groupCreateV2, groupRemove, groupUpdate, groupUpdateV2 } from './group';
import { locationUpdate, locationUpdateV2, organisationSetUp } from './location';
import { organisationSetRules } from './organisation';
import { placementCreate, placementCreateV2, placementEnd, placementTransfer, placementTransferV2 } from './placement';
import { placementChange } from './placementChange';
import { staffCreate, staffEnd, staffEndV2, staffUpdate } from './staff';
import {
  requestApprove,
  requestCancel,
  requestConfirmStillNeeded,
  requestExpire,
  requestReject,
  requestRevoke,
  requestSubmit,
  requestTaskDone,
} from './request';
import { rosterWeekPublish } from './rosterWeek';
import { flexBudgetCloseQuarter } from './flexBudget';
import { schoolClosureDaySetThreshold } from './schoolClosureDay';
import { shiftAssign, shiftCopy, shiftRemove, shiftSetDay } from './shift';
import { staffAbsenceRegister, staffAbsenceRemove } from './staffAbsence';
import type { Mutator } from './types';
import { childViewRecord } from './childView';

export const mutators: { [K in MutatorName]: Mutator } = {
  'shift.assign': shiftAssign as Mutator,
  'shift.remove': shiftRemove as Mutator,
  'shift.setDay': shiftSetDay as Mutator,
  'shift.copy': shiftCopy as Mutator,
  'staffAbsence.register': staffAbsenceRegister as Mutator,
  'staffAbsence.remove': staffAbsenceRemove as Mutator,
  'rosterWeek.publish': rosterWeekPublish as Mutator,
  'placement.create': placementCreate as Mutator,
  'consent.set': consentSet as Mutator,
  'placement.transfer': placementTransfer as Mutator,
  'placement.end': placementEnd as Mutator,
  'pickupPerson.set': pickupPersonSet as Mutator,
  'pickupPerson.remove': pickupPersonRemove as Mutator,
  'attendance.checkIn': attendanceCheckIn as Mutator,
  'attendance.checkOut': attendanceCheckOut as Mutator,
  'attendance.correct': attendanceCorrect as Mutator,
  'attendance.purge': attendancePurge as Mutator,
  'latePickup.register': latePickupRegister as Mutator,
  'latePickup.dispute': latePickupDispute as Mutator,
  'latePickup.confirm': latePickupConfirm as Mutator,
  'latePickup.correct': latePickupCorrect as Mutator,
  'latePickup.withdraw': latePickupWithdraw as Mutator,
  'latePickup.recordConversation': latePickupRecordConversation as Mutator,
  'latePickup.confirmFine': latePickupConfirmFine as Mutator,
  'request.submit': requestSubmit as Mutator,
  'request.approve': requestApprove as Mutator,
  'request.reject': requestReject as Mutator,
  'request.cancel': requestCancel as Mutator,
  'request.expire': requestExpire as Mutator,
  'request.revoke': requestRevoke as Mutator,
  'request.confirmStillNeeded': requestConfirmStillNeeded as Mutator,
  'requestTask.done': requestTaskDone as Mutator,
  'schoolClosureDay.setThreshold': schoolClosureDaySetThreshold as Mutator,
  'flexBudget.closeQuarter': flexBudgetCloseQuarter as Mutator,
  'organisation.setUp': organisationSetUp as Mutator,
  'location.update': locationUpdate as Mutator,
  'group.create': groupCreate as Mutator,
  'group.update': groupUpdate as Mutator,
  'group.close': groupClose as Mutator,
  'group.remove': groupRemove as Mutator,
  'staff.create': staffCreate as Mutator,
  'staff.update': staffUpdate as Mutator,
  'staff.end': staffEnd as Mutator,
  'child.create': childCreate as Mutator,
  'child.update': childUpdate as Mutator,
  'child.setContacts': childSetContacts as Mutator,
  'child.setHealth': childSetHealth as Mutator,
  'placement.create.v2': placementCreateV2 as Mutator,
  'placement.transfer.v2': placementTransferV2 as Mutator,
  'placement.change': placementChange as Mutator,
  'child.setMentor': childSetMentor as Mutator,
  'group.create.v2': groupCreateV2 as Mutator,
  'group.update.v2': groupUpdateV2 as Mutator,
  'child.edit': childEdit as Mutator,
  'organisation.setRules': organisationSetRules as Mutator,
  'location.update.v2': locationUpdateV2 as Mutator,
  'staff.end.v2': staffEndV2 as Mutator,
  'childView.record': childViewRecord as Mutator,
};
