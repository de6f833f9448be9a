import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { GroupDayView } from '../../../../shared/contract/views';
import { i18n } from '../../i18n';
import { useAttendanceStore } from './attendanceStore';
import { DayView } from './DayView';

const api = vi.hoisted(() => ({
  'dayView.group': vi.fn(),
  'presence.day': vi.fn(),
  mutate: vi.fn(),
  onEvent: vi.fn(() => () => {}),
}));
vi.mock('../../api/client', () => ({ api }));

function day(extra: Partial<GroupDayView> = {}): GroupDayView {
  return {
    locationId: 'rho',
    locationName: 'Rhoon',
    date: '2026-11-23',
    today: '2026-11-23',
    now: 570,
    opensAt: 420,
    closesAt: 1140,
    closed: null,
    group: { groupId: 'rupsjes', name: 'Rupsjes', careType: 'KDV', ageMinMonths: 0, ageMaxMonths: 18 },
    groups: [{ groupId: 'rupsjes', name: 'Rupsjes', careType: 'KDV', ageMinMonths: 0, ageMaxMonths: 18 }],
    children: [
      {
        childId: 'sem',
        name: 'Sem de Vries',
        dateOfBirth: '2025-01-01',
        age: 1,
        planned: [{ start: 480, end: 1020 }],
        stays: [],
        state: 'expected',
        warnings: [],
        latePickup: null,
        pickupDue: { contractedEnd: 1020, graceMinutes: 0, registered: false },
        health: null,
      },
      {
        childId: 'noor',
        name: 'Noor Bakker',
        dateOfBirth: '2024-03-01',
        age: 2,
        planned: [{ start: 450, end: 780 }],
        stays: [{ attendanceId: 'a1', groupId: 'rupsjes', checkIn: 455, checkOut: null, corrected: false }],
        state: 'present',
        warnings: [],
        latePickup: null,
        pickupDue: { contractedEnd: 780, graceMinutes: 0, registered: false },
        health: null,
      },
    ],
    others: [],
    staff: [],
    ratio: { planned: null, actual: null },
    counts: { expected: 1, present: 1, left: 0, absent: 0 },
    ...extra,
  };
}

beforeEach(() => {
  for (const fn of Object.values(api)) fn.mockReset();
  useAttendanceStore.setState({ key: null, day: null, dayStatus: 'idle', notice: null });
});
afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('nl');
});

