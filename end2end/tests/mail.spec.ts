// E-mails as a mail app shows them: the HTML part of messages in French and in Arabic (right to
// left), at a phone size and a desktop size, has no WCAG 2.2 A or AA violation (axe-core),
// nothing scrolls sideways, the root carries the reader's language and direction, and it loads
// nothing from anywhere (no image, font, stylesheet or tracking).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { addVirtualAuthenticator, demoAccounts, enrol, mailPart, mainNav as nav, waitForIslands } from './helpers';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const MARC = 'marc.benoit@example.org';
const INS = '1 86 07 75 123 456 56';

test('the HTML part of e-mails is accessible, right to left in Arabic, and loads nothing', async ({ page, browser }) => {
  // Marc is enrolled at the desk and makes his passkey (a French security notice), then reads
  // Carnet in Arabic; the desk starts a recovery by e-mail (an Arabic message with a link).
  const sophie = demoAccounts().find((a) => a.role === 'staff')!;
  await addVirtualAuthenticator(page);
  await enrol(page, sophie);
  await nav(page).getByRole('link', { name: 'Guichet' }).click();
  const enrolment = page.getByRole('region', { name: 'Inscrire un patient' });
  await enrolment.getByLabel('Nom complet').fill('Marc Benoît');
  await enrolment.getByLabel('Adresse e-mail').fill(MARC);
  await enrolment.getByLabel('INS du patient (15 caractères)').fill(INS);
  await enrolment.getByLabel('Date de naissance').fill('1986-07-14');
  await enrolment.getByLabel('Maintenant, en QR code à scanner ou imprimer').check();
  await enrolment.getByRole('button', { name: 'Créer le compte' }).click();
  const link = (await page.locator('.handover-link code').textContent())!.trim();
  const phone = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
  await addVirtualAuthenticator(phone);
  await phone.goto(link);
  await waitForIslands(phone);
  await phone.getByRole('button', { name: "Créer ma clé d'accès" }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Bonjour, Marc Benoît');
  await phone.getByRole('button', { name: 'العربية' }).click();
  await expect(phone.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('link', { name: 'Terminé' }).click();
  const recovery = page.getByRole('region', { name: "Aider un patient qui a perdu toutes ses clés d'accès" });
  await recovery.getByLabel('INS du patient (15 caractères)').fill(INS);
  await recovery.getByLabel('Date de naissance').fill('1986-07-14');
  await recovery.getByRole('button', { name: 'Lancer la récupération' }).click();

  const messages = [
    { lang: 'fr', dir: 'ltr', html: await mailPart(MARC, 'a été ajoutée à votre compte Carnet', 'text/html') },
    { lang: 'ar', dir: 'rtl', html: await mailPart(MARC, 'بدأ مكتب الاستقبال استرجاع حسابك', 'text/html') },
  ];
  const reader = await (await browser.newContext()).newPage();
  const requests: string[] = [];
  reader.on('request', (request) => {
    if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url());
  });
  for (const { lang, dir, html } of messages) {
    expect(html).toContain(`<html lang="${lang}" dir="${dir}">`);
    for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
      await reader.setViewportSize(viewport);
      await reader.setContent(html, { waitUntil: 'load' });
      const results = await new AxeBuilder({ page: reader }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), `${lang} ${viewport.width}`).toEqual([]);
      const sideways = await reader.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(sideways, `${lang} at ${viewport.width} px scrolls sideways`).toBe(false);
      await expect(reader.getByRole('link')).toHaveCount(1);
      await reader.screenshot({ path: `test-results/mail-${lang}-${viewport.width}.png`, fullPage: true });
    }
  }
  expect(requests, 'an e-mail loads nothing').toEqual([]);
});
