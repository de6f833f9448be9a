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
import { placementCreate, placementEnd, placementTransfer } from './placement';
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
};
