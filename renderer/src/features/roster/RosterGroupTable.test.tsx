import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import type { RosterGroup } from '../../../../shared/contract/views';
import { i18n } from '../../i18n';
import { RosterGroupTable } from './RosterGroupTable';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('nl');
});

const group: RosterGroup = {
  groupId: 'g1',
  name: 'Rupsjes',
  careType: 'KDV',
  capacity: 12,
  ageMinMonths: 0,
  ageMaxMonths: 18,
  days: [
    {
      date: '2026-12-24',
      closed: null,
      children: [{ childId: 'c1', name: 'Noor de Vries', dateOfBirth: '2026-01-10', age: 0, start: 450, end: 1080, kind: 'fixed' }],
      shifts: [
        {
          shiftId: 's1',
          staffId: 'st1',
          name: 'Annebel Jansen',
          counts: 'full',
          start: 420,
          end: 960,
          breaks: [{ start: 750, end: 780 }],
          absence: null,
        },
      ],
    },
    {
      date: '2026-12-25',
      closed: { reason: 'public_holiday', name: 'Eerste kerstdag', key: 'calendar.holiday.christmas_day' },
      children: [],
      shifts: [],
    },
  ],
};

describe('roster group table', () => {
  test('an open day lists the staff on shift and the expected children with their times', () => {
    render(<RosterGroupTable group={group} today="2026-12-24" />);
    const [open] = screen.getAllByRole('cell');
    expect(within(open!).getByText('Annebel Jansen')).toBeTruthy();
    expect(within(open!).getByText('07:00–16:00')).toBeTruthy();
    expect(within(open!).getByText('Noor de Vries')).toBeTruthy();
    expect(within(open!).getByText('07:30–18:00')).toBeTruthy();
    expect(screen.getByText('1 kind · 1 medewerker')).toBeTruthy();
  });

  test('a closed day says why and lists nobody', () => {
    render(<RosterGroupTable group={group} today="2026-12-24" />);
    const closed = screen.getAllByRole('cell')[1]!;
    expect(within(closed).getByText('Gesloten: Eerste kerstdag')).toBeTruthy();
    expect(within(closed).queryByRole('listitem')).toBeNull();
  });

  test('in English a closed day is named in English (from its calendar key), not in Dutch', async () => {
    await i18n.changeLanguage('en');
    render(<RosterGroupTable group={group} today="2026-12-24" />);
    const closed = screen.getAllByRole('cell')[1]!;
    expect(within(closed).getByText('Closed: Christmas Day')).toBeTruthy();
    expect(within(closed).queryByText(/kerstdag|Gesloten/i)).toBeNull();
  });

  test('today is marked for assistive technology, not by colour alone', () => {
    render(<RosterGroupTable group={group} today="2026-12-24" />);
    expect(screen.getByRole('columnheader', { name: /do 24 dec/ }).getAttribute('aria-current')).toBe('date');
  });

  test('whether a staff member counts in the ratio has a text label, not just a colour', () => {
    render(<RosterGroupTable group={group} today="2026-12-24" />);
    expect(screen.getByRole('img', { name: 'telt mee in de ratio' })).toBeTruthy();
  });
});
