// A visit prepared before the day (issue 20), as people do it: the GP asks for the fasting blood
// test's form to be signed; the patient books that visit, reads the instructions before
// confirming and in the confirmation e-mail, fills in the form (her allergy already there, a
// required answer missed and asked again), signs it with her passkey, and finds the sealed
// copy in her documents; the GP reads her answers with the appointment.
import { expect, test } from '@playwright/test';
import { demoAccounts, enrol, enrolledBrowser, latestMail, mainNav as nav, newBrowser, waitForIslands } from './helpers';

test('a patient books a fasting blood test, reads the instructions, fills in and signs the form', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const accounts = demoAccounts();
  const doctor = await enrolledBrowser(browser, accounts.find((a) => a.role === 'professional')!);
  await nav(doctor).getByRole('link', { name: 'Agenda' }).click();
  await doctor.getByRole('link', { name: 'Types de visite' }).click();
  await doctor.getByRole('link', { name: 'Prise de sang à jeun' }).click();
  await doctor.getByLabel('Le questionnaire doit être signé').check();
  await doctor.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(doctor.getByRole('status')).toHaveText('Enregistré.');

  const since = Date.now();
  const patient = await enrolledBrowser(browser, accounts.find((a) => a.role === 'patient')!);
  await nav(patient).getByRole('link', { name: 'Rendez-vous' }).click();
  await patient.getByRole('link', { name: 'Prendre rendez-vous' }).click();
  await patient.getByLabel('Spécialité').selectOption({ label: 'Médecine générale' });
  await patient.getByLabel('Ville').fill('Lyon');
  await patient.getByRole('button', { name: 'Chercher' }).click();
  await patient.getByRole('link', { name: 'Karim Benali' }).click();
  await patient.getByLabel('Prise de sang à jeun').check();
  await patient.getByRole('button', { name: 'Voir les horaires' }).click();
  await expect(patient.getByText('Horaires pour : Prise de sang à jeun.')).toBeVisible();
  await patient.getByRole('link', { name: 'Jours suivants' }).click();
  await patient.locator('ul.slots a').first().click();
  // The instructions before confirming.
  await expect(patient.getByText('Venez à jeun depuis 12 heures')).toBeVisible();
  await expect(patient.getByText('Un questionnaire sera à remplir et à signer avant la visite.')).toBeVisible();
  await patient.getByRole('button', { name: 'Confirmer', exact: true }).click();
  await expect(patient.getByRole('status')).toContainText('Rendez-vous confirmé');
  const appointment = new URL(patient.url()).pathname;
  const before = patient.getByRole('region', { name: 'Avant votre visite' });
  await expect(before).toContainText('Venez à jeun depuis 12 heures');
  await expect(before).toContainText('Carte Vitale');

  // The confirmation e-mail carries them too.
  const mail = await latestMail('camille.martin@example.org', 'Prise de sang à jeun', since);
  expect(mail).toContain('Venez à jeun depuis 12 heures');
  expect(mail).toContain('à remplir et à signer');

  // The form: her allergy is there already; the required answer, missed, is asked again.
  await before.getByRole('link', { name: 'Remplir le questionnaire' }).click();
  await expect(patient.getByRole('heading', { level: 1 })).toHaveText('Questionnaire avant la visite');
  await expect(patient.getByLabel('Allergies')).toHaveValue(/Allergie à la pénicilline/);
  await patient.getByRole('button', { name: 'Continuer vers la signature' }).click();
  await expect(patient.getByRole('alert')).toContainText('Certaines réponses sont à corriger');
  const fasting = patient.getByRole('group', { name: /Êtes-vous à jeun depuis 12 heures/ });
  await expect(fasting).toContainText('Cette question demande une réponse.');
  await expect(patient.getByLabel('Allergies')).toHaveValue(/Allergie à la pénicilline/);
  await fasting.getByLabel('Oui').check();
  await patient.getByLabel('Une fois').check();
  await patient.getByRole('button', { name: 'Continuer vers la signature' }).click();

  // She reads her answers again and signs with her passkey.
  await expect(patient.getByRole('heading', { level: 1 })).toHaveText('Signer vos réponses');
  await expect(patient.getByRole('main')).toContainText('Une fois');
  await waitForIslands(patient);
  await patient.getByRole('button', { name: "Signer avec ma clé d'accès" }).click();
  await expect(patient.getByRole('status')).toHaveText(
    'Vos réponses sont signées. Une copie scellée est dans vos documents.',
  );
  await expect(patient).toHaveURL(new RegExp(`${appointment}\\?notice=form-signed`));
  await patient.getByRole('link', { name: 'Voir la copie signée dans vos documents' }).click();
  await expect(patient.getByRole('heading', { level: 1 })).toHaveText('Questionnaire signé : Prise de sang à jeun');

  // Her GP reads the answers with the appointment.
  await doctor.goto(appointment.replace('/appointments/', '/agenda/appointments/'));
  const answers = doctor.getByRole('region', { name: 'Questionnaire avant la visite' });
  await expect(answers).toContainText('Êtes-vous à jeun depuis 12 heures ?');
  await expect(answers).toContainText('Une fois');
  await expect(answers).toContainText('Signé par Camille Martin');

  // Other journeys book with her GP too: she frees this time.
  await patient.goto(appointment);
  await patient.getByRole('link', { name: 'Annuler le rendez-vous' }).click();
  await patient.getByRole('button', { name: 'Oui, annuler le rendez-vous' }).click();
  await expect(patient.getByRole('status')).toContainText('Rendez-vous annulé');
});

