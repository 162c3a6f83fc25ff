// The health profile (issue 19) as people use it: the patient finds her health profile in the
// menu, declares a peanut allergy with its reaction, her deafness, adds her signed advance
// directives as a file, and notes something on her doctor's prescription; the doctor, once she has withdrawn his access, opens an emergency access and
// sees first what must be known — her allergies (hers and his), her treatments, her problems,
// her directives (and opens their document), her disability.
// She authorizes him again at the end (the other journeys expect it).
import { expect, test } from '@playwright/test';
import { demoAccounts, enrolledBrowser, mainNav as nav } from './helpers';

test('a declared allergy reaches the doctor first in an emergency', async ({ browser }) => {
  const accounts = demoAccounts();
  const patient = await enrolledBrowser(browser, accounts.find((a) => a.role === 'patient')!);

  // Her profile, from the menu: what her doctor recorded, the most urgent first.
  await nav(patient).getByRole('link', { name: 'Profil de santé' }).click();
  await expect(patient.getByRole('heading', { level: 1 })).toHaveText('Mon profil de santé');
  const allergies = patient.getByRole('region', { name: 'Allergies et intolérances' });
  await expect(allergies.getByRole('listitem').filter({ hasText: 'Allergie à la pénicilline' })).toContainText(
    'Risque élevé',
  );

  // She declares a peanut allergy: one small form, folded until she opens it.
  await patient.getByText('Une allergie ou une intolérance').click();
  const form = patient.locator('#declare-allergy form');
  await form.getByLabel('À quoi êtes-vous allergique ?').fill('Arachide');
  await form.getByLabel('Quelle réaction ?').fill('Œdème de Quincke');
  await form.getByRole('button', { name: 'Ajouter' }).click();
  await expect(patient.getByRole('status')).toHaveText("C'est noté dans votre profil de santé.");
  const peanut = allergies.getByRole('listitem').filter({ hasText: 'Arachide' });
  await expect(peanut).toContainText('Déclaré par vous');
  await expect(peanut).toContainText('Réaction : Œdème de Quincke');

  // Her deafness, so that those caring for her face her when they speak.
  await patient.getByText('Un handicap', { exact: true }).click();
  const disability = patient.locator('#declare-disability form');
  await disability.getByLabel('Quel handicap ?').fill('Surdité');
  await disability.getByLabel('Ce que les soignants doivent savoir ou adapter').fill('Me parler en face, écrire les consignes');
  await disability.getByRole('button', { name: 'Ajouter' }).click();
  await expect(patient.getByRole('status')).toHaveText("C'est noté dans votre profil de santé.");
  await expect(patient.getByRole('region', { name: 'Handicap' })).toContainText('Ce qu\'il faut adapter : Me parler en face');

  // Her advance directives, signed on paper: the file joins her documents, the directives lead to it.
  await patient.getByText('Vos directives anticipées sur papier (PDF ou photo)').click();
  const paper = patient.locator('#declare-directive-document form');
  const pdf = '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';
  await paper.getByLabel('Le document').setInputFiles({ name: 'directives.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
  await paper.getByLabel('Quelques mots sur ce document').fill('Formulaire signé, personne de confiance : ma sœur');
  await paper.getByRole('button', { name: 'Ajouter' }).click();
  await expect(patient.getByRole('status')).toHaveText("C'est noté dans votre profil de santé.");
  const directives = patient.getByRole('region', { name: 'Directives anticipées' });
  await expect(directives).toContainText('Formulaire signé');
  await expect(directives.getByRole('link', { name: /Directives anticipées/ })).toBeVisible();

  // A note on the iron her doctor prescribed.
  const treatments = patient.getByRole('region', { name: 'Traitements en cours' });
  await treatments.getByRole('listitem').filter({ hasText: 'Sulfate ferreux' }).getByRole('link', { name: /Ajouter une note/ }).click();
  await patient.getByLabel('Note', { exact: true }).fill('Je le prends le soir, il me donne des nausées le matin');
  await patient.getByRole('button', { name: 'Enregistrer la note' }).click();
  await expect(patient.getByRole('status')).toHaveText('Votre note est enregistrée.');
  await expect(treatments).toContainText('Note : Je le prends le soir');

  // She withdraws her doctor's access.
  await nav(patient).getByRole('link', { name: 'Partage' }).click();
  const authorized = patient.getByRole('region', { name: 'Qui peut lire mon dossier' });
  await authorized.getByRole('listitem').filter({ hasText: 'Karim Benali' }).getByRole('button', { name: "Retirer l'autorisation" }).click();
  await expect(authorized).not.toContainText('Karim Benali');

  // He is called to her bedside: an emergency access, and what must be known comes first.
  const doctor = await enrolledBrowser(browser, accounts.find((a) => a.role === 'professional')!);
  await nav(doctor).getByRole('link', { name: 'Mes patients' }).click();
  await doctor.locator('#emergency-ins').fill('284037512345640');
  await doctor.locator('#emergency-birth').fill('1984-03-02');
  await doctor.locator('#emergency-reason').fill('Malaise aux urgences, patiente inconsciente');
  await doctor.getByRole('button', { name: 'Ouvrir un accès en urgence' }).click();
  await expect(doctor.getByRole('heading', { level: 1 })).toHaveText('Camille Martin');
  await expect(doctor.getByText('Accès en urgence', { exact: true })).toBeVisible();
  const first = doctor.locator('main h2').first();
  await expect(first).toHaveText("À savoir d'abord");
  const facts = doctor.getByRole('region', { name: "À savoir d'abord" });
  await expect(facts).toContainText('Arachide');
  await expect(facts).toContainText('Déclaré par Camille Martin');
  await expect(facts).toContainText('Allergie à la pénicilline');
  await expect(facts).toContainText('Amlodipine 5 mg');
  await expect(facts).toContainText('Hypertension artérielle');
  await expect(facts).toContainText('Surdité');
  await facts.getByRole('link', { name: /Directives anticipées/ }).click();
  await expect(doctor.getByRole('heading', { level: 1 })).toHaveText('Directives anticipées');
  await doctor.goBack();
  // The whole profile, where he confirms what she declared.
  await facts.getByRole('link', { name: 'Voir tout le profil de santé' }).click();
  await expect(doctor.getByRole('heading', { level: 1 })).toHaveText('Profil de santé de Camille Martin');
  const declared = doctor.getByRole('region', { name: 'Allergies et intolérances' }).getByRole('listitem').filter({ hasText: 'Arachide' });
  await declared.getByRole('button', { name: 'Confirmer cette information' }).click();
  await expect(doctor.getByRole('status')).toHaveText('Vous avez confirmé cette information.');
  await expect(doctor.getByRole('listitem').filter({ hasText: 'Arachide' })).toContainText('Confirmé par Karim Benali');

  // She sees it confirmed, and authorizes him again from the directory.
  await nav(patient).getByRole('link', { name: 'Profil de santé' }).click();
  await expect(peanut).toContainText('Confirmé par Karim Benali');
  await nav(patient).getByRole('link', { name: 'Partage' }).click();
  await patient.getByLabel('Nom ou numéro RPPS').fill('Benali');
  await patient.getByRole('button', { name: 'Rechercher' }).click();
  const found = patient.getByRole('region', { name: 'Trouver un professionnel' }).getByRole('listitem').filter({ hasText: 'Karim Benali' });
  await found.getByRole('button', { name: 'Autoriser' }).click();
  await expect(patient.getByRole('region', { name: 'Qui peut lire mon dossier' })).toContainText('Karim Benali');
});
