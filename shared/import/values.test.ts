import { describe, expect, test } from 'vitest';
import {
  countsOfJobTitle,
  parseCareType,
  parseClock,
  parseCounts,
  parseDate,
  parseDayCell,
  parseDays,
  parseNumber,
  parseSpan,
} from './values';

describe('import values', () => {
  test('dates: dd-mm-jjjj, d-m-jjjj and jjjj-mm-dd are read; a day that does not exist or another order is no date', () => {
    expect(parseDate('05-03-2024')).toBe('2024-03-05');
    expect(parseDate('5-3-2024')).toBe('2024-03-05');
    expect(parseDate('5/3/2024')).toBe('2024-03-05');
    expect(parseDate('2024-03-05')).toBe('2024-03-05');
    expect(parseDate('29-02-2024')).toBe('2024-02-29');
    expect(parseDate('29-02-2023')).toBeNull();
    expect(parseDate('32-01-2024')).toBeNull();
    expect(parseDate('2024/03/14')).toBeNull();
    expect(parseDate('03-15-2024')).toBeNull();
    expect(parseDate('5 maart 2024')).toBeNull();
    expect(parseDate('2024-3-5')).toBeNull();
  });

  test('times: 7:30, 07:30 and 07.30; up to 24:00, not 24:01 or 7:60', () => {
    expect(parseClock('7:30')).toBe(450);
    expect(parseClock('07:30')).toBe(450);
    expect(parseClock('07.30')).toBe(450);
    expect(parseClock('24:00')).toBe(1440);
    expect(parseClock('24:01')).toBeNull();
    expect(parseClock('7:60')).toBeNull();
    expect(parseClock('730')).toBeNull();
    expect(parseSpan('7:30-18:00')).toEqual({ start: 450, end: 1080 });
    expect(parseSpan('7.30 tot 18.00')).toEqual({ start: 450, end: 1080 });
  });

  test('days: "ma di wo", "maandag; dinsdag", English names; an unknown word refuses the whole list', () => {
    expect(parseDays('ma di wo')).toEqual([1, 2, 3]);
    expect(parseDays('maandag; dinsdag')).toEqual([1, 2]);
    expect(parseDays('Ma, Wo, Vr')).toEqual([1, 3, 5]);
    expect(parseDays('vr ma')).toEqual([1, 5]);
    expect(parseDays('Monday Tuesday')).toEqual([1, 2]);
    expect(parseDays('maandag en woensdag')).toEqual([1, 3]);
    expect(parseDays('ma di xx')).toBeNull();
    expect(parseDays('')).toBeNull();
  });

  test('a column per day: x or ja is a day at the contract times, a span its own times, empty or nee none', () => {
    expect(parseDayCell('x')).toEqual({ care: true, span: null });
    expect(parseDayCell('Ja')).toEqual({ care: true, span: null });
    expect(parseDayCell('')).toEqual({ care: false });
    expect(parseDayCell('nee')).toEqual({ care: false });
    expect(parseDayCell('8:00-12:30')).toEqual({ care: true, span: { start: 480, end: 750 } });
    expect(parseDayCell('misschien')).toBeNull();
  });

  test('numbers with a decimal comma; care types and ratio counting by their back-office names', () => {
    expect(parseNumber('32,5')).toBe(32.5);
    expect(parseNumber('32')).toBe(32);
    expect(parseNumber('-1')).toBeNull();
    expect(parseNumber('twee')).toBeNull();
    expect(parseCareType('Dagopvang')).toBe('KDV');
    expect(parseCareType('BSO')).toBe('BSO');
    expect(parseCareType('Buitenschoolse opvang')).toBe('BSO');
    expect(parseCareType('peuterspeelzaal?')).toBeNull();
    expect(parseCounts('ja')).toBe('full');
    expect(parseCounts('stagiair')).toBe('trainee');
    expect(parseCounts('misschien')).toBeNull();
    expect(countsOfJobTitle('stagiair BBL')).toBe('trainee');
    expect(countsOfJobTitle('groepshulp')).toBe('none');
    expect(countsOfJobTitle('pedagogisch medewerker')).toBe('full');
  });
});
