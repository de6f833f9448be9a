import type { TFunction } from 'i18next';

const MONTHS_PER_YEAR = 12;

/** An age in months the way people say it: `6 maanden`, `4 jaar`, `1 jaar en 6 maanden`. */
export function ageText(months: number, t: TFunction): string {
  const years = Math.floor(months / MONTHS_PER_YEAR);
  const rest = months % MONTHS_PER_YEAR;
  if (years === 0) return t('settings.age.months', { count: months });
  if (rest === 0) return t('settings.age.years', { count: years });
  return t('settings.age.yearsMonths', {
    years: t('settings.age.years', { count: years }),
    months: t('settings.age.months', { count: rest }),
  });
}

/** A group's age range: `0 maanden – 1 jaar en 6 maanden`. */
export function ageRangeText(minMonths: number, maxMonths: number, t: TFunction): string {
  return t('settings.age.range', { from: ageText(minMonths, t), to: ageText(maxMonths, t) });
}
