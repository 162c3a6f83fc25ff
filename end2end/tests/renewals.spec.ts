// Renewal requests (issue 19) as people use them: the patient asks her GP, from the treatment's
// line in her health profile, to renew her iron; he finds the request in his space and accepts
// it with a note; she reads his answer beside the treatment.
import { expect, test } from '@playwright/test';
import { demoAccounts, enrolledBrowser, mainNav as nav } from './helpers';

test('a renewal asked from the treatment line is answered by the prescriber', async ({ browser }) => {
  const accounts = demoAccounts();
  const patient = await enrolledBrowser(browser, accounts.find((a) => a.role === 'patient')!);

  await nav(patient).getByRole('link', { name: 'Profil de santé' }).click();
  const treatments = patient.getByRole('region', { name: 'Traitements en cours' });
  // The demo's own request, for her blood pressure treatment, waits.
  await expect(treatments.getByRole('listitem').filter({ hasText: 'Amlodipine' })).toContainText(
    'en attente de réponse',
  );
  const iron = treatments.getByRole('listitem').filter({ hasText: 'Sulfate ferreux' });
  await iron.getByRole('link', { name: /Demander un renouvellement/ }).click();
  await expect(patient.getByRole('heading', { name: 'Demander un renouvellement' })).toBeVisible();
  await patient.getByLabel('Message pour le médecin (facultatif)').fill('Il ne me reste que trois jours de traitement');
  await patient.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(patient.getByRole('status')).toHaveText('Votre demande de renouvellement est envoyée.');
  await expect(patient.locator('main')).toContainText('en attente de réponse');

  const doctor = await enrolledBrowser(browser, accounts.find((a) => a.role === 'professional')!);
  await nav(doctor).getByRole('link', { name: 'Mes patients' }).click();
  const requests = doctor.getByRole('region', { name: 'Demandes de renouvellement' });
  const request = requests.getByRole('listitem').filter({ hasText: 'Sulfate ferreux' });
  await expect(request).toContainText('Il ne me reste que trois jours de traitement');
  await request.getByLabel('Votre réponse (facultatif)').fill('Ordonnance déposée à l’accueil du cabinet');
  await request.getByRole('button', { name: 'Accepter' }).click();
  await expect(doctor.getByRole('status')).toHaveText('Votre réponse est envoyée au patient.');

  await nav(patient).getByRole('link', { name: 'Profil de santé' }).click();
  const answered = treatments.getByRole('listitem').filter({ hasText: 'Sulfate ferreux' });
  await expect(answered).toContainText('Renouvellement accepté par Karim Benali');
  await expect(answered).toContainText('Ordonnance déposée à l’accueil du cabinet');
});
