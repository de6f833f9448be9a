/**
 * What the registration form shows before saving: per ticked child the minutes late and the
 * count the registration will get, from the shared rule (`minutesLate`) and the child's count so
 * far. The core recounts on save; this is only the preview.
 */
import type { LatePickupForm, LatePickupFormChild } from '../../../../shared/contract/views';
import { minutesLate } from '../../../../shared/domain/latePickup/lateFines';
import { defaultLatePickupSettings } from '../../../../shared/domain/latePickup/latePickupSettings';

export type Preview = { childId: string; name: string; minutes: number; count: number };

export function previewOf(
  form: Pick<LatePickupForm, 'graceMinutes'>,
  child: Pick<LatePickupFormChild, 'childId' | 'firstName' | 'countThisYear'>,
  contractedEnd: number | null,
  pickupTime: number | null,
): Preview | null {
  if (contractedEnd === null || pickupTime === null) return null;
  const minutes = minutesLate(contractedEnd, pickupTime, { ...defaultLatePickupSettings, graceMinutes: form.graceMinutes });
  return { childId: child.childId, name: child.firstName, minutes, count: child.countThisYear + 1 };
}
