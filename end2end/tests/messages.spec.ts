// Messages with the care team (issue 20) as people use them: the patient writes to her GP with a
// file, he answers from his own browser with a prescription, she reads it and keeps the file in
// her documents; then she answers with the keyboard alone and JavaScript off.
import { expect, test } from '@playwright/test';
import { demoAccounts, enrol, enrolledBrowser, mainNav as nav, newBrowser } from './helpers';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

test('a patient writes with a file, the doctor answers, she keeps his file', async ({ browser }) => {
  const accounts = demoAccounts();
  const patient = await enrolledBrowser(browser, accounts.find((a) => a.role === 'patient')!);

  await nav(patient).getByRole('link', { name: /^Messages/ }).click();
  await expect(patient.getByRole('heading', { level: 1 })).toHaveText('Messages');
  await patient.getByRole('link', { name: 'Écrire un message' }).click();
  await expect(patient.getByText('Pas pour les urgences')).toBeVisible();
  await patient.getByLabel(/Karim Benali/).check();
  await patient.getByLabel('Sujet').fill('Résultat de ferritine');
  await patient.getByLabel('Message').fill('Bonjour Docteur,\nvoici le bilan de mon laboratoire.\nCamille');
  await patient.getByLabel('Joindre un fichier (facultatif)').setInputFiles({
    name: 'bilan.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await patient.getByRole('button', { name: 'Envoyer' }).click();
  await expect(patient.getByRole('status')).toHaveText('Votre message est envoyé.');
  await expect(patient.getByRole('heading', { level: 1 })).toHaveText('Résultat de ferritine');
  await expect(patient.locator('.thread')).toContainText('voici le bilan de mon laboratoire.');
  await expect(patient.locator('.thread')).toContainText('Pas encore lu');

  const doctor = await enrolledBrowser(browser, accounts.find((a) => a.role === 'professional')!);
  await nav(doctor).getByRole('link', { name: /^Messages/ }).click();
  const inbox = doctor.getByRole('region', { name: 'Messages de mes patients' });
  await inbox.getByRole('link', { name: 'Résultat de ferritine' }).click();
  await expect(doctor.getByRole('link', { name: 'bilan.pdf' })).toBeVisible();
  await doctor.getByLabel('Message').fill('Merci, voici votre ordonnance de fer.');
  await doctor.getByLabel('Joindre un fichier (facultatif)').setInputFiles({
    name: 'ordonnance.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await doctor.getByRole('button', { name: 'Envoyer' }).click();
  await expect(doctor.getByRole('status')).toHaveText('Votre message est envoyé.');

  // His answer waits unread: the navigation counts it.
  const thread = patient.url();
  await patient.goto('/');
  await expect(nav(patient).getByRole('link', { name: /^Messages \(\d+ messages? non lus?\)$/ })).toBeVisible();
  await patient.goto(thread);
  await expect(patient.locator('.thread')).toContainText('Lu par le soignant le');
  await expect(patient.locator('.thread')).toContainText('Merci, voici votre ordonnance de fer.');
  await expect(patient.getByRole('button', { name: /bilan\.pdf/ })).toHaveCount(0);
  await patient.getByRole('button', { name: 'Enregistrer dans mes documents ordonnance.pdf' }).click();
  await expect(patient.getByRole('status')).toHaveText('Le fichier est enregistré dans vos documents.');
  await patient.getByRole('link', { name: 'Dans mes documents' }).click();
  await expect(patient.getByRole('heading', { level: 1 })).toHaveText('ordonnance.pdf');
});

test('a patient answers with the keyboard alone and JavaScript off', async ({ browser }) => {
  const camille = demoAccounts().find((a) => a.role === 'patient')!;
  const enrolment = await newBrowser(browser);
  await enrol(enrolment, camille);
  const session = await enrolment.context().storageState();
  await enrolment.context().close();
  const context = await browser.newContext({ locale: 'fr-FR', javaScriptEnabled: false, storageState: session });
  const page = await context.newPage();

  await page.goto('/messages');
  await page.getByRole('link', { name: 'Question sur mon bilan sanguin' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question sur mon bilan sanguin');
  await expect(page.locator('.thread')).toContainText('Oui, continuez un mois de plus');
  await page.getByLabel('Message').focus();
  await page.keyboard.type('Merci Docteur, je prends rendez-vous.');
  // Tab to the send button (past the file field) and press it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Envoyer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Votre message est envoyé.');
  await expect(page.locator('.thread')).toContainText('Merci Docteur, je prends rendez-vous.');
  await context.close();
});
