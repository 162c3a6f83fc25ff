// Appointments in a real browser: the demo patient finds her GP by specialty and city, books a
// slot a week ahead, receives the confirmation with a calendar file (address with postcode and
// telephone, reminders), sees it on Home, moves it and cancels it after a confirmation page
// with a reason, then is offered to book again; a caregiver she lets manage her appointments
// books one for her from his own browser and gets the confirmation too.
import { expect, test, type Page } from '@playwright/test';
import { calendarAttachment, demoAccounts, enrol, latestMail, mainNav as nav, newBrowser, waitForIslands } from './helpers';

/** From "Mes rendez-vous": search Dr Benali and open his free slots a week from now. */
async function openBenaliSlots(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Rendez-vous' }).click();
  await page.getByRole('link', { name: 'Prendre rendez-vous' }).click();
  await page.getByLabel('Spécialité').selectOption({ label: 'Médecine générale' });
  await page.getByLabel('Ville').fill('Lyon');
  await page.getByRole('button', { name: 'Chercher' }).click();
  await expect(page.getByText('Prochain créneau libre')).toBeVisible();
  await page.getByRole('link', { name: 'Karim Benali' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Karim Benali');
  // He offers kinds of visit: this one is none of them.
  await page.getByLabel('Autre motif').check();
  await page.getByRole('button', { name: 'Voir les horaires' }).click();
  // A week ahead: well before the 24-hour cancel cut-off.
  await page.getByRole('link', { name: 'Jours suivants' }).click();
}

test('a patient books, gets the calendar file, moves and cancels', async ({ browser }) => {
  const camille = demoAccounts().find((a) => a.role === 'patient')!;
  // Other journeys book with the same patient: only this one's e-mails count.
  const since = Date.now();
  const page = await newBrowser(browser);
  await enrol(page, camille);

  await openBenaliSlots(page);
  const slots = page.locator('ul.slots a');
  await slots.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirmer le rendez-vous');
  await page.getByLabel('Motif (facultatif, visible du professionnel seulement)').fill('<b>fort</b>');
  await page.getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByRole('alert')).toContainText('ne peut pas contenir de balises');
  await expect(page.getByLabel('Motif (facultatif, visible du professionnel seulement)')).toHaveValue('<b>fort</b>');
  await page.getByLabel('Motif (facultatif, visible du professionnel seulement)').fill('Renouvellement d\'ordonnance');
  await page.getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByRole('status')).toContainText('Rendez-vous confirmé');
  await expect(page.getByText('Renouvellement d\'ordonnance')).toBeVisible();

  // The confirmation e-mail carries the event in Paris time; the page offers the same file.
  const ics = await calendarAttachment(camille.email, 'est confirmé', since);
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toMatch(/DTSTART;TZID=Europe\/Paris:\d{8}T\d{6}/);
  expect(ics).toContain('SUMMARY:Rendez-vous : Karim Benali');
  const unfolded = ics.replace(/\r?\n /g, '');
  expect(unfolded).toMatch(/LOCATION:Cabinet Benali\\, 12 rue de la République\\, 69002 Lyon|LOCATION:Consultation vidéo/);
  expect(unfolded).toContain('TRIGGER:-P1D');
  expect(unfolded).toMatch(/\r?\nURL:http:\/\/localhost:\d+\/appointments\//);
  expect(unfolded).not.toContain('Renouvellement');
  const href = await page.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' }).getAttribute('href');
  const download = await page.request.get(href!);
  expect(download.headers()['content-type']).toContain('text/calendar');
  const uid = ics.match(/UID:(\S+)/)![1];
  expect(await download.text()).toContain(`UID:${uid}`);

  // Home shows her next appointment (this one, unless another journey left an earlier one).
  const appointmentUrl = page.url();
  await nav(page).getByRole('link', { name: 'Accueil' }).click();
  const next = page.getByRole('region', { name: 'Prochain rendez-vous' });
  await expect(next).toContainText('Karim Benali');
  await next.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rendez-vous');
  await page.goto(appointmentUrl);

  // She moves it to another slot: one change, the old slot is freed.
  await page.getByRole('link', { name: 'Déplacer' }).click();
  await expect(page.getByRole('status').first()).toContainText('Choisissez le nouveau créneau');
  await page.getByRole('link', { name: 'Jours suivants' }).click();
  await page.locator('ul.slots a').nth(1).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déplacer le rendez-vous ici');
  await page.getByRole('button', { name: 'Déplacer ici' }).click();
  await expect(page.getByRole('status')).toContainText('Rendez-vous déplacé');
  const moved = await calendarAttachment(camille.email, 'a été déplacé', since);
  expect(moved).toContain(`UID:${uid}`);
  expect(moved).toContain('SEQUENCE:1');

  // And cancels it: a page says which appointment and what happens; she gives a reason.
  await page.getByRole('link', { name: 'Annuler le rendez-vous' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Annuler ce rendez-vous ?');
  await expect(page.getByText('Karim Benali · Médecine générale')).toBeVisible();
  await page.getByLabel('Motif de l\'annulation (facultatif, visible du professionnel seulement)').fill('Empêchement professionnel');
  await page.getByRole('button', { name: 'Oui, annuler le rendez-vous' }).click();
  await expect(page.getByRole('status')).toHaveText('Rendez-vous annulé.');
  await expect(page.getByText('Empêchement professionnel')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Reprendre rendez-vous avec Karim Benali' })).toBeVisible();
  const cancelled = await calendarAttachment(camille.email, 'est annulé', since);
  expect(cancelled).toContain('STATUS:CANCELLED');
  await nav(page).getByRole('link', { name: 'Rendez-vous' }).click();
  await expect(page.getByRole('heading', { name: 'Passés et annulés' })).toBeVisible();
  await page.screenshot({ path: 'test-results/appointments.png', fullPage: true });
});

test('a caregiver with the appointments scope books for the person he helps', async ({ browser }) => {
  const camille = demoAccounts().find((a) => a.role === 'patient')!;
  const since = Date.now();
  const patient = await newBrowser(browser);
  await enrol(patient, camille);
  await nav(patient).getByRole('link', { name: 'Mes aidants' }).click();
  await patient.getByLabel('Son adresse e-mail').fill('luc.martin@example.org');
  await patient.getByLabel('Consulter mon dossier (résultats, documents, vaccinations)').uncheck();
  await patient.getByLabel('Voir, prendre, déplacer et annuler mes rendez-vous').check();
  await patient.getByRole('button', { name: 'Envoyer l\'invitation' }).click();

  const mail = await latestMail('luc.martin@example.org', '/invitations/');
  const link = mail.match(/https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]{43}/)![0];
  const luc = await newBrowser(browser);
  await luc.goto(link);
  await luc.getByLabel('Votre nom').fill('Luc Martin');
  await luc.getByRole('button', { name: 'Créer mon compte' }).click();
  const passkeyMail = await latestMail('luc.martin@example.org', '/enrol/');
  await luc.goto(passkeyMail.match(/https?:\/\/\S+\/enrol\/[A-Za-z0-9_-]{43}/)![0]);
  await waitForIslands(luc);
  await luc.getByRole('button', { name: 'Créer ma clé d\'accès' }).click();
  await nav(luc).getByRole('link', { name: 'Personnes que j\'aide' }).click();
  await luc.getByRole('button', { name: 'Agir pour Camille Martin', exact: true }).click();

  await openBenaliSlots(luc);
  await luc.locator('ul.slots a').nth(2).click();
  await luc.getByRole('button', { name: 'Confirmer' }).click();
  await expect(luc.getByRole('status')).toContainText('Rendez-vous confirmé pour Camille Martin');
  await expect(luc.getByText('Camille Martin', { exact: true })).toBeVisible();
  // Camille is told, Luc gets his copy, and she sees it among her appointments.
  await calendarAttachment(camille.email, 'est confirmé', since);
  await calendarAttachment('luc.martin@example.org', 'Vous avez pris rendez-vous pour Camille Martin', since);
  await nav(patient).getByRole('link', { name: 'Rendez-vous' }).click();
  await expect(patient.getByRole('heading', { name: 'À venir' })).toBeVisible();
  await expect(patient.getByText('Karim Benali').first()).toBeVisible();
});
