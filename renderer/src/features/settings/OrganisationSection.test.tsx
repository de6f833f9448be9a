import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { SettingsView } from '../../../../shared/contract/settingsViews';
import { organisationRulesOf } from '../../../../shared/domain/masterData/organisationRules';
import { defaultOrganisationSettings } from '../../../../shared/domain/settings';
import '../../i18n';
import { OrganisationSection } from './OrganisationSection';

afterEach(cleanup);

const view = (editable: boolean): SettingsView => ({
  location: {
    id: 'loc',
    organisationId: 'org',
    name: 'Rhoon',
    code: 'RHO',
    opensAt: 450,
    closesAt: 1110,
    lrkNumber: null,
    address: null,
    openDays: [1, 2, 3, 4, 5],
  },
  groups: [],
  organisation: { id: 'org', name: 'Kinderopvang Het Zonnehuis', rules: organisationRulesOf(defaultOrganisationSettings()), editable },
});

describe("Organisatie: the organisation's rules", () => {
  test('an enrolled desk shows them read-only, "ingesteld door de organisatie", with amounts in euros', () => {
    render(<OrganisationSection view={view(false)} onNotice={vi.fn()} />);
    expect(screen.getByText(/^Ingesteld door de organisatie\./)).toBeTruthy();
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Opslaan' })).toBeNull();
    expect(screen.getByText('Extra dag: prijs per uur op de factuur (€)').nextSibling?.textContent?.replace(/\s/g, ' ')).toBe('€ 11,00');
  });
  test('a desk that is not enrolled lets its manager edit them, starting from the current values', () => {
    render(<OrganisationSection view={view(true)} onNotice={vi.fn()} />);
    expect(screen.queryByText(/^Ingesteld door de organisatie/)).toBeNull();
    expect((screen.getByLabelText('Extra dag: prijs per uur op de factuur (€)') as HTMLInputElement).value).toBe('11,00');
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeTruthy();
  });
});
