/**
 * The ratio command's input and output (spec/ratio.md, "Command line"), kept here so the command
 * itself only parses, calls and prints. Input: `{ care, date?, ages?, children?, staff? }`;
 * `date` defaults to today; with `children` ages are computed on `date`; `ages` and `children`
 * together are all counted. Output: `{ required, withinMax, minStaffDuringDeviation, status?,
 * explanation }`, `status` only when `staff` is given.
 */
import { z } from 'zod';
import { CareType, LocalDateSchema } from '../../model/rows';
import type { LocalDate } from '../time/localDate';
import { ageInYears } from '../time/localDate';
import { evaluateRatio } from './evaluateRatio';
import { defaultRatioSettings } from './ratioSettings';
import type { RatioSettings } from './ratioSettings';
import type { RatioStatus } from './requirement';

/** No child in childcare is older; a larger number is a typing error. */
export const MAX_CHILD_AGE = 18;

/** The schema of one input object; `today` is the date used when `date` is left out. */
export function ratioCommandItemSchema(today: LocalDate) {
  return z
    .strictObject({
      care: CareType,
      date: LocalDateSchema.optional(),
      ages: z.array(z.number().int().min(0).max(MAX_CHILD_AGE)).optional(),
      children: z.array(z.strictObject({ dob: LocalDateSchema })).optional(),
      staff: z.number().int().min(0).optional(),
    })
    .superRefine((item, ctx) => {
      const date = item.date ?? today;
      (item.children ?? []).forEach((child, i) => {
        if (child.dob > date) {
          ctx.addIssue({ code: 'custom', path: ['children', i, 'dob'], message: `geboren na de gecontroleerde datum ${date}` });
        } else if (ageInYears(child.dob, date) > MAX_CHILD_AGE) {
          ctx.addIssue({ code: 'custom', path: ['children', i, 'dob'], message: `ouder dan ${MAX_CHILD_AGE} jaar op ${date}` });
        }
      });
    });
}

export type RatioCommandItem = z.infer<ReturnType<typeof ratioCommandItemSchema>>;

export type RatioCommandOutput = {
  required: number | null;
  withinMax: boolean;
  minStaffDuringDeviation: number | null;
  status?: RatioStatus;
  /** The Dutch explanation, followed by any flags (a child aged 4+ in a KDV group). */
  explanation: string;
};

export function runRatioCommand(
  item: RatioCommandItem,
  today: LocalDate,
  settings: RatioSettings = defaultRatioSettings,
): RatioCommandOutput {
  const date = item.date ?? today;
  const ages = [...(item.ages ?? []), ...(item.children ?? []).map((c) => ageInYears(c.dob, date))];
  const evaluation = evaluateRatio(
    item.staff === undefined ? { care: item.care, date, ages } : { care: item.care, date, ages, staff: item.staff },
    settings,
  );
  const output: RatioCommandOutput = {
    required: evaluation.required,
    withinMax: evaluation.withinMax,
    minStaffDuringDeviation: evaluation.minStaffDuringDeviation,
    explanation: [evaluation.explanation.message, ...evaluation.warnings.map((w) => w.message)].join('; '),
  };
  if (evaluation.status !== undefined) {
    // Keep the spec's key order: status before explanation.
    return {
      required: output.required,
      withinMax: output.withinMax,
      minStaffDuringDeviation: output.minStaffDuringDeviation,
      status: evaluation.status,
      explanation: output.explanation,
    };
  }
  return output;
}
