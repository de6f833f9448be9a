import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { isOpenDay } from '../../shared/domain/calendar/calendar';
import { defaultOrganisationSettings } from '../../shared/domain/settings';
import { addDays, localDateAt } from '../../shared/domain/time/localDate';
import { expect, screenshotDir, test, type Desk } from './fixtures';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `late-${name}.png`) });
/** The screen's status line (what the last action did). */
const said = (page: Page, text: RegExp | string) => page.getByRole('status').filter({ hasText: text });

/** The last open day before today at the desk (the demo's clock is the real one). */
function lastOpenDay(): string {
  const calendar = defaultOrganisationSettings().calendar;
  let day = addDays(localDateAt(new Date()), -1);
  while (!isOpenDay(day, calendar)) day = addDays(day, -1);
  return day;
}

const monthLabel = (date: string) =>
  new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

async function openLatePickups(page: Page, desk: Desk): Promise<void> {
  await page.goto(desk.url);
  await page.getByLabel('Locatie').selectOption({ label: 'Rhoon' });
  await page.getByRole('link', { name: 'Te laat' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Te laat ophalen · Rhoon' })).toBeVisible();
}

test.describe('Te laat in browser mode (demo data)', () => {
  test('register a late pickup after closing, confirm its fine for billing and export the month as CSV and Excel', async ({
    page,
    desk,
  }) => {
    await openLatePickups(page, desk);
    await expect(page.getByRole('heading', { level: 2, name: /^Registraties in / })).toBeVisible();
    await shot(page, 'month');

    // Register: yesterday's (or the last open day's) babies' group, a child with a contract end from the plan.
    const day = lastOpenDay();
    const form = page.getByRole('region', { name: 'Registreren' });
    await form.getByLabel('Datum', { exact: true }).fill(day);
    await form.getByLabel('Groep', { exact: true }).selectOption({ label: 'Rupsjes' });
    const children = form.getByRole('group', { name: 'Kinderen' });
    const candidate = children
      .getByRole('listitem')
      .filter({ hasText: /einde 1[78]:\d\d/ })
      .filter({ hasNotText: 'al geregistreerd' })
      .first();
    await expect(candidate).toBeVisible();
    const checkbox = candidate.getByRole('checkbox');
    const name = (await candidate.getByRole('checkbox').evaluate((el) => el.parentElement?.textContent ?? '')).trim();
    await checkbox.check();
    await form.getByLabel('Opgehaald om').fill('19:10');
    await expect(candidate.getByRole('note')).toContainText(/min te laat, wordt de \d+e keer/);
    await form.getByLabel('Opgehaald door').fill('oma');
    await form.getByLabel('Notitie (optioneel)').fill('Oma stond in de file.');
    await shot(page, 'register');
    await form.getByLabel('Opgehaald door').press('Control+Enter');
    await expect(said(page, `Geregistreerd: ${name.split(' ')[0]} (`)).toBeVisible();
    // the child is now marked as registered on that day
    await expect(children.getByRole('checkbox', { name })).toBeDisabled();

    // The month of that day lists it with its count, stage, amount and rule.
    if (monthLabel(day) !== (await page.locator('.lp-month-label').textContent())) {
      await page.getByRole('button', { name: 'Vorige maand' }).click();
    }
    const list = page.getByRole('table', { name: new RegExp(`^Te laat ophalen in ${monthLabel(day)}`) });
    const row = list.getByRole('row').filter({ hasText: name }).filter({ hasText: '19:10' });
    await expect(row).toHaveCount(1);
    await expect(row.getByText(/Na sluitingstijd: \d+ × € 27,50 per begonnen kwartier \(19:00-19:10\)/)).toBeVisible();
    await expect(row.getByText('nog bevestigen')).toBeVisible();

    // Follow up: confirm the fine for billing; the fine notice is drafted.
    await row.getByRole('button', { name: /^Opvolgen: / }).click();
    await page.getByRole('button', { name: /^Bevestigen voor facturatie \(€\s\d+,\d\d\)$/ }).click();
    await expect(said(page, /^Boete van €\s\d+,\d\d voor .+ bevestigd voor facturatie\.$/)).toBeVisible();
    const confirmedRow = list.getByRole('row').filter({ hasText: name }).filter({ hasText: '19:10' });
    await expect(confirmedRow.getByText('bevestigd voor facturatie')).toBeVisible();
    await page.getByRole('button', { name: 'Boetebrief' }).click();
    const letter = page.getByRole('textbox', { name: 'Tekst van de brief' });
    await expect(letter).toHaveValue(/Betreft: kosten te laat ophalen van /);
    await expect(letter).toHaveValue(/Na sluitingstijd|begonnen kwartier/);
    await letter.scrollIntoViewIfNeeded();
    await shot(page, 'letter');

    // Export the month: CSV, then Excel; both arrive as downloads.
    const month = day.slice(0, 7);
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: `CSV van ${monthLabel(day)} downloaden` }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe(`te-laat-ophalen-boetes-rho-${month}.csv`);
    const csvText = fs.readFileSync(await csv.path(), 'utf8');
    const lines = csvText
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'datum;kind_id;kind;groep;einde_opvang;opgehaald;minuten_te_laat;keer_dit_jaar;bedrag_centen;bedrag;regel;toelichting;bevestigd_door;bevestigd_op;registratie_id',
    );
    const ours = lines.find((l) => l.startsWith(`${day};`) && l.includes(`;${name};`) && l.includes(';19:10;'));
    expect(ours).toBeDefined();
    const cells = ours!.split(';');
    expect(cells[8]).toMatch(/^\d+$/);
    expect(Number(cells[8]) % 2750).toBe(0);
    expect(cells[10]).toContain('late_pickup.after_closing');
    await expect(said(page, `te-laat-ophalen-boetes-rho-${month}.csv gedownload:`)).toBeVisible();

    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: `Excel van ${monthLabel(day)} downloaden` }).click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toBe(`te-laat-ophalen-boetes-rho-${month}.xlsx`);
    const bytes = fs.readFileSync(await xlsx.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await expect(said(page, `te-laat-ophalen-boetes-rho-${month}.xlsx gedownload:`)).toBeVisible();
  });

  test('the chart, a child’s year and the screen in English', async ({ page, desk }) => {
    await openLatePickups(page, desk);
    const chart = page.getByRole('img', { name: /^Staafdiagram: te laat ophalen per maand/ });
    // early in January the demo's late pickups are all of last year
    if (await page.getByText(/^Nog geen te laat ophalen in \d{4}\.$/).isVisible())
      await page.getByRole('button', { name: 'Vorige maand' }).click();
    await expect(chart).toBeVisible();
    await chart.scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await shot(page, 'chart');

    // The demo's child with several late pickups this year: opened from the list of a month it has one in.
    await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    const table = page.getByRole('table', { name: /^Te laat ophalen in / });
    await expect(page.getByRole('heading', { level: 2, name: /^Registraties in / })).toBeVisible();
    for (let i = 0; i < 12 && (await table.getByText('Structureel').count()) === 0; i++) {
      const shown = await page.getByRole('heading', { level: 2, name: /^Registraties in / }).textContent();
      await page.getByRole('button', { name: 'Vorige maand' }).click();
      await expect(page.getByRole('heading', { level: 2, name: /^Registraties in / })).not.toHaveText(shown ?? '');
      await expect(
        page.getByRole('table', { name: /^Te laat ophalen in / }).or(page.getByText('Geen te laat ophalen geregistreerd in deze maand.')),
      ).toBeVisible();
    }
    const structuralRow = table.getByRole('row').filter({ hasText: 'Structureel' }).first();
    // the child's name opens the child's year
    const childButton = structuralRow.getByRole('cell').nth(1).getByRole('button');
    const childName = ((await childButton.textContent()) ?? '').trim();
    await childButton.click();
    const childPanel = page.getByRole('region', {
      name: `${childName} in ${(await page.locator('.lp-month-label').textContent())?.slice(-4)}`,
    });
    await expect(childPanel.getByText(/keer te laat dat telt/)).toBeVisible();
    await expect(childPanel.getByRole('row')).not.toHaveCount(0);
    await childPanel.scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await shot(page, 'child');

    // The disputed one: confirmed on the evidence, with a note.
    await page.getByRole('button', { name: 'Sluiten' }).click();
    const disputed = table.getByRole('row').filter({ hasText: 'betwist' }).first();
    await disputed.getByRole('button', { name: /^Opvolgen: / }).click();
    await page.getByRole('button', { name: 'Bevestigen', exact: true }).click();
    await page.getByLabel('Waarop berust het besluit? (bijv. camerabeelden)').fill('Camerabeelden bekeken: moeder kwam om 18:08 binnen.');
    await page.getByLabel('Waarop berust het besluit? (bijv. camerabeelden)').scrollIntoViewIfNeeded();
    await shot(page, 'dispute');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(said(page, /^Registratie van .+ bevestigd\.$/)).toBeVisible();

    await page.getByLabel('Taal').selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Late pickups · Rhoon' })).toBeVisible();
    await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await shot(page, 'en');
    await page.getByLabel('Language').selectOption('nl');
  });
});
