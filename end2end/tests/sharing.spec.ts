// Consent in two real browsers: the demo professional reads the record the demo patient shared
// with him; she blocks him from her Sharing page, after a page that says what blocking does; his
// very next request finds nothing; she sees the refused attempt in "who saw my record".
import { expect, test } from '@playwright/test';
import { demoAccounts, enrolledBrowser, mainNav as nav } from './helpers';

test('a blocked professional loses access at once and the attempt shows in the history', async ({ browser }) => {
  const accounts = demoAccounts();
  const patient = await enrolledBrowser(browser, accounts.find((a) => a.role === 'patient')!);
  const professional = await enrolledBrowser(browser, accounts.find((a) => a.role === 'professional')!);

  // The professional opens the patient's record from his list.
  await nav(professional).getByRole('link', { name: 'Mes patients' }).click();
  await professional.getByRole('link', { name: 'Camille Martin' }).click();
  await expect(professional.getByRole('heading', { level: 1 })).toHaveText('Camille Martin');
  await professional.getByRole('navigation', { name: 'Parties du dossier' }).getByRole('link', { name: 'Résultats' }).click();
  await expect(professional.getByRole('heading', { level: 1 })).toHaveText('Résultats de Camille Martin');
  await expect(professional.getByText('Glycémie à jeun').first()).toBeVisible();
  const resultsUrl = professional.url();

  // The patient blocks him.
  await nav(patient).getByRole('link', { name: 'Partage' }).click();
  const authorized = patient.getByRole('region', { name: 'Qui peut lire mon dossier' });
  const card = authorized.getByRole('listitem').filter({ hasText: 'Karim Benali' });
  await expect(card).toContainText('Médecine générale');
  await card.getByRole('link', { name: 'Bloquer' }).click();
  await expect(patient.getByRole('heading', { level: 1 })).toHaveText('Bloquer Karim Benali ?');
  await expect(patient.getByText('Karim Benali ne peut plus lire votre dossier, même en urgence')).toBeVisible();
  await patient.getByRole('button', { name: 'Oui, bloquer ce professionnel' }).click();
  await expect(patient.getByRole('status')).toContainText('Ce professionnel est bloqué');
  await expect(patient.getByRole('region', { name: 'Bloqués' })).toContainText('Karim Benali');

  // His very next request finds nothing, exactly like a page that does not exist.
  await professional.goto(resultsUrl);
  await expect(professional.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await expect(professional.getByText('Glycémie à jeun')).toHaveCount(0);

  // She sees his reads and the refused attempt in "who saw my record".
  await patient.getByRole('link', { name: 'Qui a consulté mon dossier' }).click();
  const history = patient.getByRole('list', { name: 'Accès et modifications, du plus récent au plus ancien' });
  const his = history.getByRole('listitem').filter({ hasText: 'Karim Benali (professionnel de santé)' });
  // The refused attempt reads as an attempt, with why; his reads as done, with why.
  const refused = his.filter({ hasText: 'a tenté de lire vos résultats' });
  await expect(refused.first()).toContainText('Refusé : vous avez bloqué ce professionnel');
  await expect(his.filter({ hasText: 'a lu vos résultats' }).first())
    .toContainText('Autorisé : vous avez autorisé ce professionnel à lire votre dossier');
  await patient.screenshot({ path: 'test-results/history.png', fullPage: true });
});
