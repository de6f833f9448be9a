/**
 * The children's side of issue 5 in browser mode, on the demo at Monday 23 November 2026, 14:30
 * in Amsterdam: open a child (contracts, consents, pickup persons), transfer it to another group
 * on the 1st, end a day-care contract at the 4th birthday; a group's day view with check-in and
 * check-out and the ratio as it happened; the presence list of last Friday, printed and exported.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import type { ChildDetail, ChildList, GroupDayView, LocationSummary } from '../../shared/contract/views';
import { ageInMonths } from '../../shared/domain/time/localDate';
import { expect, screenshotDir, startDesk, test, type Desk } from './fixtures';

let desk: Desk;
let stop: () => Promise<void>;
test.beforeAll(async () => {
  ({ desk, stop } = await startDesk({ demo: true, now: '2026-11-23T13:30:00Z' }));
});
test.afterAll(async () => stop());

async function call<T>(request: APIRequestContext, method: string, input: unknown): Promise<T> {
  const response = await request.post(`${desk.origin}/api/call/${method}`, {
    data: input,
    headers: { authorization: `Bearer ${desk.token}` },
  });
  const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

async function rhoon(request: APIRequestContext): Promise<LocationSummary> {
  const locations = await call<LocationSummary[]>(request, 'locations.list', {});
  return locations.find((l) => l.name === 'Rhoon')!;
}

const shot = (name: string) => path.join(screenshotDir, name);

test('a child: contracts, consents and pickup persons; transfer to another group on the 1st', async ({ page, request }) => {
  const location = await rhoon(request);
  const list = await call<ChildList>(request, 'children.list', { locationId: location.id });
  // A day-care child with one open-ended contract running today, in a location with another day-care group.
  let chosen: ChildDetail | null = null;
  for (const c of list.children.filter((x) => x.careType === 'KDV' && x.status === 'active' && x.contractEnd === null)) {
    const detail = await call<ChildDetail>(request, 'children.detail', { childId: c.childId });
    if (detail.placements.length === 1 && detail.pickupPersons.length > 0 && detail.age < 3) {
      chosen = detail;
      break;
    }
  }
  expect(chosen).not.toBeNull();
  const child = chosen!;
  const fromGroup = child.placements[0]!.groupName;
  // Another day-care group whose ages fit the child on the 1st (placement.age_range refuses one that does not).
  const months = ageInMonths(child.dateOfBirth, '2026-12-01');
  const toGroup = child.groups.find(
    (g) => g.careType === 'KDV' && g.groupId !== child.placements[0]!.groupId && g.ageMinMonths <= months && months < g.ageMaxMonths,
  )!.name;

  await page.goto(desk.url);
  await page.getByRole('combobox', { name: /^Locatie/ }).selectOption({ label: 'Rhoon' });
  await page.getByRole('link', { name: 'Kinderen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kinderen · Rhoon' })).toBeVisible();
  await expect(page.getByText('Kies een kind in de lijst')).toBeVisible();

  // Search narrows the list; the group filter too.
  await page.getByRole('searchbox', { name: 'Zoeken op naam' }).fill(child.firstName);
  await page.getByRole('link', { name: new RegExp(`^${child.name}`) }).click();
  const detail = page.getByRole('article', { name: child.name });
  await expect(detail.getByRole('heading', { level: 2, name: child.name })).toBeVisible();
  await expect(detail.getByRole('heading', { name: 'Contracten' })).toBeVisible();
  await expect(detail.getByRole('listitem', { name: new RegExp(`^${fromGroup}`) })).toContainText('Loopt');
  await expect(detail.getByRole('heading', { name: 'Toestemmingen' })).toBeVisible();
  await expect(detail.getByRole('checkbox', { name: "Foto's maken en delen" })).toBeVisible();
  await expect(detail.getByRole('heading', { name: 'Ophaalpersonen' })).toBeVisible();
  await expect(detail.getByRole('row', { name: new RegExp(`^${child.pickupPersons[0]!.name}`) })).toBeVisible();
  await page.screenshot({ path: shot('children-detail.png') });

  // A new pickup person, ID checked.
  await detail.getByRole('button', { name: 'Ophaalpersoon toevoegen' }).click();
  const form = detail.getByRole('form', { name: 'Ophaalpersoon toevoegen' });
  await form.getByLabel('Naam').fill('Truus Jansen');
  await form.getByLabel('Relatie').fill('oma');
  await form.getByLabel('Telefoon').fill('12345');
  await form.getByLabel('Legitimatie gecontroleerd').check();
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(detail.getByRole('status')).toContainText('Het telefoonnummer "12345" klopt niet');
  await form.getByLabel('Telefoon').fill('06 12345678');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(detail.getByRole('status')).toHaveText('Truus Jansen mag het kind nu ophalen.');
  await expect(detail.getByRole('row', { name: /Truus Jansen oma 06 12345678 ja/ })).toBeVisible();

  // Consent: trips withdrawn, saved at once.
  const trips = detail.getByRole('checkbox', { name: 'Uitstapjes' });
  const hadTrips = await trips.isChecked();
  await trips.click();
  await expect(detail.getByRole('status')).toHaveText(
    hadTrips ? 'Toestemming ingetrokken: Uitstapjes.' : 'Toestemming vastgelegd: Uitstapjes.',
  );
  await expect(trips).toBeChecked({ checked: !hadTrips });

  // Transfer on 1 December.
  const contract = detail.getByRole('listitem', { name: new RegExp(`^${fromGroup}`) });
  await contract.getByRole('button', { name: 'Overplaatsen' }).click();
  const transfer = detail.getByRole('form', { name: `Overplaatsen vanuit ${fromGroup}` });
  await transfer.getByLabel('Nieuwe groep').selectOption({ label: toGroup });
  await expect(transfer.getByLabel('Ingangsdatum')).toHaveValue('2026-12-01');
  await expect(transfer).toContainText(`${fromGroup} tot en met 30 nov 2026, ${toGroup} vanaf 1 dec 2026.`);
  await page.screenshot({ path: shot('children-transfer-form.png') });
  await transfer.getByRole('button', { name: 'Overplaatsen' }).click();
  await expect(detail.getByRole('status')).toHaveText(`Overgeplaatst naar ${toGroup} vanaf 1 dec 2026.`);
  await expect(detail.getByRole('listitem', { name: new RegExp(`^${fromGroup}`) })).toContainText('30 nov 2026');
  await expect(detail.getByRole('listitem', { name: new RegExp(`^${toGroup}`) })).toContainText('Gepland');
  await expect(detail.getByRole('listitem', { name: new RegExp(`^${toGroup}`) })).toContainText('1 dec 2026 – onbepaalde tijd');
  await page.screenshot({ path: shot('children-transferred.png'), fullPage: true });
});

test('day care ends at 4: a contract running past the 4th birthday is flagged and ended on the proposed day', async ({ page, request }) => {
  const location = await rhoon(request);
  const list = await call<ChildList>(request, 'children.list', { locationId: location.id });
  // A demo child whose day-care contract ends on the day before its 4th birthday, with nothing after it.
  let target: ChildDetail | null = null;
  for (const c of list.children.filter((x) => x.careType === 'KDV' && x.age === 3 && x.contractEnd !== null)) {
    const detail = await call<ChildDetail>(request, 'children.detail', { childId: c.childId });
    const last = detail.placements.at(-1)!;
    if (last.careType === 'KDV' && last.endDate === detail.lastKdvDay && last.endDate < '2027-01-15') {
      target = detail;
      break;
    }
  }
  expect(target).not.toBeNull();
  const child = target!;
  const placement = child.placements.at(-1)!;
  // Someone extended it to the 15th after the birthday (allowed: the day before an effective date).
  const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const extended = child.effectiveDates.map(dayBefore).find((d) => d > child.lastKdvDay)!;
  await call(request, 'mutate', { name: 'placement.end', args: { placementId: placement.placementId, endDate: extended } });

  await page.goto(`${desk.url}#/children`);
  await page.getByRole('combobox', { name: /^Locatie/ }).selectOption({ label: 'Rhoon' });
  await page.getByLabel('Groep').selectOption('__flagged');
  await page.getByRole('link', { name: new RegExp(`^${child.name}.*einde dagopvang`) }).click();
  const detail = page.getByRole('article', { name: child.name });
  await expect(detail.getByText('Einde dagopvang in zicht')).toBeVisible();
  await page.screenshot({ path: shot('children-kdv-end.png') });
  await detail.getByRole('button', { name: /^Beëindigen op / }).click();
  await expect(detail.getByRole('status')).toContainText('Het dagopvangcontract eindigt op');
  await expect(detail.getByText('Einde dagopvang in zicht')).toHaveCount(0);
});

test('a group day: check a child in and out, see the ratio as it happened; the late-pickup shortcut', async ({ page, request }) => {
  const location = await rhoon(request);
  const first = await call<GroupDayView>(request, 'dayView.group', { locationId: location.id, date: '2026-11-23' });
  // A KDV group with children expected this afternoon.
  let day: GroupDayView | null = null;
  for (const g of first.groups.filter((x) => x.careType === 'KDV')) {
    const d = await call<GroupDayView>(request, 'dayView.group', { locationId: location.id, groupId: g.groupId, date: '2026-11-23' });
    if (d.children.some((c) => c.state === 'expected')) {
      day = d;
      break;
    }
  }
  expect(day).not.toBeNull();
  const group = day!.group.name;
  const child = day!.children.find((c) => c.state === 'expected')!;

  await page.goto(desk.url);
  await page.getByRole('combobox', { name: /^Locatie/ }).selectOption({ label: 'Rhoon' });
  await page.getByRole('link', { name: 'Aanwezigheid' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aanwezigheid' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Dag per groep' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('combobox', { name: /^Groep/ }).selectOption({ label: group });
  await expect(page.getByRole('heading', { name: `Ratio · ${group}` })).toBeVisible();
  await expect(page.getByLabel('Tijd', { exact: true })).toHaveValue(/^14:3\d$/);

  const row = page.getByRole('row', { name: new RegExp(child.name) });
  await row.getByRole('button', { name: `${child.name} aanmelden` }).click();
  await expect(page.getByRole('tabpanel').getByRole('status')).toHaveText(/aangemeld om 14:3\d\.$/);
  await expect(row).toContainText('aanwezig');
  await page.getByRole('button', { name: 'Zoals het ging' }).click();
  await expect(page.getByRole('group', { name: new RegExp(`^Kwartieren van ${group}`) })).toBeVisible();
  await page.screenshot({ path: shot('dayview-checked-in.png'), fullPage: true });

  // A check-out time typed by hand (the clock runs on): 14:45 is not later than now? use the current time.
  await row.getByRole('button', { name: `${child.name} afmelden` }).click();
  await expect(page.getByRole('tabpanel').getByRole('status')).toHaveText(/afgemeld om 14:3\d\.$/);
  await expect(row).toContainText('vertrokken');

  // Checking out before the arrival is refused with the rule's sentence, and nothing changes.
  await row.getByRole('button', { name: `Tijden van ${child.name} corrigeren` }).click();
  const correct = page.getByRole('form', { name: `Tijden van ${child.name} corrigeren` });
  await correct.getByLabel('Vertrek').fill('08:00');
  await correct.getByLabel('Reden').fill('typefout');
  await correct.getByRole('button', { name: 'Correctie opslaan' }).click();
  await expect(page.getByRole('tabpanel').getByRole('status')).toContainText('Het vertrek (08:00) ligt voor de aankomst');
  await page.screenshot({ path: shot('dayview-refused.png') });

  // A past day as it happened: a late check-out offers the late-pickup registration, filled in.
  let late: { date: string; group: string; child: string; childId: string; minutes: number; pickup: number } | null = null;
  for (const date of ['2026-11-20', '2026-11-19', '2026-11-18', '2026-11-17', '2026-11-16']) {
    for (const g of first.groups) {
      const d = await call<GroupDayView>(request, 'dayView.group', { locationId: location.id, groupId: g.groupId, date });
      const c = d.children.find((x) => x.latePickup && !x.latePickup.registered);
      if (c?.latePickup) {
        late = {
          date,
          group: g.name,
          child: c.name,
          childId: c.childId,
          minutes: c.latePickup.minutesLate,
          pickup: c.latePickup.pickupTime,
        };
        break;
      }
    }
    if (late) break;
  }
  expect(late).not.toBeNull();
  await page.getByLabel('Datum').fill(late!.date);
  await page.getByRole('combobox', { name: /^Groep/ }).selectOption({ label: late!.group });
  await expect(page.getByRole('button', { name: 'Zoals het ging' })).toHaveAttribute('aria-pressed', 'true');
  const lateRow = page.getByRole('row', { name: new RegExp(late!.child) });
  const shortcut = lateRow.getByRole('link', { name: `Te laat ophalen registreren (${late!.minutes} min.)` });
  await expect(shortcut).toBeVisible();
  await page.screenshot({ path: shot('dayview-past-day.png'), fullPage: true });
  await shortcut.click();
  const hh = String(Math.floor(late!.pickup / 60)).padStart(2, '0');
  const mm = String(late!.pickup % 60).padStart(2, '0');
  await expect(page).toHaveURL(new RegExp(`#/latePickups\\?child=${late!.childId}&group=[^&]+&date=${late!.date}&pickup=${hh}%3A${mm}$`));
});

test('the presence list of last Friday: printable, and exported as PDF, Excel and CSV', async ({ page }) => {
  await page.goto(`${desk.url}`);
  await page.getByRole('combobox', { name: /^Locatie/ }).selectOption({ label: 'Rhoon' });
  await page.getByRole('link', { name: 'Aanwezigheid' }).click();
  await page.getByRole('tab', { name: 'Presentielijst' }).click();
  await page.getByLabel('Datum').fill('2026-11-20');
  await expect(page.getByRole('heading', { name: 'Presentielijst Rhoon' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Personeelsinzet' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Rupsjes' })).toBeVisible();
  await page.screenshot({ path: shot('dayview-presence-list.png'), fullPage: true });

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe('presentielijst-rhoon-2026-11-20.csv');
  const text = fs.readFileSync(await csv.path(), 'utf8');
  expect(text).toContain('Groep;Kind;Geboortedatum;Leeftijd;Gepland;Aanwezig (aankomst–vertrek);Opmerking');
  expect(text).toContain('Rupsjes;');
  await expect(page.getByRole('tabpanel').getByRole('status')).toHaveText('presentielijst-rhoon-2026-11-20.csv is gedownload.');

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe('presentielijst-rhoon-2026-11-20.pdf');
  expect(
    fs
      .readFileSync(await pdf.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');

  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel' }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe('presentielijst-rhoon-2026-11-20.xlsx');
  expect(
    fs
      .readFileSync(await xlsx.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');

  // The print stylesheet: only the list, without the app around it.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await page.screenshot({ path: shot('dayview-presence-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // No presence list for a day still to come.
  await expect(page.getByLabel('Datum')).toHaveAttribute('max', '2026-11-23');
});