describe('the day view of a group', () => {
  test('checking a child in registers now; checking out closes its open stay', async () => {
    api['dayView.group'].mockResolvedValue({ ok: true, value: day() });
    api.mutate.mockResolvedValue({ ok: true, value: { mutationId: 1 } });
    render(<DayView locationId="rho" groupId="rupsjes" date="2026-11-23" onGroup={() => {}} />);
    const sem = await screen.findByRole('row', { name: /Sem de Vries/ });
    expect(within(sem).getByText('verwacht')).toBeTruthy();
    expect((screen.getByLabelText('Tijd') as HTMLInputElement).value).toBe('09:30');
    fireEvent.click(within(sem).getByRole('button', { name: 'Sem de Vries aanmelden' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Sem de Vries aangemeld om 09:30.'));
    expect(api.mutate.mock.calls[0]?.[0]).toMatchObject({
      name: 'attendance.checkIn',
      args: { locationId: 'rho', childId: 'sem', groupId: 'rupsjes', date: '2026-11-23', checkIn: 570 },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Noor Bakker afmelden' }));
    await waitFor(() => expect(api.mutate).toHaveBeenCalledTimes(2));
    expect(api.mutate.mock.calls[1]?.[0]).toEqual({ name: 'attendance.checkOut', args: { id: 'a1', checkOut: 570 } });
  });

  test('the notice is kept as data: after switching to English the check-in reads in English', async () => {
    api['dayView.group'].mockResolvedValue({ ok: true, value: day() });
    api.mutate.mockResolvedValue({ ok: true, value: { mutationId: 1 } });
    render(<DayView locationId="rho" groupId="rupsjes" date="2026-11-23" onGroup={() => {}} />);
    const sem = await screen.findByRole('row', { name: /Sem de Vries/ });
    fireEvent.click(within(sem).getByRole('button', { name: 'Sem de Vries aanmelden' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Sem de Vries aangemeld om 09:30.'));
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('status').textContent).toBe('Sem de Vries checked in at 09:30.');
  });

  test('a time that is no time: after switching to English the notice says so in English', async () => {
    api['dayView.group'].mockResolvedValue({ ok: true, value: day() });
    render(<DayView locationId="rho" groupId="rupsjes" date="2026-11-23" onGroup={() => {}} />);
    const sem = await screen.findByRole('row', { name: /Sem de Vries/ });
    fireEvent.change(screen.getByLabelText('Tijd'), { target: { value: '8:1' } });
    fireEvent.click(within(sem).getByRole('button', { name: 'Sem de Vries aanmelden' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Vul de tijden in als UU:MM.'));
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('status').textContent).toBe('Enter the times as HH:MM.');
  });

  test('a typed time is used, and a time that is no time is refused before anything is sent', async () => {
    api['dayView.group'].mockResolvedValue({ ok: true, value: day() });
    api.mutate.mockResolvedValue({ ok: true, value: { mutationId: 1 } });
    render(<DayView locationId="rho" groupId="rupsjes" date="2026-11-23" onGroup={() => {}} />);
    const sem = await screen.findByRole('row', { name: /Sem de Vries/ });
    fireEvent.change(screen.getByLabelText('Tijd'), { target: { value: '8:1' } });
    fireEvent.click(within(sem).getByRole('button', { name: 'Sem de Vries aanmelden' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Vul de tijden in als UU:MM.'));
    expect(api.mutate).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Tijd'), { target: { value: '08:10' } });
    fireEvent.click(within(sem).getByRole('button', { name: 'Sem de Vries aanmelden' }));
    await waitFor(() => expect(api.mutate).toHaveBeenCalledTimes(1));
    expect(api.mutate.mock.calls[0]?.[0]).toMatchObject({ args: { checkIn: 490 } });
  });

  test('a late check-out on a past day offers the late-pickup registration; nothing to check in on a later day', async () => {
    const past = day({
      date: '2026-11-20',
      now: null,
      children: [
        {
          childId: 'sem',
          name: 'Sem de Vries',
          dateOfBirth: '2025-01-01',
          age: 1,
          planned: [{ start: 480, end: 1020 }],
          stays: [{ attendanceId: 'a2', groupId: 'rupsjes', checkIn: 480, checkOut: 1032, corrected: false }],
          state: 'left',
          warnings: [],
          latePickup: { contractedEnd: 1020, pickupTime: 1032, minutesLate: 12, registered: false },
          pickupDue: { contractedEnd: 1020, graceMinutes: 0, registered: false },
          health: null,
        },
      ],
    });
    api['dayView.group'].mockResolvedValue({ ok: true, value: past });
    render(<DayView locationId="rho" groupId="rupsjes" date="2026-11-20" onGroup={() => {}} />);
    const link = await screen.findByRole('link', { name: 'Te laat ophalen registreren (12 min.)' });
    // the address itself carries the late check-out (a reload or a copied link opens the same form)
    expect(link.getAttribute('href')).toBe('#/latePickups?child=sem&group=rupsjes&date=2026-11-20&pickup=17%3A12');
    fireEvent.click(link);
    expect(window.location.hash).toBe('#/latePickups?child=sem&group=rupsjes&date=2026-11-20&pickup=17%3A12');
    cleanup();

    api['dayView.group'].mockResolvedValue({ ok: true, value: day({ date: '2026-11-24', now: null }) });
    render(<DayView locationId="rho" groupId="rupsjes" date="2026-11-24" onGroup={() => {}} />);
    await screen.findByRole('row', { name: /Sem de Vries/ });
    expect(screen.queryByRole('button', { name: 'Sem de Vries aanmelden' })).toBeNull();
    expect(screen.getByText(/Deze dag komt nog/)).toBeTruthy();
  });

  describe('a child still present after its contracted end (today)', () => {
    // Noor is checked in, her contract ends at 13:00 (780); the desk's clock says `now`.
    const registerNow = () => screen.queryByRole('link', { name: 'Te laat ophalen registreren' });

    test('still present: one minute before the end, no late-pickup link', async () => {
      api['dayView.group'].mockResolvedValue({ ok: true, value: day({ now: 779 }) });
      render(<DayView locationId="rho" groupId="rupsjes" date="2026-11-23" onGroup={() => {}} />);
      await screen.findByRole('row', { name: /Noor Bakker/ });
      expect(registerNow()).toBeNull();
      expect(screen.queryByText(/Nog aanwezig/)).toBeNull();
    });

    test('still present: on the end, no late-pickup link', async () => {
      api['dayView.group'].mockResolvedValue({ ok: true, value: day({ now: 780 }) });
      render(<DayView locationId="rho" groupId="rupsjes" date="2026-11-23" onGroup={() => {}} />);
      await screen.findByRole('row', { name: /Noor Bakker/ });
      expect(registerNow()).toBeNull();
    });

    test('still present: one minute after the end, a link to the registration filled in with now as the pickup time', async () => {
      api['dayView.group'].mockResolvedValue({ ok: true, value: day({ now: 781 }) });
      render(<DayView locationId="rho" groupId="rupsjes" date="2026-11-23" onGroup={() => {}} />);
      const noor = await screen.findByRole('row', { name: /Noor Bakker/ });
      expect(within(noor).getByText('Nog aanwezig: 1 min na 13:00')).toBeTruthy();
      const link = within(noor).getByRole('link', { name: 'Te laat ophalen registreren' });
      expect(link.getAttribute('href')).toBe('#/latePickups?child=noor&group=rupsjes&date=2026-11-23&pickup=13%3A01');
      expect(link.getAttribute('title')).toBe('Registreren als opgehaald om 13:01 (nu)');
      // the child not yet due has none
      expect(within(screen.getByRole('row', { name: /Sem de Vries/ })).queryByRole('link')).toBeNull();
      fireEvent.click(link);
      expect(window.location.hash).toBe('#/latePickups?child=noor&group=rupsjes&date=2026-11-23&pickup=13%3A01');
      await i18n.changeLanguage('en');
      expect(await within(noor).findByRole('link', { name: 'Register late pickup' })).toBeTruthy();
      expect(within(noor).getByText('Still here: 1 min after 13:00')).toBeTruthy();
    });

    test('still present within the grace minutes: no link; already registered: the day says so', async () => {
      const noorWith = (pickupDue: NonNullable<GroupDayView['children'][number]['pickupDue']>) =>
        day({ now: 785, children: day().children.map((c) => (c.childId === 'noor' ? { ...c, pickupDue } : c)) });
      api['dayView.group'].mockResolvedValue({ ok: true, value: noorWith({ contractedEnd: 780, graceMinutes: 5, registered: false }) });
      render(<DayView locationId="rho" groupId="rupsjes" date="2026-11-23" onGroup={() => {}} />);
      await screen.findByRole('row', { name: /Noor Bakker/ });
      expect(registerNow()).toBeNull();
      cleanup();
      useAttendanceStore.setState({ key: null, day: null, dayStatus: 'idle', notice: null });
      api['dayView.group'].mockResolvedValue({ ok: true, value: noorWith({ contractedEnd: 780, graceMinutes: 0, registered: true }) });
      render(<DayView locationId="rho" groupId="rupsjes" date="2026-11-23" onGroup={() => {}} />);
      const noor = await screen.findByRole('row', { name: /Noor Bakker/ });
      expect(within(noor).getByText('te laat ophalen geregistreerd')).toBeTruthy();
      expect(registerNow()).toBeNull();
    });

    test('still present on a past day (no clock): no link, whatever the time', async () => {
      api['dayView.group'].mockResolvedValue({ ok: true, value: day({ date: '2026-11-20', now: null }) });
      render(<DayView locationId="rho" groupId="rupsjes" date="2026-11-20" onGroup={() => {}} />);
      await screen.findByRole('row', { name: /Noor Bakker/ });
      expect(registerNow()).toBeNull();
    });
  });

  test('a public holiday is named in the chosen language, and nobody can be checked in', async () => {
    const christmas = day({
      date: '2026-12-25',
      now: null,
      closed: { reason: 'public_holiday', name: 'Eerste kerstdag', key: 'calendar.holiday.christmas_day' },
      children: [],
      counts: { expected: 0, present: 0, left: 0, absent: 0 },
    });
    api['dayView.group'].mockResolvedValue({ ok: true, value: christmas });
    render(<DayView locationId="rho" groupId="rupsjes" date="2026-12-25" onGroup={() => {}} />);
    expect(await screen.findByText('Gesloten: Eerste kerstdag.')).toBeTruthy();
    expect(screen.queryByLabelText('Tijd')).toBeNull();
    await i18n.changeLanguage('en');
    expect(await screen.findByText('Closed: Christmas Day.')).toBeTruthy();
    expect(screen.queryByText(/kerstdag/i)).toBeNull();
  });
});
