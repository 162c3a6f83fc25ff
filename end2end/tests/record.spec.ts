// The health record in a real browser: the demo patient signs in, sees the results outside
// their reference range on Home, opens a trend, downloads a sealed report and verifies it on
// /verify (signed out, as anyone holding the file would).
import { expect, test } from '@playwright/test';
import { addVirtualAuthenticator, demoAccounts, enrol, mainNav } from './helpers';

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
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto('/results');
  // Signed out: sent to sign in, readable.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion');
  await page.goto('/verify');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vérifier un document');
  await context.close();
});
