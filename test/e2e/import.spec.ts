/**
 * The import wizard (Importeren) on a desk set up without demo data: the location made through
 * the bridge (organisation.setUp, as `desk setup` does), then the back office's workbook
 * (test/fixtures/import/location.xlsx) through every step, with a screenshot of each: the file,
 * the column the desk did not recognise (mapped and remembered), the preview with the refused
 * rows, the confirmation, the result; and a file that is no spreadsheet refused on the first step.
 */
import path from 'node:path';
import { expect, screenshotDir, startDesk, test } from './fixtures';

const fixtures = path.resolve(__dirname, '../fixtures/import');
const shot = (name: string) => path.join(screenshotDir, `import-${name}.png`);

test('a new location is filled from the back office with the import wizard', { tag: '@anyday' }, async ({ page }) => {
  test.setTimeout(180_000);
  const { desk, stop } = await startDesk({ demo: false });
  try {
    const setUp = await fetch(`${desk.origin}/api/call/mutate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${desk.token}` },
      body: JSON.stringify({
        name: 'organisation.setUp',
        args: {
          organisation: { id: 'org-vlinder', name: 'Kinderopvang De Vlinder' },
          location: {
            id: 'loc-rhoon',
            name: 'Rhoon',
            code: 'RHO',
            lrkNumber: null,
            address: null,
            opensAt: 420,
            closesAt: 1140,
            openDays: [1, 2, 3, 4, 5],
          },
        },
      }),
    });
    expect(setUp.ok).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${desk.url}#/import`);
    await expect(page.getByRole('heading', { level: 1, name: 'Importeren uit de backoffice' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Importeren' })).toHaveAttribute('aria-current', 'page');

    // A picture chosen by mistake: refused on the first step, in Dutch.
    await page.getByLabel('Bestand uit de backoffice (.xlsx of .csv)').setInputFiles(path.join(fixtures, 'bad/foto.png'));
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Dit is geen spreadsheet' })).toBeVisible();
    await page.screenshot({ path: shot('1-refused-file'), fullPage: true });

    await page.getByLabel('Bestand uit de backoffice (.xlsx of .csv)').setInputFiles(path.join(fixtures, 'location.xlsx'));
    await expect(page.getByText('Gekozen: location.xlsx')).toBeVisible();
    await page.screenshot({ path: shot('2-file'), fullPage: true });
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();

    // The groups sheet's "Groep code" is not a heading the desk knows: mapped once.
    await expect(page.getByRole('group', { name: 'Blad Groepen' })).toBeVisible();
    await page.getByLabel('Kolom "Groep code"').selectOption({ label: 'Nummer in de backoffice' });
    await page.screenshot({ path: shot('3-mapping'), fullPage: true });
    await page.getByRole('button', { name: 'Toepassen en opnieuw bekijken' }).click();

    await expect(page.getByRole('button', { name: 'Verder naar bevestigen' })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText('6 groepen, 30 medewerkers, 150 kinderen, 150 contracten')).toBeVisible();
    await page.getByLabel('Toon').selectOption('refused');
    await expect(page.getByRole('row').filter({ hasText: 'Zeepaardjes' })).toContainText('Geweigerd');
    await expect(page.getByRole('row').filter({ hasText: 'Fleur Prins' })).toContainText(
      'groep Egeltjes is voor 18 maanden tot 48 maanden',
    );
    await page.screenshot({ path: shot('4-preview'), fullPage: true });

    await page.getByRole('button', { name: 'Verder naar bevestigen' }).click();
    await expect(page.getByRole('heading', { name: 'Import bevestigen' })).toBeVisible();
    await expect(page.getByText('Opvangdesk gaat 336 wijzigingen doorvoeren')).toBeVisible();
    await page.screenshot({ path: shot('5-confirm'), fullPage: true });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();

    await expect(page.getByRole('heading', { name: 'Import voltooid' })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText('336 wijzigingen opgeslagen')).toBeVisible();
    await page.screenshot({ path: shot('6-result'), fullPage: true });

    // The same file again: the mapping is remembered and nothing changes.
    await page.getByRole('button', { name: 'Nog een bestand importeren' }).click();
    await page.getByLabel('Bestand uit de backoffice (.xlsx of .csv)').setInputFiles(path.join(fixtures, 'location.xlsx'));
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await expect(page.getByText('Er is niets te importeren')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('button', { name: 'Verder naar bevestigen' })).toBeDisabled();
    await page.screenshot({ path: shot('7-reimport'), fullPage: true });
  } finally {
    await stop();
  }
});
