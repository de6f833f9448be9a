/**
 * Kinderen (issue 14) in browser mode, on the demo at Monday 23 November 2026, 09:00 in Amsterdam:
 * a new child with its guardian (a wrong phone number named at the field), straight on to its
 * contract, where the capacity preview refuses a weekday the group is full on ("Egeltjes
 * donderdag 10/9 vanaf do 3 dec") and accepts another; health notes edited and the banner seen in
 * the list, the child's detail, the day view and the presence list; the contract's days changed
 * with the same preview; and the preview in English.
 *
 * The demo has no group-day at its licensed places, so Egeltjes' places are first lowered to its
 * busiest weekday (as a manager records a smaller room, `group.update`): that weekday is then full.
 */
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { ContractPreview } from '../../shared/contract/childrenViews';
import type { ChildList, GroupDayView, LocationSummary } from '../../shared/contract/views';
import { expect, screenshotDir, startDesk, test, type Desk } from './fixtures';

let desk: Desk;
let stop: () => Promise<void>;
test.beforeAll(async () => {
  ({ desk, stop } = await startDesk({ demo: true, now: '2026-11-23T08:00:00Z' }));
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

const shot = (name: string) => path.join(screenshotDir, name);
const WEEKDAY = ['', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'];
const ENGLISH_WEEKDAY = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const WEEK = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: 450, end: 1080 }));

/** Egeltjes at its busiest weekday's count; which weekday is then full and which has room from 1 December. */
async function fullEgeltjes(request: APIRequestContext) {
  const location = (await call<LocationSummary[]>(request, 'locations.list', {})).find((l) => l.name === 'Oud-Beijerland')!;
  const list = await call<ChildList>(request, 'children.list', { locationId: location.id });
  const group = list.groups.find((g) => g.name === 'Egeltjes')!;
  const anyChild = list.children[0]!.childId;
  const preview = (startDate: string) =>
    call<ContractPreview>(request, 'children.contractPreview', { childId: anyChild, groupId: group.groupId, startDate, days: WEEK });
  const capacity = Math.max(...(await preview('2026-11-23')).places.map((p) => p.before));
  await call(request, 'mutate', {
    name: 'group.update',
    args: { groupId: group.groupId, name: 'Egeltjes', careType: 'KDV', ageMinMonths: 18, ageMaxMonths: 48, externalId: null, capacity },
  });
  const fromDecember = (await preview('2026-12-01')).places;
  const full = fromDecember.find((p) => p.before === capacity)!.weekday;
  const free = fromDecember.filter((p) => p.before < capacity - 1).map((p) => p.weekday);
  return { location, group, capacity, full, free };
}

async function openKinderen(page: Page) {
  await page.goto(desk.url);
  await page.getByRole('combobox', { name: /^Locatie/ }).selectOption({ label: 'Oud-Beijerland' });
  await page.getByRole('link', { name: 'Kinderen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kinderen · Oud-Beijerland' })).toBeVisible();
}

