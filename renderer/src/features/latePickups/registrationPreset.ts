/**
 * What another screen fills in when it opens the registration: the group's day view links a late
 * check-out as `#/latePickups?child=<id>&group=<id>&date=YYYY-MM-DD&pickup=HH:MM` (see
 * `latePickupLink`). The form starts on that day and group, with the child ticked and the pickup
 * time filled in; the contracted end and the minutes late come from the plan as always.
 *
 * Values that cannot be right are dropped, never guessed: a date that is no date or lies after
 * today, a time that is no time.
 */
import { isLocalDate } from '../../../../shared/domain/time/localDate';
import { formatTime, parseTime } from '../../../../shared/domain/time/timeOfDay';

export type RegistrationPreset = {
  date: string | null;
  groupId: string | null;
  childId: string | null;
  /** Minutes since midnight. */
  pickupTime: number | null;
  /** Changes with every value, so a form can start afresh for another preset. */
  key: string;
};

const ID = /^[A-Za-z0-9-]{1,64}$/;

/** The preset in the screen's parameters; null when there is none. */
export function presetOf(params: URLSearchParams, today: string): RegistrationPreset | null {
  const text = (name: string) => params.get(name)?.trim() ?? '';
  const date = text('date');
  const group = text('group');
  const child = text('child');
  const pickupTime = parseTime(text('pickup'));
  const preset = {
    date: isLocalDate(date) && date <= today ? date : null,
    groupId: ID.test(group) ? group : null,
    childId: ID.test(child) ? child : null,
    pickupTime: pickupTime !== null && pickupTime < 24 * 60 ? pickupTime : null,
  };
  if (Object.values(preset).every((v) => v === null)) return null;
  return { ...preset, key: [preset.date, preset.groupId, preset.childId, preset.pickupTime].join('|') };
}

/** The screen's parameters for a late check-out (what the day view links to). */
export function latePickupLink(link: { childId: string; groupId: string; date: string; pickupTime: number }): Record<string, string> {
  return { child: link.childId, group: link.groupId, date: link.date, pickup: formatTime(link.pickupTime) };
}