test('the visit form is filled in with the keyboard alone and JavaScript off; signing says it needs it', async ({
  browser,
}) => {
  const camille = demoAccounts().find((a) => a.role === 'patient')!;
  const enrolment = await newBrowser(browser);
  await enrol(enrolment, camille);
  const session = await enrolment.context().storageState();
  await enrolment.context().close();
  const context = await browser.newContext({ locale: 'fr-FR', javaScriptEnabled: false, storageState: session });
  const page = await context.newPage();

  await page.goto('/book?specialty=general-practice&city=Lyon');
  await page.getByRole('link', { name: 'Karim Benali' }).click();
  // The kind with the keyboard: the radio group is one Tab stop, Space picks, Enter sends.
  await page.getByLabel('Prise de sang à jeun').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Horaires pour : Prise de sang à jeun.')).toBeVisible();
  await page.getByRole('link', { name: 'Jours suivants' }).click();
  await page.locator('ul.slots a').nth(1).click();
  await page.getByRole('button', { name: 'Confirmer', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Rendez-vous confirmé');
  await page.getByRole('link', { name: 'Remplir le questionnaire' }).click();

  // A required answer missed comes back marked; then answered with the keyboard.
  await page.getByRole('button', { name: 'Continuer vers la signature' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Certaines réponses sont à corriger');
  const fasting = page.getByRole('group', { name: /Êtes-vous à jeun depuis 12 heures/ });
  await fasting.getByLabel('Oui').focus();
  await page.keyboard.press('Space');
  await expect(fasting.getByLabel('Oui')).toBeChecked();
  await page.getByRole('button', { name: 'Continuer vers la signature' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signer vos réponses');
  // The answers read without scripts; the passkey needs them, and the page says so.
  await expect(page.getByRole('main')).toContainText('Êtes-vous à jeun depuis 12 heures ?');
  await expect(page.getByText(/ont besoin de JavaScript/)).toBeVisible();
  // She frees this time again.
  await page.goto(new URL(page.url()).pathname.replace('/form/sign', ''));
  await page.getByRole('link', { name: 'Annuler le rendez-vous' }).click();
  await page.getByRole('button', { name: 'Oui, annuler le rendez-vous' }).click();
  await expect(page.getByRole('status')).toContainText('Rendez-vous annulé');
  await context.close();
});
