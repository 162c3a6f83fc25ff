// A caregiver, in two real browsers: the demo patient invites someone by e-mail; they open the
// invitation in their own browser, create their account and passkey, and act for her under the
// banner that says so; when she ends it, their very next request finds nothing.
import { expect, test } from '@playwright/test';
import { demoAccounts, enrol, latestMail, mainNav as nav, newBrowser, waitForIslands } from './helpers';

test('a patient invites a caregiver who accepts in another browser and acts for her', async ({ browser }) => {
  const camille = demoAccounts().find((a) => a.role === 'patient')!;
  const patient = await newBrowser(browser);
  await enrol(patient, camille);

  // She invites Jean to read her record.
  await nav(patient).getByRole('link', { name: 'Mes aidants' }).click();
  await patient.getByLabel('Son adresse e-mail').fill('jean.dupont@example.org');
  await expect(patient.getByLabel('Consulter mon dossier (résultats, documents, vaccinations)')).toBeChecked();
  await patient.getByRole('button', { name: 'Envoyer l\'invitation' }).click();
  await expect(patient.getByRole('status')).toHaveText('L\'invitation a été envoyée.');

  // Jean opens the link from the e-mail in his own browser, creates his account and passkey.
  const mail = await latestMail('jean.dupont@example.org', '/invitations/');
  const link = mail.match(/https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]{43}/)![0];
  const jean = await newBrowser(browser);
  await jean.goto(link);
  await expect(jean.getByRole('heading', { level: 1 })).toHaveText('Invitation à aider une personne');
  await expect(jean.getByText('Camille Martin vous invite à agir pour son compte')).toBeVisible();
  await jean.getByLabel('Votre nom').fill('Jean Dupont');
  await jean.getByRole('button', { name: 'Créer mon compte' }).click();
  // The link to create his passkey goes to the invited address, not to whoever holds the link.
  await expect(jean.getByRole('status')).toContainText('Nous venons d\'envoyer à l\'adresse invitée un lien');
  const passkeyMail = await latestMail('jean.dupont@example.org', '/enrol/');
  await jean.goto(passkeyMail.match(/https?:\/\/\S+\/enrol\/[A-Za-z0-9_-]{43}/)![0]);
  await waitForIslands(jean);
  await jean.getByRole('button', { name: 'Créer ma clé d\'accès' }).click();
  await expect(jean.getByRole('heading', { level: 1 })).toHaveText('Bonjour, Jean Dupont');

  // He acts for her: every page says so.
  await nav(jean).getByRole('link', { name: 'Personnes que j\'aide' }).click();
  await jean.getByRole('button', { name: 'Agir pour Camille Martin', exact: true }).click();
  await expect(jean.getByRole('heading', { level: 1 })).toHaveText('Dossier de Camille Martin');
  const banner = jean.getByRole('region', { name: 'Vous agissez pour une autre personne' });
  await expect(banner).toContainText('Vous agissez pour : Camille Martin');
  await nav(jean).getByRole('link', { name: 'Résultats' }).click();
  await expect(jean.getByText('Glycémie à jeun').first()).toBeVisible();
  await expect(banner).toBeVisible();
  await expect(nav(jean).getByRole('link', { name: 'Partage' })).toHaveCount(0);
  const resultsUrl = jean.url();

  // She sees him, and ends it: his very next request finds nothing.
  await nav(patient).getByRole('link', { name: 'Mes aidants' }).click();
  const card = patient.getByRole('listitem').filter({ hasText: 'Jean Dupont' });
  await expect(card).toContainText('Actif');
  await card.getByRole('button', { name: 'Retirer à Jean Dupont le droit d\'agir pour moi' }).click();
  await expect(patient.getByRole('status')).toContainText('cet accès a pris fin');
  await jean.goto(resultsUrl);
  await expect(jean.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await expect(jean.getByText('Glycémie à jeun')).toHaveCount(0);
  await jean.screenshot({ path: 'test-results/caregiver-ended.png', fullPage: true });
});
