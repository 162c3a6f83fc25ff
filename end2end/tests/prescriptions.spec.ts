// Prescriptions (issue 19) as people use them: the GP publishes a prescription from his patient's
// record — its PDF and the treatment it contains; the patient finds the treatment in her health
// profile, follows it to the prescription, and sees what the prescription contains.
import { expect, test } from '@playwright/test';
import { demoAccounts, enrolledBrowser, mainNav as nav } from './helpers';

test('a prescription published from the record links its treatment for the patient', async ({ browser }) => {
  const accounts = demoAccounts();
  const doctor = await enrolledBrowser(browser, accounts.find((a) => a.role === 'professional')!);
  await nav(doctor).getByRole('link', { name: 'Mes patients' }).click();
  await doctor.getByRole('link', { name: 'Camille Martin' }).first().click();
  await doctor.getByRole('link', { name: 'Publier pour ce patient' }).click();
  const form = doctor.getByRole('region', { name: 'Une ordonnance (PDF et traitements)' });
  const today = new Date().toISOString().slice(0, 10);
  await form.getByLabel("Date de l'ordonnance").fill(today);
  const first = form.getByRole('group', { name: 'Traitement 1' });
  // A duration that is not a number of days: the form comes back, what was typed kept.
  await first.getByLabel('Médicament, dosage et forme').fill('Metformine 500 mg, comprimé');
  await first.getByLabel('Posologie').fill('1 comprimé matin et soir');
  await first.getByLabel('Durée en jours (facultatif)').fill('trois mois');
  const pdf = { name: 'ordonnance.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };
  await form.getByLabel("L'ordonnance signée (fichier PDF)").setInputFiles(pdf);
  await form.getByRole('button', { name: 'Publier' }).click();
  const sentBack = doctor.getByRole('region', { name: 'Une ordonnance (PDF et traitements)' });
  await expect(sentBack.getByRole('alert')).toContainText('Une durée est un nombre de jours, de 1 à 365.');
  const again = sentBack.getByRole('group', { name: 'Traitement 1' });
  await expect(again.getByLabel('Médicament, dosage et forme')).toHaveValue('Metformine 500 mg, comprimé');
  await again.getByLabel('Durée en jours (facultatif)').fill('90');
  await sentBack.getByLabel("L'ordonnance signée (fichier PDF)").setInputFiles(pdf);
  await sentBack.getByRole('button', { name: 'Publier' }).click();
  await expect(doctor.getByRole('status')).toContainText('Camille Martin');

  const patient = await enrolledBrowser(browser, accounts.find((a) => a.role === 'patient')!);
  await nav(patient).getByRole('link', { name: 'Profil de santé' }).click();
  const treatments = patient.getByRole('region', { name: 'Traitements en cours' });
  const metformin = treatments.getByRole('listitem').filter({ hasText: 'Metformine 500 mg' });
  await expect(metformin).toContainText('1 comprimé matin et soir');
  await expect(metformin).toContainText('Prescrit sur :');
  await metformin.getByRole('link', { name: /^Ordonnance du / }).click();
  await expect(patient.getByRole('heading', { level: 1 })).toHaveText('Ordonnance');
  const contains = patient.getByRole('region', { name: 'Traitements de cette ordonnance' });
  await contains.getByRole('link', { name: 'Metformine 500 mg, comprimé' }).click();
  await expect(patient).toHaveURL(/\/health#item-/);
});
