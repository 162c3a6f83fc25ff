// Throwaway: screenshots of the pages changed for issue 16 (sharing). Not committed.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { CARNET_BIN, CARNET_ENV } from '../playwright.config';
import { demoAccounts, enrolledBrowser, newBrowser, enrol } from './helpers';

const OUT = '../target/sharing-shots';
async function switchLanguage(page: Page, lang: string) {
  const names: Record<string, string> = { fr: 'Français', ar: 'العربية' };
  if ((await page.locator('html').getAttribute('lang')) === lang) return;
  await page.getByRole('button', { name: names[lang], exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}
async function shot(page: Page, path: string, name: string) {
  for (const lang of ['fr', 'ar']) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    await switchLanguage(page, lang);
    for (const [w, h] of [[360, 740], [1280, 800]]) {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(path);
      await page.screenshot({ path: `${OUT}/${name}-${lang}-${w}.png`, fullPage: true });
    }
  }
  await switchLanguage(page, 'fr');
}

test('sharing screenshots', async ({ browser }) => {
  test.setTimeout(600_000);
  const accounts = demoAccounts();
  const patient = await enrolledBrowser(browser, accounts.find((a) => a.role === 'patient')!);
  const gp = await enrolledBrowser(browser, accounts.find((a) => a.role === 'professional')!);
  const out = execFileSync(CARNET_BIN, ['invite', '--role', 'professional', '--name', 'Dr Nadia Amrani', '--email', 'nadia@example.org', '--rpps', '10000000077', '--city', 'Lyon'], { env: { ...process.env, ...CARNET_ENV }, encoding: 'utf8' });
  const link = out.split('\n').find((l) => l.startsWith('Enrolment link: '))!.slice('Enrolment link: '.length);
  const nadia = await newBrowser(browser);
  await enrol(nadia, { role: 'professional', name: 'Dr Nadia Amrani', email: 'nadia@example.org', enrol_url: link });

  // Dr Benali reads; she blocks him; he tries; she authorizes him again.
  await gp.goto('/patients');
  await gp.getByRole('link', { name: 'Camille Martin' }).click();
  const record = new URL(gp.url()).pathname;
  await gp.goto(`${record}/results`);
  await patient.goto('/sharing');
  await patient.getByRole('listitem').filter({ hasText: 'Karim Benali' }).getByRole('button', { name: 'Bloquer' }).click();
  await gp.goto(`${record}/results`);
  await gp.goto('/export/record.json');
  await shot(gp, '/export/record.json', 'not-found-export');
  await patient.goto('/sharing');
  await patient.getByRole('region', { name: 'Bloqués' }).getByRole('button').first().click();
  await patient.goto('/sharing?q=Benali');
  await patient.getByRole('button', { name: 'Autoriser' }).first().click();

  // Dr Amrani asks for the demo record and for one that does not exist.
  for (const [ins, birth] of [['2 84 03 75 123 456 40', '1984-03-02'], ['1 84 03 75 123 456 90', '1984-03-02']]) {
    await nadia.goto('/patients');
    await nadia.getByRole('region', { name: "Demander l'accès à un patient" }).getByLabel('INS du patient (15 caractères)').fill(ins);
    await nadia.getByRole('region', { name: "Demander l'accès à un patient" }).getByLabel('Date de naissance').fill(birth);
    await nadia.getByRole('button', { name: 'Envoyer la demande' }).click();
  }
  await shot(nadia, '/patients?notice=requested', 'pro-patients-requests');

  // She hides the consultation letter.
  await patient.goto('/documents');
  await patient.getByRole('link', { name: /Compte rendu de consultation/ }).first().click();
  const doc = new URL(patient.url()).pathname;
  await patient.getByLabel('Masquer aux professionnels de santé').check();
  await patient.getByRole('button', { name: 'Enregistrer' }).click();
  await shot(patient, '/documents', 'patient-documents');
  await shot(patient, doc, 'patient-document');

  // The professional's view, and publishing from the record.
  await shot(gp, record, 'pro-overview');
  await shot(gp, `${record}/results`, 'pro-results');
  await shot(gp, `${record}/publish`, 'pro-publish');
  await gp.goto(`${record}/publish`);
  await gp.getByLabel('Date et heure du prélèvement ou de la mesure').fill('2026-01-10T08:30');
  await gp.getByLabel('Analyse 1', { exact: true }).selectOption('8480-6');
  await gp.getByLabel('Résultat 1', { exact: true }).fill('151');
  await gp.getByRole('button', { name: 'Publier' }).first().click();
  await shot(gp, new URL(gp.url()).pathname + new URL(gp.url()).search, 'pro-published');

  // Who saw my record.
  await shot(patient, '/history', 'patient-history');
});
