// The vaccination record, printed (issue 16): what a school or a doctor is handed names the
// patient, their birth date and INS, lists every dose (date, vaccine, dose, lot, who gave it),
// says when it was printed and which schedule the advice follows. On screen, the advice for a
// 42-year-old with one MMR dose is a catch-up, not a dose "overdue since" her childhood.
import { expect, test } from '@playwright/test';
import { addVirtualAuthenticator, demoAccounts, enrol } from './helpers';

test('the printed vaccination record names the patient, her birth date and each dose', async ({ page }) => {
  const patient = demoAccounts().find((a) => a.role === 'patient')!;
  await addVirtualAuthenticator(page);
  await enrol(page, patient);
  await page.goto('/vaccinations');

  // On screen: the advice by age, and the printed day hidden.
  const advice = page.getByRole('region', { name: 'À faire' });
  const mmr = advice.getByRole('listitem').filter({ hasText: 'Rougeole, oreillons, rubéole (ROR)' });
  await expect(mmr).toContainText('À rattraper');
  await expect(mmr).toContainText('1 dose à rattraper');
  await expect(advice).not.toContainText('En retard');
  await expect(page.getByText(/^Imprimé le/)).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  const identity = page.locator('main .identity');
  await expect(identity).toBeVisible();
  await expect(identity).toContainText('Camille Martin');
  await expect(identity).toContainText('Date de naissance : 02/03/1984');
  await expect(identity).toContainText('INS : 2 84 03 75 123 456 40');
  const doses = page.getByRole('table', { name: 'Vaccinations reçues' });
  await expect(doses).toBeVisible();
  await expect(doses.getByRole('columnheader')).toHaveText(['Date', 'Vaccin', 'Dose', 'Lot', 'Par']);
  const row = doses.getByRole('row').filter({ hasText: 'FF0479' });
  await expect(row).toContainText('COVID-19 (Comirnaty)');
  await expect(row).toContainText('08/07/2021');
  await expect(row).toContainText('Benali');
  await expect(doses.getByRole('row').filter({ hasText: 'ROR (rougeole, oreillons, rubéole)' })).toContainText(
    'code CVX 03',
  );
  await expect(page.getByText(/^Imprimé le \d\d\/\d\d\/\d{4} depuis Carnet\.$/)).toBeVisible();
  await expect(page.getByText(/Calendrier des vaccinations et recommandations vaccinales 2025/)).toBeVisible();
  // The doses come before the advice on paper, and nothing of the navigation is printed.
  const [tableTop, adviceTop] = await Promise.all([
    doses.evaluate((e) => e.getBoundingClientRect().top),
    page.getByRole('heading', { name: 'À faire' }).evaluate((e) => e.getBoundingClientRect().top),
  ]);
  expect(tableTop).toBeLessThan(adviceTop);
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
