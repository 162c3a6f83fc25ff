// The health record in a real browser: the demo patient signs in, sees the results outside
// their reference range on Home, opens a trend, downloads a sealed report and verifies it on
// /verify (signed out, as anyone holding the file would); a laboratory's correction reaches
// the test's page with the value it replaced.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { CARNET_BIN, CARNET_ENV } from '../playwright.config';
import { addVirtualAuthenticator, demoAccounts, enrol, mainNav, newBrowser } from './helpers';

test('a patient reads results and a trend, then verifies a downloaded sealed report', async ({ page, browser }) => {
  const patient = demoAccounts().find((a) => a.role === 'patient')!;
  await addVirtualAuthenticator(page);
  await enrol(page, patient);

  // Home: out-of-range results and the vaccination to catch up, each linking to its detail.
  const outOfRange = page.getByRole('region', { name: 'Résultats hors des valeurs de référence' });
  await expect(outOfRange.getByRole('link', { name: 'Ferritine' })).toBeVisible();
  await expect(outOfRange).toContainText('Bas');
  const due = page.getByRole('region', { name: 'Vaccinations à faire' });
  await expect(due).toContainText('Rougeole, oreillons, rubéole (ROR)');
  await expect(due).toContainText('À rattraper');

  // A trend: the chart names itself, the table holds the same values.
  await outOfRange.getByRole('link', { name: 'Glycémie à jeun' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glycémie à jeun');
  await expect(page.getByRole('img', { name: 'Évolution : Glycémie à jeun' })).toBeVisible();
  const history = page.getByRole('table', { name: 'Historique : Glycémie à jeun' });
  await expect(history.getByRole('row')).toHaveCount(9);
  await expect(history).toContainText('1,18 g/L');
  await page.screenshot({ path: 'test-results/trend.png', fullPage: true });

  // A sealed lab report, downloaded.
  await mainNav(page).getByRole('link', { name: 'Documents' }).click();
  await page.getByRole('link', { name: 'Compte rendu d\'examen' }).click();
  await page.getByRole('listitem').filter({ hasText: 'Scellé, inchangé' }).first().getByRole('link').click();
  await expect(page.getByText('Scellé, inchangé')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Télécharger' }).click(),
  ]);
  const file = await download.path();
  expect(download.suggestedFilename()).toMatch(/^Bilan sanguin du \d\d-\d\d-\d{4}\.pdf$/);

  // Anyone holding it checks it on /verify, signed out.
  const stranger = await browser.newContext({ locale: 'fr-FR' });
  const verifier = await stranger.newPage();
  await verifier.goto('/verify');
  await verifier.getByLabel('Fichier à vérifier').setInputFiles(file);
  await verifier.getByRole('button', { name: 'Vérifier', exact: true }).click();
  await expect(verifier.getByRole('status')).toContainText('Document authentique et intact');
  await expect(verifier.getByRole('status')).toContainText('Laboratoire de biologie Paris Centre');
  await stranger.close();
});

test('the results page reads and filters without JavaScript', async ({ browser }) => {
  // Signed in beforehand (passkeys need scripts), then scripts off.
  const patient = demoAccounts().find((a) => a.role === 'patient')!;
  const enrolment = await newBrowser(browser);
  await enrol(enrolment, patient);
  const session = await enrolment.context().storageState();
  await enrolment.context().close();
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR', storageState: session });
  const page = await context.newPage();
  await page.goto('/results');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes résultats');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'Ferritine' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Glycémie à jeun' })).toBeVisible();

  // By name: what matches stays, the rest is filtered out.
  await page.getByLabel('Rechercher une analyse').fill('ferr');
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect(main.getByRole('link', { name: 'Ferritine' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Glycémie à jeun' })).toHaveCount(0);
  await expect(main.getByRole('link', { name: 'Hémoglobine' })).toHaveCount(0);

  // By dates: the last 60 days hold one visit, nine results and her smoking status (and the blood
  // pressures she took at home since, on other days), each dated inside the period.
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const today = new Date();
  const from = new Date(today.getTime() - 60 * 24 * 3600 * 1000);
  await page.getByLabel('Rechercher une analyse').fill('');
  await page.getByLabel('Du').fill(iso(from));
  await page.getByLabel('Au').fill(iso(today));
  await page.getByRole('button', { name: 'Afficher' }).click();
  const rows = page.getByRole('table').getByRole('row');
  const visitDay = (await rows.filter({ hasText: 'Hémoglobine' }).locator('td').first().innerText()).trim();
  await expect(rows.filter({ hasText: visitDay })).toHaveCount(10);
  const dates = await page.getByRole('table').locator('tbody tr td:first-child').allInnerTexts();
  for (const shown of dates) {
    const [d, m, y] = shown.replace(/^.*?(\d\d\/\d\d\/\d{4}).*$/s, '$1').split('/').map(Number);
    const day = new Date(Date.UTC(y, m - 1, d));
    expect(day.getTime(), `${shown} inside the period`).toBeGreaterThanOrEqual(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  }

  // A date that is not one: said so, nothing listed as if it were all.
  await page.goto('/results?from=not-a-date');
  await expect(page.getByRole('alert')).toContainText("Une des dates n'est pas valide");
  await context.close();
});

test('a laboratory corrects a result: the patient sees the new value and the one it replaced', async ({ page, request }) => {
  // The laboratory's software, with its token, publishes a potassium result, then corrects it.
  const created = execFileSync(CARNET_BIN, ['token', 'create', '--organisation', 'Laboratoire Correctif'], {
    env: { ...process.env, ...CARNET_ENV },
    encoding: 'utf8',
  });
  const token = created.split('\n').find((line) => line.startsWith('carnet_'))!;
  const potassium = (status: string, value: number) => ({
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: 'urn:uuid:p',
        resource: {
          resourceType: 'Patient',
          id: 'p',
          identifier: [{ system: 'urn:oid:1.2.250.1.213.1.4.8', value: '284037512345640' }],
          name: [{ family: 'Martin' }],
          birthDate: '1984-03-02',
        },
      },
      {
        fullUrl: 'urn:uuid:k',
        resource: {
          resourceType: 'Observation',
          id: 'k-e2e',
          status,
          category: [{ coding: [{ code: 'laboratory' }] }],
          code: { coding: [{ system: 'http://loinc.org', code: '2823-3', display: 'Potassium' }] },
          subject: { reference: 'urn:uuid:p' },
          effectiveDateTime: '2026-11-30T08:00:00+01:00',
          valueQuantity: { value, unit: 'mmol/L' },
          referenceRange: [{ low: { value: 3.5 }, high: { value: 5.0 } }],
        },
      },
    ],
  });
  const publish = async (status: string, value: number) => {
    const answer = await request.post('/fhir/r4', {
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' },
      data: JSON.stringify(potassium(status, value)),
    });
    expect(answer.status()).toBe(200);
  };
  await publish('final', 6.1);
  await publish('corrected', 4.3);

  // The patient opens the test: the corrected value, who corrected it and when, the old value.
  const patient = demoAccounts().find((a) => a.role === 'patient')!;
  await addVirtualAuthenticator(page);
  await enrol(page, patient);
  await mainNav(page).getByRole('link', { name: 'Résultats' }).click();
  await page.getByRole('link', { name: 'Potassium' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Potassium');
  const main = page.getByRole('main');
  await expect(main).toContainText('4,3');
  await expect(main).toContainText('par Laboratoire Correctif');
  // Numbers are isolated from the text's direction (U+2066…U+2069): match around them.
  await expect(main).toContainText(/Publié auparavant : \u2066?6,1 mmol\/L/);
  await page.screenshot({ path: 'test-results/corrected.png', fullPage: true });
});