test('a new child and its contract: the capacity preview refuses a full day and accepts another; health banner everywhere; change days', async ({
  page,
  request,
}) => {
  const { location, group, capacity, full, free } = await fullEgeltjes(request);
  await openKinderen(page);

  // Nieuw kind: a wrong phone number is named at the field when it is left.
  await page.getByRole('button', { name: 'Nieuw kind' }).click();
  const newChild = page.getByRole('dialog', { name: 'Nieuw kind' });
  await expect(newChild.getByLabel('Voornaam')).toBeFocused();
  await newChild.getByLabel('Voornaam').fill('Fenna');
  await newChild.getByLabel('Achternaam').fill('Testkind');
  await newChild.getByLabel('Geboortedatum').fill('2024-09-10');
  const guardian = newChild.getByRole('group', { name: 'Ouder of verzorger 1' });
  await guardian.getByLabel('Naam').fill('Sanne Testkind');
  await guardian.getByLabel('Telefoon').fill('06 1234');
  await guardian.getByLabel('E-mail').focus();
  await expect(guardian.getByRole('alert')).toHaveText(
    'Het telefoonnummer "06 1234" van Sanne Testkind klopt niet: gebruik 10 cijfers (06 12345678) of een internationaal nummer (+31 6 12345678).',
  );
  await expect(guardian.getByLabel('Telefoon')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: shot('children-new-child-invalid.png') });
  await guardian.getByLabel('Telefoon').fill('06 12345678');
  await guardian.getByLabel('E-mail').fill('sanne@example.nl');
  await expect(guardian.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: shot('children-new-child.png') });
  // Enter submits.
  await guardian.getByLabel('E-mail').press('Enter');

  // Straight on to the contract.
  const contract = page.getByRole('dialog', { name: 'Nieuw contract voor Fenna Testkind' });
  await expect(contract).toBeVisible();
  await expect(page.getByText('Fenna Testkind is toegevoegd. Leg nu het contract vast.')).toBeVisible();
  await contract.getByLabel('Groep').selectOption(group.groupId);
  await expect(contract.getByLabel('Groep').locator('optgroup').first()).toHaveAttribute('label', 'Past bij leeftijd en opvangsoort');
  await contract.getByLabel('Ingangsdatum').selectOption('2026-12-01');
  await contract.getByRole('checkbox', { name: WEEKDAY[full] }).check();
  const confirm = contract.getByRole('button', { name: 'Contract vastleggen' });
  const preview = contract.getByRole('region', { name: 'Bezetting per dag met dit contract' });
  await expect(preview.getByRole('listitem')).toHaveText(
    new RegExp(`^Te vol\\s*Egeltjes ${WEEKDAY[full]} ${capacity + 1}/${capacity} vanaf \\w\\w \\d+ dec`),
  );
  await expect(preview.getByRole('alert')).toContainText('meer kinderen dan kindplaatsen');
  await expect(preview.getByRole('alert')).toContainText(
    'Kies een andere groep (met toestemming), een andere ingangsdatum of de wachtlijst.',
  );
  await expect(preview.getByRole('alert')).toContainText('een andere dag kiezen kan ook');
  await expect(confirm).toBeDisabled();
  await page.screenshot({ path: shot('children-contract-refused.png') });

  // Another day fits: confirm is possible.
  await contract.getByRole('checkbox', { name: WEEKDAY[full] }).uncheck();
  await contract.getByRole('checkbox', { name: WEEKDAY[free[0]!] }).check();
  // A time that cannot be read is named at the day; 17:30 is.
  await contract.getByLabel(`${WEEKDAY[free[0]!]} Tot`).fill('17.30');
  await expect(contract.getByRole('alert')).toHaveText('De tijd "17.30" klopt niet: schrijf uu:mm, bijvoorbeeld 07:30.');
  await expect(confirm).toBeDisabled();
  await contract.getByLabel(`${WEEKDAY[free[0]!]} Tot`).fill('17:30');
  await expect(preview.getByRole('listitem')).toHaveText(new RegExp(`^Past\\s*Egeltjes ${WEEKDAY[free[0]!]} \\d+/${capacity}`));
  await expect(preview.getByRole('alert')).toHaveCount(0);
  await expect(confirm).toBeEnabled();
  await page.screenshot({ path: shot('children-contract-fits.png') });
  await confirm.click();
  await expect(contract).toBeHidden();
  const detail = page.getByRole('article', { name: 'Fenna Testkind' });
  await expect(detail.getByRole('status')).toHaveText(/^Contract in Egeltjes vanaf di 1 dec vastgelegd\.$/);
  await expect(detail.getByRole('listitem', { name: /^Egeltjes/ })).toContainText('17:30');

  // Health notes: Escape closes without saving; then the allergy saved shows as a banner in the detail and the list.
  await detail.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  const edit = page.getByRole('dialog', { name: 'Gegevens van Fenna Testkind' });
  await edit.getByLabel('Allergieën').fill('iets');
  await page.keyboard.press('Escape');
  await expect(edit).toBeHidden();
  await detail.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  await expect(edit.getByLabel('Allergieën')).toHaveValue('');
  await expect(edit.getByRole('group', { name: 'Ouder of verzorger 1' }).getByLabel('Naam')).toHaveValue('Sanne Testkind');
  await edit.getByLabel('Allergieën').fill('Pinda (EpiPen in de tas)');
  await edit.getByLabel('Dieet').fill('Geen varkensvlees');
  await page.screenshot({ path: shot('children-edit.png') });
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(edit).toBeHidden();
  await expect(detail.getByRole('status')).toHaveText('De gegevens van Fenna Testkind zijn opgeslagen.');
  await expect(detail.getByText('Allergie: Pinda (EpiPen in de tas)')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Fenna Testkind.*Allergie: Pinda/ })).toBeVisible();
  // Diet and other notes only when asked for.
  await expect(detail.getByText('Geen varkensvlees')).toHaveCount(0);
  await detail.getByRole('button', { name: 'Gezondheidsgegevens tonen' }).click();
  await expect(detail.getByText('Geen varkensvlees')).toBeVisible();
  await page.screenshot({ path: shot('children-health-banner.png'), fullPage: true });

  // A child of Egeltjes planned today gets medication: the banner in the list, the day view and the presence list.
  const today = await call<GroupDayView>(request, 'dayView.group', { locationId: location.id, groupId: group.groupId, date: '2026-11-23' });
  const planned = today.children[0]!;
  await page.getByRole('searchbox', { name: 'Zoeken op naam' }).fill(planned.name);
  await page.getByRole('link', { name: new RegExp(`^${planned.name}`) }).click();
  const plannedDetail = page.getByRole('article', { name: planned.name });
  await plannedDetail.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  const editPlanned = page.getByRole('dialog', { name: `Gegevens van ${planned.name}` });
  await editPlanned.getByLabel('Medicatie').fill('Ventolin om 12:00');
  await editPlanned.getByRole('button', { name: 'Opslaan' }).click();
  await expect(plannedDetail.getByText('Medicatie: Ventolin om 12:00')).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(`^${planned.name}.*Medicatie: Ventolin`) })).toBeVisible();
  await page.screenshot({ path: shot('children-list-banner.png') });

  await page.getByRole('link', { name: 'Aanwezigheid' }).click();
  await page.getByRole('combobox', { name: /^Groep/ }).selectOption({ label: 'Egeltjes' });
  await expect(page.getByRole('row', { name: new RegExp(planned.name) })).toContainText('Medicatie: Ventolin om 12:00');
  await page.screenshot({ path: shot('children-dayview-banner.png') });
  await page.getByRole('tab', { name: 'Presentielijst' }).click();
  const presenceRow = page.getByRole('row', { name: new RegExp(planned.name) });
  await expect(presenceRow).toContainText('Medicatie: Ventolin om 12:00');
  await presenceRow.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('children-presence-banner.png') });
  // The new child on its first day in the day view.
  const firstDay = `2026-12-0${free[0]! === 1 ? 7 : free[0]! - 1}`;
  await page.getByRole('tab', { name: 'Dag per groep' }).click();
  await page.getByLabel('Datum').fill(firstDay);
  await expect(page.getByRole('row', { name: /Fenna Testkind/ })).toContainText('Allergie: Pinda (EpiPen in de tas)');
  await page.screenshot({ path: shot('children-dayview-new-child.png') });

  await page.getByRole('link', { name: 'Kinderen' }).click();
  await page.getByRole('searchbox', { name: 'Zoeken op naam' }).fill('Fenna');
  await page.getByRole('link', { name: /^Fenna Testkind/ }).click();
  // Dagen wijzigen: from 16 December, the full weekday is refused, another free one accepted.
  await detail.getByRole('button', { name: 'Dagen wijzigen' }).click();
  const change = page.getByRole('dialog', { name: 'Dagen wijzigen in Egeltjes' });
  await change.getByLabel('Nieuwe dagen vanaf').selectOption('2026-12-16');
  await change.getByRole('checkbox', { name: WEEKDAY[full] }).check();
  const changePreview = change.getByRole('region', { name: 'Bezetting per dag met dit contract' });
  await expect(changePreview.getByRole('listitem').filter({ hasText: WEEKDAY[full]! })).toContainText('Te vol');
  await expect(changePreview).toContainText('Het huidige contract eindigt op di 15 dec; vanaf wo 16 dec gelden de nieuwe dagen.');
  await expect(change.getByRole('button', { name: 'Wijziging vastleggen' })).toBeDisabled();
  await page.screenshot({ path: shot('children-change-refused.png') });
  await change.getByRole('checkbox', { name: WEEKDAY[full] }).uncheck();
  await change.getByRole('checkbox', { name: WEEKDAY[free[1]!] }).check();
  await expect(changePreview.getByRole('alert')).toHaveCount(0);
  await expect(changePreview).toContainText(new RegExp(`Erbij: ${WEEKDAY[free[1]!]!.slice(0, 2)} \\d\\d:\\d\\d–\\d\\d:\\d\\d\\.$`));
  await page.screenshot({ path: shot('children-change-fits.png') });
  await change.getByRole('button', { name: 'Wijziging vastleggen' }).click();
  await expect(detail.getByRole('status')).toHaveText('Nieuwe dagen in Egeltjes vanaf wo 16 dec vastgelegd.');
  await expect(detail.getByRole('listitem', { name: /^Egeltjes/ })).toHaveCount(2);

  // The same preview in English.
  await page.getByLabel('Taal').selectOption('en');
  await detail.getByRole('button', { name: 'Change days' }).last().click();
  const english = page.getByRole('dialog', { name: 'Change days in Egeltjes' });
  await english.getByLabel('New days from').selectOption('2027-01-01');
  await english.getByRole('checkbox', { name: ENGLISH_WEEKDAY[full] }).check();
  const englishPreview = english.getByRole('region', { name: 'Occupancy per day with this contract' });
  await expect(englishPreview.getByRole('listitem').filter({ hasText: ENGLISH_WEEKDAY[full]! })).toContainText(
    new RegExp(`Over full\\s*Egeltjes ${ENGLISH_WEEKDAY[full]} ${capacity + 1}/${capacity} from \\w{3} \\d+ Jan`),
  );
  await expect(englishPreview.getByRole('alert')).toContainText('more children than licensed places');
  await expect(english.getByRole('button', { name: 'Enter change' })).toBeDisabled();
  await page.screenshot({ path: shot('children-change-english.png') });
  await page.keyboard.press('Escape');
  await expect(english).toBeHidden();
});
