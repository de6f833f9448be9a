/**
 * What the registration form shows before saving: per ticked child the minutes late, the count
 * the registration will get, its stage and its fine, from the shared rule (`previewLatePickup`,
 * the rules the core applies on save) with the organisation's settings and the child's count so
 * far, both from the core (`latePickups.form`). The core recounts on save; this is only the preview.
 */
import type { LatePickupForm, LatePickupFormChild } from '../../../../shared/contract/views';
import { previewLatePickup } from '../../../../shared/domain/latePickup/lateFines';
import type { LatePickupPreview } from '../../../../shared/domain/latePickup/lateFines';

export type Preview = LatePickupPreview & { childId: string; name: string };

export function previewOf(
  form: Pick<LatePickupForm, 'settings' | 'closesAt' | 'date'>,
  child: Pick<LatePickupFormChild, 'childId' | 'firstName' | 'countThisYear'>,
  contractedEnd: number | null,
  pickupTime: number | null,
): Preview | null {
  if (contractedEnd === null || pickupTime === null) return null;
  const preview = previewLatePickup(
    { countBefore: child.countThisYear, date: form.date, contractedEnd, pickupTime, closingTime: form.closesAt },
    form.settings,
  );
  return { ...preview, childId: child.childId, name: child.firstName };
}
