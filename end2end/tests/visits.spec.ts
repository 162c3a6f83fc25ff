// A visit prepared before the day (issue 20), as people do it: the GP asks for the fasting blood
// test's form to be signed; the patient books that visit, reads the instructions before
// confirming and in the confirmation e-mail, fills in the form (her allergy already there, a
// required answer missed and asked again), signs it with her passkey, and finds the sealed
// copy in her documents; the GP reads her answers with the appointment.
import { expect, test } from '@playwright/test';
import { demoAccounts, enrolledBrowser, latestMail, mainNav as nav, waitForIslands } from './helpers';

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
});
