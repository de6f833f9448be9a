/**
 * Names of closure days, Dutch and English (i18next `{{x}}` syntax; the renderer loads the same
 * catalogue). Keyed by stable ids so the UI can re-render a closure in English.
 */
import type { Catalogue } from '../../i18n/messages';

export const calendarMessages = {
  nl: {
    'calendar.holiday.new_years_day': 'Nieuwjaarsdag',
    'calendar.holiday.easter_monday': 'Tweede paasdag',
    'calendar.holiday.kings_day': 'Koningsdag',
    'calendar.holiday.liberation_day': 'Bevrijdingsdag',
    'calendar.holiday.ascension_day': 'Hemelvaartsdag',
    'calendar.holiday.whit_monday': 'Tweede pinksterdag',
    'calendar.holiday.christmas_day': 'Eerste kerstdag',
    'calendar.holiday.boxing_day': 'Tweede kerstdag',
    'calendar.closed.weekend': 'Weekend',
    'calendar.closed.study_day': 'Studiedag',
  },
  en: {
    'calendar.holiday.new_years_day': "New Year's Day",
    'calendar.holiday.easter_monday': 'Easter Monday',
    'calendar.holiday.kings_day': "King's Day",
    'calendar.holiday.liberation_day': 'Liberation Day',
    'calendar.holiday.ascension_day': 'Ascension Day',
    'calendar.holiday.whit_monday': 'Whit Monday',
    'calendar.holiday.christmas_day': 'Christmas Day',
    'calendar.holiday.boxing_day': 'Boxing Day',
    'calendar.closed.weekend': 'Weekend',
    'calendar.closed.study_day': 'Study day',
  },
} satisfies Catalogue;
