import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { DeviceGroupView, GroupDeviceView } from '../../../../shared/contract/views';
import '../../i18n';
import { DeviceGroupCard } from './DeviceGroupCard';

afterEach(cleanup);

const base: GroupDeviceView = {
  deviceId: 'd1',
  name: 'iPad Rupsjes',
  groupId: 'g1',
  status: 'active',
  pairedBy: 'Manager 1',
  pairedAt: '2026-11-23T08:00:00.000Z',
  lastSeenAt: '2026-11-23T09:00:00.000Z',
  appVersion: '1.2.0',
  lockAt: '2026-11-23T21:00:00.000Z',
  revocation: null,
  wipeConfirmedAt: null,
};

const group = (devices: GroupDeviceView[]): DeviceGroupView => ({ groupId: 'g1', name: 'Rupsjes', careType: 'KDV', devices });

describe('devices of a group', () => {
  test('an active device shows its status as icon and word, who paired it, and a revoke button', () => {
    const onRevoke = vi.fn();
    render(<DeviceGroupCard group={group([base])} canRevoke onRevoke={onRevoke} />);
    const row = screen.getByRole('row', { name: /iPad Rupsjes/ });
    expect(within(row).getByText('Actief')).toBeTruthy();
    expect(within(row).getByText('door Manager 1')).toBeTruthy();
    expect(within(row).getByText('1.2.0')).toBeTruthy();
    within(row).getByRole('button', { name: 'iPad Rupsjes intrekken' }).click();
    expect(onRevoke).toHaveBeenCalledWith(base);
  });

  test('a revocation the hub has not confirmed says so, with the reason, and cannot be revoked again', () => {
    const pending: GroupDeviceView = {
      ...base,
      status: 'revoked',
      lockAt: null,
      revocation: {
        reason: 'stolen',
        note: 'uit de tas',
        by: 'Assistent 1',
        at: '2026-11-23T10:00:00.000Z',
        undelivered: true,
        refused: null,
      },
    };
    render(<DeviceGroupCard group={group([pending])} canRevoke onRevoke={() => undefined} />);
    const row = screen.getByRole('row', { name: /iPad Rupsjes/ });
    expect(within(row).getByText('Ingetrokken')).toBeTruthy();
    expect(within(row).getByText('Intrekking nog niet afgeleverd')).toBeTruthy();
    expect(within(row).getByText(/^Gestolen · door Assistent 1/)).toBeTruthy();
    expect(within(row).queryByRole('button')).toBeNull();
  });

  test('a wiped device shows when the wipe was confirmed; an empty group says so', () => {
    render(
      <DeviceGroupCard
        group={group([{ ...base, status: 'wiped', wipeConfirmedAt: '2026-11-23T10:05:00.000Z' }])}
        canRevoke
        onRevoke={() => undefined}
      />,
    );
    expect(screen.getByText('Gewist')).toBeTruthy();
    expect(screen.getByText(/^gewist bevestigd op/)).toBeTruthy();
    cleanup();
    render(<DeviceGroupCard group={group([])} canRevoke onRevoke={() => undefined} />);
    expect(screen.getByText('Nog geen iPad gekoppeld aan deze groep.')).toBeTruthy();
  });
});
