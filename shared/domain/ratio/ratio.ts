/**
 * The staff-to-child ratio rules (BKR, spec/ratio.md): one import for the store and the screens.
 */
export { ratioSettingsSchema, defaultRatioSettings, BsoFormula } from './ratioSettings';
export type { RatioSettings } from './ratioSettings';
export { ratioMessages, ratioText } from './messages';
export { renderExplanation } from './explanation';
export type { Explanation, ExplanationPart } from './explanation';
export { statusOf, minStaffDuringDeviationFor } from './requirement';
export type { RatioStatus, Regime, RequirementOutcome } from './requirement';
export { table1, table1Row, table1Cell, cellWithinMax, maxStaffOfRow, KDV_LARGEST_GROUP } from './kdvTable';
export { kdvOutcome, kdvRequired, rule1Z } from './kdvRatio';
export { bsoLocationOutcome, bsoBasisgroupOutcome, bsoLocationRequired, checkBasisgroupSize, bsoPerLocationOn } from './bsoRatio';
export { evaluateRatio, agesOn, regimeOn } from './evaluateRatio';
export type { RatioCheck, RatioEvaluation } from './evaluateRatio';
export { evaluateDay, deviationBudget, slotsOf, peakRequired, SLOT_MINUTES } from './dayTimeline';
export type {
  ChildPresence,
  StaffPresence,
  BsoDayKind,
  DayInput,
  DayTimeline,
  TimelineInterval,
  TimelineSlot,
  ViolationKind,
  DeviationBudget,
} from './dayTimeline';
export { checkLocationSafety } from './locationSafety';
export type { LocationSafetyInput, LocationSafetyResult } from './locationSafety';
export { checkFixedFaces, maxFixedFaces } from './fixedFaces';
export type { FixedFace, FixedFacesDay, FixedFacesInput, FixedFacesDayResult } from './fixedFaces';
export { evaluateLocationDay, presentAt, bsoUnitId } from './locationDay';
export type {
  LocationDay,
  LocationDayChild,
  LocationDayGroup,
  LocationDayInput,
  LocationDayShift,
  RatioUnit,
  RatioUnitKind,
} from './locationDay';
export { ratioCommandItemSchema, runRatioCommand } from './ratioCommand';
export type { RatioCommandItem, RatioCommandOutput } from './ratioCommand';
