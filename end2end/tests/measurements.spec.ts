// Measurements (issue 19) as people use them: the patient finds her measurements in the menu,
// sees her GP's blood pressure target, records this morning's reading (a typing mistake first,
// sent back with what she typed), and finds it flagged above the target in the table under the
// chart; her doctor then adjusts the target from her record, and she sees the new one.
import { expect, test } from '@playwright/test';
import { demoAccounts, enrolledBrowser, mainNav as nav } from './helpers';

test('a blood pressure recorded at home is judged against the target the doctor sets', async ({ browser }) => {
  const accounts = demoAccounts();
  const patient = await enrolledBrowser(browser, accounts.find((a) => a.role === 'patient')!);

  await nav(patient).getByRole('link', { name: 'Mesures' }).click();
  await expect(patient.getByRole('heading', { level: 1 })).toHaveText('Mes mesures');
  const pressure = patient.getByRole('listitem').filter({ has: patient.getByRole('heading', { name: 'Tension artérielle' }) });
  await expect(pressure).toContainText('Votre objectif, fixé par Karim Benali');
  await pressure.getByRole('link', { name: 'Tension artérielle', exact: true }).click();
  await expect(patient.getByRole('heading', { level: 1 })).toHaveText('Tension artérielle');

  // The numbers the wrong way round: sent back, nothing lost.
  await patient.getByLabel('Systolique (le premier chiffre, en mmHg)').fill('96');
  await patient.getByLabel('Diastolique (le second chiffre, en mmHg)').fill('152');
  await patient.getByRole('button', { name: 'Enregistrer la mesure' }).click();
  await expect(patient.getByRole('alert')).toHaveText(
    'La systolique (le premier chiffre) doit être plus haute que la diastolique.',
  );
  await expect(patient.getByLabel('Systolique (le premier chiffre, en mmHg)')).toHaveValue('96');

  await patient.getByLabel('Systolique (le premier chiffre, en mmHg)').fill('152');
  await patient.getByLabel('Diastolique (le second chiffre, en mmHg)').fill('96');
  await patient.getByRole('button', { name: 'Enregistrer la mesure' }).click();
  await expect(patient.getByRole('status')).toHaveText('Votre mesure est enregistrée.');
  const latest = patient.locator('main table tbody tr').first();
  await expect(latest).toContainText('152/96 mmHg');
  await expect(latest).toContainText('Élevé');
  await expect(latest).toContainText('Saisie par vous');
  await expect(patient.getByRole('img', { name: 'Évolution sur les 12 derniers mois : Pression artérielle systolique (mmHg)' })).toBeVisible();
  await expect(patient.getByText('Bande colorée : l’objectif fixé par le médecin.').first()).toBeVisible();

  // Her doctor, from her record, sets the systolic target to 140 at most.
  const doctor = await enrolledBrowser(browser, accounts.find((a) => a.role === 'professional')!);
  await nav(doctor).getByRole('link', { name: 'Mes patients' }).click();
  await doctor.getByRole('link', { name: 'Camille Martin', exact: true }).click();
  await doctor.getByRole('navigation', { name: 'Parties du dossier' }).getByRole('link', { name: 'Mesures' }).click();
  await doctor.getByRole('link', { name: 'Tension artérielle', exact: true }).click();
  await expect(doctor.locator('main table tbody tr').first()).toContainText('Saisie par Camille Martin');
  const systolic = doctor.getByRole('region', { name: 'Pression artérielle systolique (mmHg)' });
  await systolic.getByLabel('Au plus').fill('140');
  await systolic.getByRole('button', { name: 'Enregistrer l’objectif' }).click();
  await expect(doctor.getByRole('status')).toHaveText('L’objectif est enregistré.');

  await nav(patient).getByRole('link', { name: 'Mesures' }).click();
  await expect(pressure).toContainText('Votre objectif, fixé par Karim Benali');
  await expect(pressure).toContainText('< 140/85 mmHg');
});
