import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ChildDetail } from '../../../../shared/contract/views';
import { i18n } from '../../i18n';
import { ChildDetailPanel } from './ChildDetailPanel';
import { useChildrenStore } from './childrenStore';

const api = vi.hoisted(() => ({
  'children.list': vi.fn(),
  'children.detail': vi.fn(),
  'children.mentors': vi.fn(() => Promise.resolve({ ok: false, error: { code: 'unavailable', message: 'test' } })),
  'privacy.childViews': vi.fn(),
  mutate: vi.fn(),
  onEvent: vi.fn(() => () => {}),
}));
vi.mock('../../api/client', () => ({ api }));

const detail: ChildDetail = {
  childId: 'sem',
  locationId: 'rho',
  name: 'Sem de Vries',
  firstName: 'Sem',
  lastName: 'de Vries',
  dateOfBirth: '2023-01-10',
  age: 3,
  familyId: 'f1',
  externalId: null,
  contacts: null,
  health: null,
  hours: { opensAt: 450, closesAt: 1110 },
  today: '2026-11-23',
  fourthBirthday: '2027-01-10',
  lastKdvDay: '2027-01-09',
  siblings: [],
  placements: [
    {
      placementId: 'p1',
      groupId: 'rupsjes',
      groupName: 'Rupsjes',
      careType: 'KDV',
      kind: 'fixed',
      startDate: '2026-01-01',
      endDate: null,
      days: [{ weekday: 1, start: 450, end: 1080 }],
      status: 'active',
      kdvEnd: { placementId: 'p1', proposedEnd: '2027-01-09', fourthBirthday: '2027-01-10', daysLeft: 47 },
    },
  ],
  consents: { photos: true, trips: false, otherGroup: true },
  pickupPersons: [
    {
      id: 'pp1',
      name: 'Truus Jansen',
      relation: 'oma',
      phone: '06 12345678',
      idChecked: true,
      idCheckedBy: 'Anna',
      idCheckedAt: '2026-10-01T08:00:00Z',
      note: '',
    },
  ],
  groups: [
    { groupId: 'rupsjes', name: 'Rupsjes', careType: 'KDV', ageMinMonths: 0, ageMaxMonths: 18 },
    { groupId: 'vlinders', name: 'Vlinders', careType: 'KDV', ageMinMonths: 18, ageMaxMonths: 48 },
    { groupId: 'bso', name: 'Boomhut', careType: 'BSO', ageMinMonths: 48, ageMaxMonths: 156 },
  ],
  effectiveDates: ['2026-12-01', '2026-12-16', '2027-01-01'],
  effectiveDays: [1, 16],
};

beforeEach(() => {
  for (const fn of Object.values(api)) fn.mockReset();
  api['children.detail'].mockResolvedValue({ ok: true, value: detail });
  api['children.list'].mockResolvedValue({ ok: false, error: { code: 'unavailable', message: 'test' } });
  api['privacy.childViews'].mockResolvedValue({ ok: true, value: { childId: 'sem', entries: [] } });
  useChildrenStore.setState({ locationId: null, childId: 'sem', detail, detailStatus: 'ready', detailError: null, notice: null });
});
afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('nl');
});

describe('the child detail', () => {
  test('shows the contract, the end-of-day-care flag, consents and pickup persons', () => {
    render(<ChildDetailPanel />);
    expect(screen.getByRole('heading', { level: 2, name: 'Sem de Vries' })).toBeTruthy();
    expect(screen.getByText('Einde dagopvang in zicht')).toBeTruthy();
    expect(screen.getByText(/Dagopvang kan tot en met 9 jan 2027, over 47 dagen/)).toBeTruthy();
    const contract = screen.getByRole('listitem', { name: /^Rupsjes/ });
    expect(within(contract).getByText('1 jan 2026 – onbepaalde tijd')).toBeTruthy();
    expect(within(contract).getByText('ma 07:30–18:00')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Uitstapjes' }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('row', { name: /Truus Jansen oma 06 12345678 ja/ })).toBeTruthy();
  });

  test('a transfer offers only day-care groups and effective dates, and sends one placement.transfer', async () => {
    api.mutate.mockResolvedValue({ ok: true, value: { mutationId: 1 } });
    render(<ChildDetailPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Overplaatsen' }));
    const form = screen.getByRole('form', { name: 'Overplaatsen vanuit Rupsjes' });
    const groups = within(form).getByLabelText('Nieuwe groep') as HTMLSelectElement;
    expect([...groups.options].map((o) => o.text)).toEqual(['Vlinders']);
    const dates = within(form).getByLabelText('Ingangsdatum') as HTMLSelectElement;
    expect([...dates.options].map((o) => o.value)).toEqual(['2026-12-01', '2026-12-16', '2027-01-01']);
    expect(within(form).getByText('Rupsjes tot en met 30 nov 2026, Vlinders vanaf 1 dec 2026.')).toBeTruthy();
    fireEvent.submit(form);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Overgeplaatst naar Vlinders vanaf 1 dec 2026.'));
    expect(api.mutate).toHaveBeenCalledTimes(1);
    expect(api.mutate.mock.calls[0]?.[0]).toMatchObject({
      name: 'placement.transfer',
      args: { placementId: 'p1', groupId: 'vlinders', effectiveDate: '2026-12-01', newPlacementId: expect.any(String) },
    });
  });

  test('a refusal shows the rule sentence, in English when English is chosen', async () => {
    api.mutate.mockResolvedValue({
      ok: false,
      error: {
        code: 'rule_violated',
        rule: 'placement.effective_date',
        message:
          'Een wijziging gaat in op een ingangsdatum (dag 1/16 van de maand); 2-12-2026 is dat niet. De eerstvolgende is 16-12-2026.',
        params: { date: '2-12-2026', dayList: '1/16', next: '16-12-2026' },
      },
    });
    await i18n.changeLanguage('en');
    render(<ChildDetailPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'End' }));
    fireEvent.submit(screen.getByRole('form', { name: 'End the contract in Rupsjes' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'A change takes effect on an effective date (day 1/16 of the month); 2-12-2026 is not one. The next one is 16-12-2026.',
      ),
    );
  });

  test('the end date offers the days before effective dates and the day before the 4th birthday', () => {
    render(<ChildDetailPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Beëindigen' }));
    const select = within(screen.getByRole('form', { name: 'Contract in Rupsjes beëindigen' })).getByLabelText(
      'Laatste opvangdag',
    ) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['2026-11-30', '2026-12-15', '2026-12-31', '2027-01-09']);
    expect(select.options[3]?.text).toBe('9 jan 2027 (dag vóór de 4e verjaardag)');
  });
});
