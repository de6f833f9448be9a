/**
 * Instellingen and the first start of a new location (issue 14): a manager sets up a location of
 * their own from an empty desk (organisation, location, two groups), then keeps it current under
 * Instellingen: opening hours checked where they are typed, a group closed from a date. On the demo
 * desk (not enrolled with a hub) the organisation's rules are the manager's to edit, and a group
 * with contracts is never removed: the desk explains it and offers closing instead.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, startDesk, test } from './fixtures';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `settings-${name}.png`), fullPage: true });

test('Nieuwe locatie on an empty desk: location, two groups, then Instellingen keeps it current', async ({ page }) => {
  test.setTimeout(120_000);
  const { desk, stop } = await startDesk({ demo: false });
  try {
    await page.goto(desk.url);
    await shot(page, '01-welcome');
    await page.getByRole('button', { name: 'Nieuwe locatie' }).click();
    await expect(page.getByRole('heading', { name: 'Nieuwe locatie' })).toBeVisible();

    // step 1: organisation and location, each field checked where it is typed
    await page.getByLabel('Naam van de organisatie').fill('Kinderopvang De Klimboom');
    await page.getByLabel('Naam van de locatie').fill('Klimboom Delft');
    await page.getByLabel('Locatiecode').fill('kdd');
    await expect(page.getByLabel('Locatiecode')).toHaveValue('KDD');
    await page.getByLabel('LRK-nummer').fill('12345678');
    await page.getByLabel('LRK-nummer').blur();
    await expect(page.getByText('Een LRK-nummer heeft 9 cijfers; "12345678" is dat niet.')).toBeVisible();
    await page.getByLabel('Sluitingstijd').fill('07:00');
    await page.getByLabel('Sluitingstijd').blur();
    await expect(page.getByText('De sluitingstijd (07:00) ligt niet na de openingstijd (07:30).')).toBeVisible();
    await shot(page, '02-new-location-errors');
    await page.getByLabel('LRK-nummer').fill('123 456 789');
    await page.getByLabel('Sluitingstijd').fill('18:30');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await shot(page, '03-new-location-filled');
    await page.getByRole('button', { name: 'Locatie aanmaken' }).click();

    // step 2: the groups, at least one
    await expect(page.getByText('Stap 2: Groepen')).toHaveAttribute('aria-current', 'step');
    await expect(page.getByRole('button', { name: 'Verder' })).toBeDisabled();
    await shot(page, '04-groups-empty');
    await page.getByLabel('Naam van de groep').fill('Egeltjes');
    await page.getByLabel('Kindplaatsen (LRK)').fill('16');
    await page.getByLabel('Kindplaatsen (LRK)').press('Enter');
    await expect(page.getByRole('list', { name: 'Groepen van deze locatie' }).getByText('Egeltjes')).toBeVisible();
    await page.getByLabel('Naam van de groep').fill('Vossen');
    await page.getByLabel('Buitenschoolse opvang (BSO)').check();
    await expect(page.getByLabel('Leeftijd vanaf (maanden)')).toHaveValue('48');
    await expect(page.getByText('4 jaar tot 13 jaar')).toBeVisible();
    await page.getByLabel('Kindplaatsen (LRK)').fill('31');
    await page.getByLabel('Kindplaatsen (LRK)').blur();
    await expect(page.getByText('Een BSO-groep heeft hooguit 30 kindplaatsen; 31 kan niet.')).toBeVisible();
    await shot(page, '05-group-error');
    await page.getByLabel('Kindplaatsen (LRK)').fill('24');
    await page.getByRole('button', { name: 'Groep toevoegen' }).click();
    await expect(page.getByRole('list', { name: 'Groepen van deze locatie' }).getByText('Vossen')).toBeVisible();
    await shot(page, '06-groups-two');
    await page.getByRole('button', { name: 'Verder' }).click();

    // step 3: import or type in; typing in ends on the desk's Kinderen
    await expect(page.getByRole('button', { name: 'Importeren uit de administratie' })).toBeVisible();
    await shot(page, '07-next-step');
    await page.getByRole('button', { name: 'Zelf invoeren' }).click();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    // the location switcher above every screen holds the new location
    await expect(page.getByRole('combobox', { name: 'Locatie' }).locator('option:checked')).toHaveText('Klimboom Delft');
    await expect(page).toHaveURL(/#\/children/);

    // Instellingen shows what was set up
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instellingen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
    await expect(page.getByLabel('Naam van de locatie')).toHaveValue('Klimboom Delft');
    await expect(page.getByLabel('LRK-nummer')).toHaveValue('123456789');
    const groups = page.getByRole('table');
    await expect(groups.getByRole('row', { name: /Egeltjes KDV 0 maanden tot 4 jaar 16 ma di wo do vr 0 Open/ })).toBeVisible();
    await expect(groups.getByRole('row', { name: /Vossen BSO 4 jaar tot 13 jaar 24 ma di wo do vr 0 Open/ })).toBeVisible();
    await shot(page, '08-settings');

    // a bad opening time: the message at the field, nothing saved
    await page.getByLabel('Openingstijd').fill('25:00');
    await page.getByLabel('Openingstijd').blur();
    await expect(page.getByText('"25:00" is geen tijd: schrijf uren en minuten, bijvoorbeeld 07:30.')).toBeVisible();
    await page.getByRole('button', { name: 'Opslaan' }).first().click();
    await expect(page.getByRole('status').filter({ hasText: 'Niet opgeslagen' })).toBeVisible();
    await shot(page, '09-location-bad-time');
    await page.reload();
    await expect(page.getByLabel('Openingstijd')).toHaveValue('07:30');

    // a good one is saved
    await page.getByLabel('Openingstijd').fill('7:00');
    await page.getByLabel('Openingstijd').press('Enter');
    await expect(page.getByText('Locatie Klimboom Delft is opgeslagen.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Openingstijd')).toHaveValue('07:00');

    // editing a group: the same form as the first start, in a dialog that Escape closes
    await page.getByRole('button', { name: 'Groep Egeltjes bewerken' }).click();
    const edit = page.getByRole('dialog', { name: 'Groep Egeltjes bewerken' });
    await expect(edit.getByLabel('Naam van de groep')).toHaveValue('Egeltjes');
    await edit.getByLabel('Leeftijd tot (maanden)').fill('18');
    await expect(edit.getByText('0 maanden tot 1 jaar en 6 maanden')).toBeVisible();
    await shot(page, '10-edit-group');
    await page.keyboard.press('Escape');
    await expect(edit).toHaveCount(0);

    // its room and the days it runs: Egeltjes in Lokaal 1, not on Fridays; never without a day
    await page.getByRole('button', { name: 'Groep Egeltjes bewerken' }).click();
    await edit.getByLabel('Ruimte (niet verplicht)').fill('Lokaal 1');
    await edit.getByRole('checkbox', { name: 'vrijdag' }).uncheck();
    for (const day of ['maandag', 'dinsdag', 'woensdag', 'donderdag']) await edit.getByRole('checkbox', { name: day }).uncheck();
    await expect(edit.getByText('Groep Egeltjes draait op minstens één dag per week.')).toBeVisible();
    for (const day of ['maandag', 'dinsdag', 'woensdag', 'donderdag']) await edit.getByRole('checkbox', { name: day }).check();
    await shot(page, '10b-group-room-days');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect(edit).toHaveCount(0);
    await expect(groups.getByRole('row', { name: /Egeltjes KDV .* 16 Lokaal 1 ?ma di wo do 0 Open/ })).toBeVisible();

    // closing a group from a date
    await page.getByRole('button', { name: 'Groep Vossen sluiten vanaf een datum' }).click();
    const dialog = page.getByRole('dialog', { name: 'Groep Vossen sluiten' });
    await dialog.getByLabel('Gesloten vanaf').fill('2026-12-01');
    await shot(page, '11-close-group');
    await dialog.getByRole('button', { name: 'Groep sluiten' }).click();
    await expect(page.getByText('Groep Vossen sluit vanaf di 1 dec.')).toBeVisible();
    await expect(groups.getByRole('row', { name: /Vossen .* Sluit vanaf di 1 dec/ })).toBeVisible();
    await page.getByRole('region', { name: 'Groepen' }).screenshot({ path: path.join(screenshotDir, 'settings-12-group-closed.png') });
  } finally {
    await stop();
  }
});

test('the demo desk (not enrolled): the organisation’s rules are editable; a group with contracts is closed, never removed', async ({
  page,
  desk,
}) => {
  await page.goto(desk.url);
  await page.getByRole('combobox', { name: 'Locatie' }).selectOption({ label: 'Rhoon' });
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instellingen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();

  // a manager of a desk without a hub sets the organisation's rules here
  const price = page.getByLabel('Extra dag: prijs per uur op de factuur (€)');
  await expect(price).toHaveValue('11,00');
  await price.fill('twaalf');
  await price.blur();
  await expect(
    page.getByText('"twaalf" is geen bedrag: schrijf euro\'s met een komma, bijvoorbeeld 11,00 (hooguit € 1000).'),
  ).toBeVisible();
  await page.getByLabel('Waarschuwingsbrief vanaf de … keer').fill('4');
  await page.getByLabel('Waarschuwingsbrief vanaf de … keer').blur();
  await expect(page.getByText(/De waarschuwing \(vanaf keer 4\) komt niet na de vaste boete \(vanaf keer 3\)/)).toBeVisible();
  await page
    .getByRole('region', { name: /^Organisatie/ })
    .screenshot({ path: path.join(screenshotDir, 'settings-13-organisation-errors.png') });
  await page.getByLabel('Waarschuwingsbrief vanaf de … keer').fill('2');
  await price.fill('12,5');
  await page.getByLabel('Ook gemengd: deels uit het tegoed, de rest op de factuur').check();
  await page
    .getByRole('region', { name: /^Organisatie/ })
    .getByRole('button', { name: 'Opslaan' })
    .click();
  await expect(page.getByText('De regels van de organisatie zijn opgeslagen')).toBeVisible();
  await page.reload();
  await expect(price).toHaveValue('12,50');
  await expect(page.getByLabel('Ook gemengd: deels uit het tegoed, de rest op de factuur')).toBeChecked();
  await shot(page, '14-demo');

  // Rupsjes has contracts: removing is explained and refused, closing is offered (and refused while they run)
  await page.getByRole('button', { name: 'Groep Rupsjes verwijderen' }).click();
  const remove = page.getByRole('dialog', { name: 'Groep Rupsjes verwijderen' });
  await expect(remove.getByText(/Groep Rupsjes heeft \d+ contracten en kan daarom niet worden verwijderd/)).toBeVisible();
  await expect(remove.getByRole('button', { name: 'Groep verwijderen' })).toHaveCount(0);
  await shot(page, '15-remove-refused');
  await remove.getByRole('button', { name: 'Sluiten vanaf een datum…' }).click();
  const close = page.getByRole('dialog', { name: 'Groep Rupsjes sluiten' });
  await close.getByRole('button', { name: 'Groep sluiten' }).click();
  await expect(close.getByText(/Groep Rupsjes kan niet sluiten vanaf .*: dan lopen er nog \d+ contract\(en\)/)).toBeVisible();
  await shot(page, '16-close-refused');
  await page.keyboard.press('Escape');
  await expect(close).toHaveCount(0);
  await expect(page.getByRole('table').getByRole('row', { name: /Rupsjes .* Open/ })).toBeVisible();

  // English
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await shot(page, '17-english');
});
