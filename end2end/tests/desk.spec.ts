// The reception desk: a staff member opens an assisted session for the demo patient, who
// approves it by reading back the code e-mailed to her; staff see her record under the
// "assisted by" banner, then end the session, which signs the desk out.
import { expect, test } from '@playwright/test';
import { addVirtualAuthenticator, demoAccounts, enrol, latestMail, mainNav as nav } from './helpers';

test('staff run an assisted session approved by code and end it', async ({ page }) => {
  const sophie = demoAccounts().find((a) => a.role === 'staff')!;
  await addVirtualAuthenticator(page);
  await enrol(page, sophie);

  // Staff alone see no health data.
  await page.goto('/results');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');

  // She starts a session for Camille Martin, identified by her INS and birth date.
  await nav(page).getByRole('link', { name: 'Guichet' }).click();
  const assist = page.getByRole('region', { name: 'Aider un patient présent' });
  await assist.getByLabel('INS du patient (15 caractères)').fill('2 84 03 75 123 456 40');
  await assist.getByLabel('Date de naissance').fill('1984-03-02');
  await assist.getByRole('button', { name: 'Ouvrir une session accompagnée' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Session accompagnée : l\'accord du patient');
  await expect(page.getByText('Vous allez aider Camille Martin.')).toBeVisible();

  // Camille reads back the code she received.
  await page.getByRole('button', { name: 'Envoyer un code' }).click();
  await expect(page.getByRole('status')).toHaveText('Un code a été envoyé à l\'adresse e-mail du patient.');
  const mail = await latestMail('camille.martin@example.org', 'lisez-lui ce code');
  const code = mail.match(/lisez-lui ce code :\s*(\d{6})/)![1];
  await page.getByLabel('Code lu par le patient').fill(code);
  await page.getByRole('button', { name: 'Vérifier le code' }).click();

  // Her record, under the banner; the settings that protect her are not offered.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier de Camille Martin');
  const banner = page.getByRole('region', { name: 'Session accompagnée' });
  await expect(banner).toContainText('Accompagné par Sophie Leroy — pour Camille Martin');
  await nav(page).getByRole('link', { name: 'Résultats' }).click();
  await expect(page.getByText('Glycémie à jeun').first()).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Mon compte' })).toHaveCount(0);
  await expect(nav(page).getByRole('link', { name: 'Partage' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/assisted.png', fullPage: true });

  // One button ends it and signs the desk out.
  await banner.getByRole('button', { name: 'Terminer la session' }).click();
  await expect(page.getByRole('status')).toContainText('La session est terminée');
  await expect(nav(page).getByRole('link', { name: 'Se connecter' })).toBeVisible();
  await page.goto('/results');
  await expect(page).toHaveURL(/\/signin$/);
});
