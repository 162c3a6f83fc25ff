// JavaScript off, as on a cheap phone with scripts disabled or a connection that drops them: the
// demo patient (signed in beforehand: passkeys are the one thing that needs scripts, and their
// pages say so) reads her results, a trend, her documents and vaccinations, books and cancels an
// appointment, changes a consent, gets a form back with its error and downloads her record — with
// plain HTML forms and links.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { demoAccounts, enrol, mainNav as nav, newBrowser } from './helpers';

test('the main pages read and their forms work without JavaScript', async ({ browser }) => {
  const camille = demoAccounts().find((a) => a.role === 'patient')!;
  const enrolment = await newBrowser(browser);
  await enrol(enrolment, camille);
  const session = await enrolment.context().storageState();
  await enrolment.context().close();

  const context = await browser.newContext({ locale: 'fr-FR', javaScriptEnabled: false, storageState: session });
  const page = await context.newPage();

  // Home and the record.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bonjour, ${camille.name}`);
  await nav(page).getByRole('link', { name: 'Résultats' }).click();
  await page.getByLabel('Rechercher une analyse').fill('glyc');
  await page.getByRole('button', { name: 'Afficher' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Glycémie à jeun' }).first().click();
  await expect(page.getByRole('img', { name: 'Évolution : Glycémie à jeun' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Historique : Glycémie à jeun' })).toContainText('1,18 g/L');
  await nav(page).getByRole('link', { name: 'Documents' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes documents');
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
  await nav(page).getByRole('link', { name: 'Vaccinations' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes vaccinations');

  // An appointment, booked and cancelled through forms.
  await nav(page).getByRole('link', { name: 'Rendez-vous' }).click();
  await page.getByRole('link', { name: 'Prendre rendez-vous' }).click();
  await page.getByLabel('Spécialité').selectOption({ label: 'Médecine générale' });
  await page.getByLabel('Ville').fill('Lyon');
  await page.getByRole('button', { name: 'Chercher' }).click();
  await page.getByRole('link', { name: 'Karim Benali' }).click();
  await page.getByLabel('Autre motif').check();
  await page.getByRole('button', { name: 'Voir les horaires' }).click();
  await page.getByRole('link', { name: 'Jours suivants' }).click();
  await page.locator('ul.slots a').first().click();
  await page.getByLabel('Motif (facultatif, visible du professionnel seulement)').fill('Vaccin');
  await page.getByRole('button', { name: 'Confirmer', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Rendez-vous confirmé');
  await page.getByRole('link', { name: 'Annuler le rendez-vous' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Annuler ce rendez-vous ?');
  await page.getByRole('button', { name: 'Oui, annuler le rendez-vous' }).click();
  await expect(page.getByRole('status')).toContainText('Rendez-vous annulé');

  // A consent changed and changed back.
  await nav(page).getByRole('link', { name: 'Partage' }).click();
  const authorized = page.getByRole('region', { name: 'Qui peut lire mon dossier' });
  await authorized.getByRole('listitem').filter({ hasText: 'Karim Benali' }).getByRole('button', { name: "Retirer l'autorisation" }).click();
  await expect(page.getByRole('status')).toContainText('ne peut plus lire votre dossier');
  await page.getByLabel('Nom ou numéro RPPS').fill('Benali');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await page.getByRole('region', { name: 'Trouver un professionnel' }).getByRole('listitem')
    .filter({ hasText: 'Karim Benali' }).getByRole('button', { name: 'Autoriser' }).click();
  await expect(page.getByRole('status')).toContainText('peut désormais lire votre dossier');

  // A form sent back with its error, the typed value kept.
  await nav(page).getByRole('link', { name: 'Mes aidants' }).click();
  await page.getByLabel('Son adresse e-mail').fill('jean@example.org');
  for (const scope of await page.getByRole('checkbox').all()) await scope.uncheck();
  await page.getByRole('button', { name: "Envoyer l'invitation" }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByLabel('Son adresse e-mail')).toHaveValue('jean@example.org');

  // Who saw my record, filtered.
  await page.goto('/history');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qui a consulté mon dossier');

  // The passkey pages say that they need JavaScript.
  await page.goto('/account');
  await expect(page.getByText("Les clés d'accès ont besoin de JavaScript")).toBeVisible();

  // Her whole record, downloaded as a FHIR bundle from a plain link.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Télécharger le dossier (FHIR, JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^carnet-record-\d{4}-\d\d-\d\d\.json$/);
  const bundle = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(bundle.resourceType).toBe('Bundle');
  const types = new Set(bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType));
  for (const type of ['Patient', 'Observation', 'Immunization', 'DocumentReference']) expect(types).toContain(type);
  await context.close();
});
