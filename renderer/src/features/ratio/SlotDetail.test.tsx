import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { RatioLevel, RatioSlot, RatioUnitDay } from '../../../../shared/contract/views';
import { evaluateRatio } from '../../../../shared/domain/ratio/ratio';
import { i18n } from '../../i18n';
import { RatioLevelBadge } from './RatioLevelBadge';
import { SlotDetail } from './SlotDetail';
import { SlotStrip } from './SlotStrip';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('nl');
});

// Two babies and two 1-year-olds: rule 1 gives exactly 144/144 = 1 (the floating-point trap), one professional there.
const explanation = evaluateRatio({ care: 'KDV', date: '2026-11-23', ages: [0, 0, 1, 1] }).explanation;

function slot(start: number, level: RatioLevel, extra: Partial<RatioSlot> = {}): RatioSlot {
  return {
    start,
    end: start + 15,
    level,
    status: level === 'over_budget' ? 'deviation' : level,
    at: start,
    intervalStart: start,
    intervalEnd: start + 15,
    children: 4,
    byAge: [2, 2, 0, 0],
    countingStaff: 1,
    adults: 1,
    required: 1,
    minStaffDuringDeviation: 1,
    withinMax: true,
    explanation: { ...explanation, params: { ...explanation.params }, parts: explanation.parts.map((p) => ({ ...p })) },
    present: { children: [0, 1, 2, 3], staff: [0], onBreak: [1] },
    ...extra,
  };
}

const unit: RatioUnitDay = {
  unitId: 'g1',
  kind: 'group',
  name: 'Rupsjes',
  careType: 'KDV',
  groups: [{ groupId: 'g1', name: 'Rupsjes' }],
  regime: 'kdv',
  budget: {
    minutes: 180,
    used: 30,
    explanation: { rule: 'ratio.deviation.kdv_budget', params: {}, message: 'afwijken mag', parts: [] },
  },
  violationMinutes: 0,
  worst: 'deviation',
  slots: [slot(600, 'ok'), slot(615, 'deviation'), slot(660, 'understaffed')],
  violations: [],
  warnings: [],
  children: [
    { childId: 'c1', name: 'Noor de Vries', groupId: 'g1', age: 0, start: 450, end: 1080 },
    { childId: 'c2', name: 'Sem Bakker', groupId: 'g1', age: 0, start: 480, end: 1050 },
    { childId: 'c3', name: 'Liv Jansen', groupId: 'g1', age: 1, start: 480, end: 780 },
    { childId: 'c4', name: 'Daan Visser', groupId: 'g1', age: 1, start: 510, end: 1020 },
  ],
  staff: [
    { shiftId: 's1', staffId: 'st1', name: 'Annebel Jansen', groupId: 'g1', counts: 'full', start: 420, end: 960, breaks: [] },
    {
      shiftId: 's2',
      staffId: 'st2',
      name: 'Fenna de Boer',
      groupId: 'g1',
      counts: 'full',
      start: 540,
      end: 1080,
      breaks: [{ start: 600, end: 630 }],
    },
  ],
};

describe('slot detail', () => {
  test('explains the slot: status in words, the numbers, the rule sentence and who is there', () => {
    render(<SlotDetail unit={unit} slot={slot(600, 'ok')} />);
    const detail = screen.getByRole('region', { name: /10:00–10:15 · Rupsjes/ });
    expect(within(detail).getByText('ok')).toBeTruthy();
    expect(within(detail).getByText('Voldoende beroepskrachten: 1 aanwezig, 1 nodig.')).toBeTruthy();
    expect(within(detail).getByText('4 kinderen, rij 0..1: cel 1 PM / 4; rekenregel 1: Z = 144/144 -> 1; nodig 1')).toBeTruthy();
    expect(within(detail).getByText('Beslissende regel: tabel 1 (dagopvang)')).toBeTruthy();
    expect(within(detail).getByRole('heading', { name: 'Kinderen aanwezig (4)' })).toBeTruthy();
    expect(within(detail).getByText('Noor de Vries')).toBeTruthy();
    expect(within(detail).getByRole('heading', { name: 'Medewerker aanwezig (1)' })).toBeTruthy();
    expect(within(detail).getByText('Annebel Jansen')).toBeTruthy();
    // Fenna is on a break at 10:00, and the detail says so with her break times.
    expect(within(detail).getByRole('heading', { name: 'Met pauze (1)' })).toBeTruthy();
    expect(within(detail).getByText('Fenna de Boer')).toBeTruthy();
    expect(within(detail).getByText('10:00–10:30')).toBeTruthy();
  });

  test('an understaffed slot says why it is not compliant: below the minimum even when deviating', () => {
    render(<SlotDetail unit={unit} slot={slot(660, 'understaffed', { countingStaff: 0, required: 2, minStaffDuringDeviation: 1 })} />);
    expect(screen.getByText('onderbezet')).toBeTruthy();
    expect(screen.getByText('Onderbezet: 0 aanwezig; ook bij afwijken zijn er minimaal 1 nodig (2 zonder afwijking).')).toBeTruthy();
  });

  test('in English the rule explanation is rendered from the shared catalogue', async () => {
    await i18n.changeLanguage('en');
    render(<SlotDetail unit={unit} slot={slot(600, 'ok')} />);
    expect(screen.getByText('4 children, row 0..1: cell 1 staff / 4; rule 1: Z = 144/144 -> 1; required 1')).toBeTruthy();
    expect(screen.getByText('Enough professionals: 1 present, 1 required.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Children present (4)' })).toBeTruthy();
  });
});

describe('ratio status labels', () => {
  test.each([
    ['ok', 'ok'],
    ['deviation', 'afwijking'],
    ['over_budget', 'buiten budget'],
    ['understaffed', 'onderbezet'],
    ['over_max', 'boven maximum'],
  ] as const)('status %s has an icon and the word "%s", never colour alone', (level, word) => {
    const { container } = render(<RatioLevelBadge level={level} />);
    const badge = container.querySelector('.level-badge')!;
    expect(badge.textContent).toBe(word);
    expect(badge.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
  });

  test('the icons differ per status', () => {
    const { container } = render(
      <>
        {(['ok', 'deviation', 'over_budget', 'understaffed', 'over_max'] as const).map((l) => (
          <RatioLevelBadge key={l} level={l} />
        ))}
      </>,
    );
    const icons = [...container.querySelectorAll('.level-badge svg')].map((svg) => svg.getAttribute('class'));
    expect(new Set(icons).size).toBe(5);
  });

  test('nobody there is said in words', () => {
    render(<RatioLevelBadge level={null} />);
    expect(screen.getByText('niemand aanwezig')).toBeTruthy();
  });
});

describe('slot strip', () => {
  test('every slot is a button named by its time and status; arrow keys move between slots, a click opens one', () => {
    const onSelect = vi.fn();
    render(<SlotStrip slots={unit.slots} opensAt={600} closesAt={690} label="Kwartieren" selectedStart={null} onSelect={onSelect} />);
    const group = screen.getByRole('group', { name: 'Kwartieren' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      '10:00–10:15: ok',
      '10:15–10:30: afwijking',
      '11:00–11:15: onderbezet',
    ]);
    // One tab stop: the first slot.
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    buttons[0]!.focus();
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1]!, { key: 'End' });
    expect(document.activeElement).toBe(buttons[2]);
    fireEvent.click(buttons[2]!);
    expect(onSelect).toHaveBeenCalledWith(660);
  });
});
