/** The contract dialog's capacity preview and the health banner, with the core's answers mocked. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ContractPreview } from '../../../../shared/contract/childrenViews';
import type { ChildDetail } from '../../../../shared/contract/views';
import { i18n } from '../../i18n';
import { ContractForm } from './ContractForm';
import { HealthBanner } from './HealthBanner';

const api = vi.hoisted(() => ({ 'children.contractPreview': vi.fn(), mutate: vi.fn() }));
vi.mock('../../api/client', () => ({ api }));

const detail = {
  childId: 'noor',
  locationId: 'oud',
  name: 'Noor Test',
  firstName: 'Noor',
  dateOfBirth: '2024-09-10',
  hours: { opensAt: 450, closesAt: 1080 },
  today: '2026-11-23',
  placements: [],
  groups: [
    { groupId: 'muisjes', name: 'Muisjes', careType: 'KDV', ageMinMonths: 0, ageMaxMonths: 18 },
    { groupId: 'egeltjes', name: 'Egeltjes', careType: 'KDV', ageMinMonths: 18, ageMaxMonths: 48 },
  ],
  effectiveDates: ['2026-12-01', '2026-12-16'],
  effectiveDays: [1, 16],
} as unknown as ChildDetail;

const full: ContractPreview = {
  mode: 'replace',
  effectiveDate: '2026-12-01',
  added: [{ weekday: 4, start: 450, end: 1080 }],
  removed: [],
  places: [{ weekday: 4, before: 16, after: 17, capacity: 16, overFrom: '2026-12-03' }],
  groupId: 'egeltjes',
  groupName: 'Egeltjes',
  refusal: {
    rule: 'placement.group_full',
    message: 'Egeltjes donderdag 17/16 vanaf do 3 dec: meer kinderen dan kindplaatsen.',
    params: { group: 'Egeltjes', weekday: 4, count: 17, capacity: 16, fromDate: '2026-12-03' },
  },
};

beforeEach(() => {
  for (const fn of Object.values(api)) fn.mockReset();
});
afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('nl');
});

// jsdom has no modal dialogs (showModal), so the <dialog> counts as hidden for role queries.
describe('new contract: the capacity preview before confirming', () => {
  test('the groups that fit the child come first; a full day shows "Egeltjes donderdag 17/16 vanaf do 3 dec" and confirm stays disabled', async () => {
    api['children.contractPreview'].mockResolvedValue({ ok: true, value: full });
    render(<ContractForm detail={detail} placement={null} onDone={vi.fn()} onCancel={vi.fn()} />);
    const groups = screen.getByLabelText('Groep');
    expect(within(groups).getByRole('group', { name: 'Past bij leeftijd en opvangsoort', hidden: true }).textContent).toContain('Egeltjes');
    expect(within(groups).getByRole('group', { name: 'Buiten de leeftijd (reden nodig)', hidden: true }).textContent).toContain('Muisjes');
    expect((groups as HTMLSelectElement).value).toBe('egeltjes');
    fireEvent.click(screen.getByRole('checkbox', { name: 'donderdag', hidden: true }));
    const preview = screen.getByRole('region', { name: 'Bezetting per dag met dit contract', hidden: true });
    await waitFor(() =>
      expect(within(preview).getByRole('listitem', { hidden: true }).textContent).toContain(
        'Te volEgeltjes donderdag 17/16 vanaf do 3 dec',
      ),
    );
    expect(api['children.contractPreview']).toHaveBeenLastCalledWith({
      childId: 'noor',
      groupId: 'egeltjes',
      startDate: '2026-12-01',
      days: [{ weekday: 4, start: 450, end: 1080 }],
      ageExceptionReason: null,
    });
    expect(within(preview).getByRole('alert', { hidden: true }).textContent).toContain('meer kinderen dan kindplaatsen');
    expect((screen.getByRole('button', { name: 'Contract vastleggen', hidden: true }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("a group outside the child's ages asks for the reason (placement.age_reason_required) before confirming", async () => {
    api['children.contractPreview'].mockResolvedValue({
      ok: true,
      value: { ...full, groupId: 'muisjes', groupName: 'Muisjes', refusal: null },
    });
    render(<ContractForm detail={detail} placement={null} onDone={vi.fn()} onCancel={vi.fn()} />);
    fireEvent.change(screen.getByLabelText('Groep'), { target: { value: 'muisjes' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'woensdag', hidden: true }));
    const reason = screen.getByLabelText('Reden voor plaatsing buiten de leeftijd');
    fireEvent.blur(reason);
    expect(
      await screen.findByText('Noor valt buiten de leeftijd van groep Muisjes: leg vast waarom het kind hier toch geplaatst wordt.'),
    ).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Contract vastleggen', hidden: true }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(reason, { target: { value: 'Zus zit in deze groep' } });
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Contract vastleggen', hidden: true }) as HTMLButtonElement).disabled).toBe(false),
    );
  });
});

describe('health banner: an icon and the words, never only a colour', () => {
  test('allergy and medication both named; nothing without either', () => {
    const { container, rerender } = render(<HealthBanner health={{ allergies: 'Pinda', medication: 'Ventolin 12:00' }} />);
    expect(container.textContent).toBe('Allergie: PindaMedicatie: Ventolin 12:00');
    expect(container.querySelectorAll('svg')).toHaveLength(2);
    rerender(<HealthBanner health={null} />);
    expect(container.innerHTML).toBe('');
  });
});
