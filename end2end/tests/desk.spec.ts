// The reception desk: a staff member opens an assisted session for the demo patient, who
// approves it by reading back the code e-mailed to her; staff see her record under the
// "assisted by" banner, then end the session, which signs the desk out. And a recovery handed
// over in person: the QR code's link opens a page that says the old passkeys will stop working,
// and makes the new one. And a legal representative appointed by two people: the one who saw the
// family record book proposes, a colleague approves.
import { expect, test } from '@playwright/test';
import {
  addVirtualAuthenticator,
  demoAccounts,
  enrol,
  latestMail,
  mainNav as nav,
  newBrowser,
  waitForIslands,
} from './helpers';

test('staff run an assisted session approved by code and end it', async ({ page }) => {
  const sophie = demoAccounts().find((a) => a.role === 'staff')!;
  await addVirtualAuthenticator(page);
  await enrol(page, sophie);

  // Staff alone see no health data.
  await page.goto('/results');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');

  // She starts a session for Camille Martin, identified by her INS and birth date.
  await nav(page).getByRole('link', { name: 'Guichet' }).click();
  const assist = page.getByRole('region', { name: 'Aider un patient présent' });
  await assist.getByLabel('INS du patient (15 caractères)').fill('2 84 03 75 123 456 40');
  await assist.getByLabel('Date de naissance').fill('1984-03-02');
  await assist.getByRole('button', { name: 'Ouvrir une session accompagnée' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Session accompagnée : l\'accord du patient');
  await expect(page.getByText('Vous allez aider Camille Martin.')).toBeVisible();

  // Camille reads back the code she received.
  await page.getByRole('button', { name: 'Envoyer un code' }).click();
  await expect(page.getByRole('status')).toHaveText('Un code a été envoyé à l\'adresse e-mail du patient.');
  const mail = await latestMail('camille.martin@example.org', 'lisez-lui ce code');
  const code = mail.match(/lisez-lui ce code :\s*(\d{6})/)![1];
  await page.getByLabel('Code lu par le patient').fill(code);
  await page.getByRole('button', { name: 'Vérifier le code' }).click();

  // Her record, under the banner; the settings that protect her are not offered.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier de Camille Martin');
  const banner = page.getByRole('region', { name: 'Session accompagnée' });
  await expect(banner).toContainText('Accompagné par Sophie Leroy — pour Camille Martin');
  await nav(page).getByRole('link', { name: 'Résultats' }).click();
  await expect(page.getByText('Glycémie à jeun').first()).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Mon compte' })).toHaveCount(0);
  await expect(nav(page).getByRole('link', { name: 'Partage' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/assisted.png', fullPage: true });

  // One button ends it and signs the desk out.
  await banner.getByRole('button', { name: 'Terminer la session' }).click();
  await expect(page.getByRole('status')).toContainText('La session est terminée');
  await expect(nav(page).getByRole('link', { name: 'Se connecter' })).toBeVisible();
  // Her record sends the desk's browser to sign in. (The answer, not the page after it: the
  // sign-in page's autofill may sign the staff member back in with their own passkey at once.)
  const response = await page.goto('/results');
  expect(new URL(response!.url()).pathname).toBe('/signin');
  await expect(page.getByText('Glycémie à jeun')).toHaveCount(0);
});

test('staff hand a recovery link over in person; the new passkey replaces the old', async ({ page, browser }) => {
  const sophie = demoAccounts().find((a) => a.role === 'staff')!;
  await addVirtualAuthenticator(page);
  await enrol(page, sophie);

  // Marc is enrolled at the desk, on his own phone.
  await nav(page).getByRole('link', { name: 'Guichet' }).click();
  const enrolment = page.getByRole('region', { name: 'Inscrire un patient' });
  await enrolment.getByLabel('Nom complet').fill('Marc Petit');
  await enrolment.getByLabel('Adresse e-mail').fill('marc.petit@example.org');
  await enrolment.getByLabel('INS du patient (15 caractères)').fill('1 85 05 75 123 456 73');
  await enrolment.getByLabel('Date de naissance').fill('1985-05-01');
  await enrolment.getByLabel('Maintenant, en QR code à scanner ou imprimer').check();
  await enrolment.getByRole('button', { name: 'Créer le compte' }).click();
  const firstLink = (await page.locator('.handover-link code').textContent())!.trim();
  const phone = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
  await addVirtualAuthenticator(phone);
  await phone.goto(firstLink);
  await waitForIslands(phone);
  await phone.getByRole('button', { name: "Créer ma clé d'accès" }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Bonjour, Marc Petit');

  // He lost that phone: the desk hands him a recovery link in person, as a QR code.
  await page.getByRole('link', { name: 'Terminé' }).click();
  const recovery = page.getByRole('region', { name: "Aider un patient qui a perdu toutes ses clés d'accès" });
  await recovery.getByLabel('INS du patient (15 caractères)').fill('1 85 05 75 123 456 73');
  await recovery.getByLabel('Date de naissance').fill('1985-05-01');
  await recovery.getByLabel('Maintenant, en QR code à scanner ou imprimer').check();
  await recovery.getByRole('button', { name: 'Lancer la récupération' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lien de récupération');
  await expect(page.getByRole('img', { name: 'QR code du lien de récupération' })).toBeVisible();
  const recoveryLink = (await page.locator('.handover-link code').textContent())!.trim();
  await latestMail('marc.petit@example.org', 'vous a remis en main propre');

  // On his new phone, the page says what becomes of the old passkeys, then replaces them.
  const newPhone = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
  await addVirtualAuthenticator(newPhone);
  await newPhone.goto(recoveryLink);
  await expect(newPhone.getByRole('heading', { level: 1 })).toHaveText("Créer une nouvelle clé d'accès");
  await expect(newPhone.getByText('toutes vos anciennes clés d\'accès cesseront de fonctionner')).toBeVisible();
  await waitForIslands(newPhone);
  await newPhone.getByRole('button', { name: "Créer ma nouvelle clé d'accès" }).click();
  await expect(newPhone.getByRole('heading', { level: 1 })).toHaveText('Bonjour, Marc Petit');
});

test('a legal representative is proposed by one person at the desk and approved by another', async ({ page, browser }) => {
  const [sophie, nadia] = ['staff', 'staff-colleague'].map((role) => demoAccounts().find((a) => a.role === role)!);
  await addVirtualAuthenticator(page);
  await enrol(page, sophie);

  // Sophie makes Inès's record, naming her mother, on seeing the family record book.
  await nav(page).getByRole('link', { name: 'Guichet' }).click();
  const minor = page.getByRole('region', { name: "Dossier d'un mineur et ses représentants légaux" });
  await minor.getByLabel('Prénoms').fill('Inès');
  await minor.getByLabel('Nom de famille').fill('Bernard');
  await minor.getByLabel('INS du patient (15 caractères)').fill('2 17 03 75 123 457 24');
  await minor.getByLabel('Date de naissance').fill('2017-03-14');
  await page.locator('#minor-rep1_name').fill('Claire Bernard');
  await page.locator('#minor-rep1_email').fill('claire.bernard@example.org');
  // Without the document, the form says what is missing and keeps what was typed.
  await page.locator('#minor-evidence-family-record-book').evaluate((e) => e.removeAttribute('required'));
  await page.locator('#minor-evidence-birth-certificate').evaluate((e) => e.removeAttribute('required'));
  await page.locator('#minor-evidence-court-decision').evaluate((e) => e.removeAttribute('required'));
  await minor.getByRole('button', { name: "Enregistrer et demander l'approbation" }).click();
  await expect(page.locator('#minor-error')).toContainText('Indiquez le document présenté');
  await expect(page.locator('#minor-rep1_email')).toHaveValue('claire.bernard@example.org');
  await page.getByLabel('Livret de famille').check();
  await page.getByRole('button', { name: "Enregistrer et demander l'approbation" }).click();
  await expect(page.getByRole('status')).toContainText('Le dossier du mineur a été créé');

  // Her proposal waits; she can only withdraw it.
  const waiting = page.getByRole('region', { name: 'Désignations de représentants à approuver' });
  const card = waiting.getByRole('listitem').filter({ hasText: 'Claire Bernard' });
  await expect(card).toContainText('Claire Bernard, représentant légal de Inès Bernard');
  await expect(card).toContainText('Document présenté : livret de famille.');
  await expect(card.getByRole('button', { name: 'Approuver' })).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Retirer ma proposition' })).toBeVisible();

  // Nadia, at the next counter, sees the book too and approves.
  const colleague = await newBrowser(browser);
  await enrol(colleague, nadia);
  await colleague.goto('/desk');
  const hers = colleague
    .getByRole('region', { name: 'Désignations de représentants à approuver' })
    .getByRole('listitem')
    .filter({ hasText: 'Claire Bernard' });
  await expect(hers).toContainText('Proposé par Sophie Leroy');
  await hers.getByRole('button', { name: 'Approuver' }).click();
  await expect(colleague.getByRole('status')).toContainText('La désignation est approuvée');
  const mail = await latestMail('claire.bernard@example.org', 'maintenant agir pour Inès Bernard');
  expect(mail).toContain('Inès Bernard');
});
