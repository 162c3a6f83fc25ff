// Coming of age, with the server's clock moved a day (a debug build reads CARNET_TEST_CLOCK_FILE):
// the desk makes the record of Zoé, 18 tomorrow, with her father as legal representative (two
// people of the desk); he authorizes her doctor for her. The next day his access to her record
// has ended by itself; the desk enrols Zoé, whose home page asks her about the authorization
// given for her while she was a minor, and she keeps it on her Sharing page.
import { writeFileSync } from 'node:fs';
import { expect, Page, test } from '@playwright/test';
import { DATA_DIR } from '../playwright.config';
import { demoAccounts, enrolledBrowser } from './helpers';
import { actFor, enrolAtDesk, healthId } from './tour';

/** Moves the server's clock by `days` (read on every request). */
function moveClock(days: number): void {
  writeFileSync(`${DATA_DIR}/clock-offset-days`, String(days));
}

/** Today in the clinic's time zone, as the server counts birthdays. */
function parisToday(): Date {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date()).split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** Signs in again with the browser's passkey (a day without activity ended the session): the
 * sign-in page's autofill offers it, and the virtual authenticator answers. */
async function signInAgain(page: Page): Promise<void> {
  await page.goto('/signin');
  await expect(page).not.toHaveURL(/\/signin/, { timeout: 20_000 });
}

test.afterEach(() => moveClock(0));

test("at 18 a representative's access ends and the young adult chooses what was authorized for her", async ({
  browser,
}) => {
  const account = (role: string) => demoAccounts().find((a) => a.role === role)!;
  const staff = await enrolledBrowser(browser, account('staff'));
  const colleague = await enrolledBrowser(browser, account('staff-colleague'));
  const father = await enrolledBrowser(browser, account('caregiver'));

  // Zoé turns 18 tomorrow.
  const birthday = parisToday();
  birthday.setUTCFullYear(birthday.getUTCFullYear() - 18);
  birthday.setUTCDate(birthday.getUTCDate() + 1);
  const birth = birthday.toISOString().slice(0, 10);
  const ins = healthId('2081275123461');
  await staff.goto('/desk');
  await staff.locator('#minor-given').fill('Zoé');
  await staff.locator('#minor-family').fill('Petit');
  await staff.locator('#minor-ins').fill(ins);
  await staff.locator('#minor-birth').fill(birth);
  await staff.locator('#minor-rep1_name').fill(account('caregiver').name);
  await staff.locator('#minor-rep1_email').fill(account('caregiver').email);
  await staff.locator('#minor-evidence-family-record-book').check();
  await staff.locator('form[action^="/desk/minor"] button[type="submit"]').click();
  await expect(staff.getByRole('status')).toContainText('Le dossier du mineur a été créé');
  await colleague.goto('/desk');
  const proposal = colleague.locator('main li').filter({ hasText: 'Zoé Petit' });
  await proposal.getByRole('button', { name: 'Approuver' }).click();
  await expect(colleague.getByRole('status')).toContainText('La désignation est approuvée');

  // Her father authorizes her doctor for her.
  await father.goto('/helping');
  const zoeRecord = await father
    .locator('main li')
    .filter({ hasText: 'Zoé Petit' })
    .locator('input[name="patient"]')
    .getAttribute('value');
  await actFor(father, 'Zoé Petit');
  await father.goto('/sharing?q=Benali');
  const doctor = father.locator('main li').filter({ hasText: 'Karim Benali' });
  await doctor.getByRole('button', { name: 'Autoriser', exact: true }).click();
  await expect(father.getByRole('status')).toBeVisible();
  await expect(father.getByRole('region', { name: 'Qui peut lire mon dossier' })).toContainText('Karim Benali');

  // The next day Zoé is 18: her father can no longer act for her, and her record is closed to him.
  moveClock(1);
  await signInAgain(father);
  await father.goto('/helping');
  const her = father.locator('main li').filter({ hasText: 'Zoé Petit' });
  await expect(her).toContainText('A pris fin à ses 18 ans : son dossier est maintenant le sien.');
  await expect(her.getByRole('button', { name: 'Agir pour Zoé Petit' })).toHaveCount(0);
  await expect(father.locator('.acting-for')).toHaveCount(0);
  // Sent anyway (an old page, a crafted form), acting for her is refused: her results stay closed.
  const acting = await father.request.post('/acting-for', {
    form: { patient: zoeRecord! },
    headers: { Origin: new URL(father.url()).origin },
  });
  expect(acting.status()).toBe(404);
  await father.goto('/results');
  await expect(father.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');

  // The desk enrols her, as the adult she is now; her home page asks her to choose.
  await signInAgain(staff);
  const zoe = (
    await enrolAtDesk(browser, staff, { name: 'Zoé Petit', email: 'zoe.petit@example.org', ins, birth })
  ).page;
  await zoe.goto('/');
  await expect(zoe.locator('main')).toContainText(
    'Depuis vos 18 ans, une autorisation donnée pour vous par vos représentants légaux attend votre choix.',
  );
  await zoe.goto('/sharing');
  const review = zoe.getByRole('region', { name: 'Autorisations données pendant votre minorité' });
  const given = review.getByRole('listitem').filter({ hasText: 'Karim Benali' });
  await given.getByRole('button', { name: "Garder l'autorisation" }).click();
  await expect(zoe.getByRole('status')).toBeVisible();
  await expect(zoe.getByRole('region', { name: 'Autorisations données pendant votre minorité' })).toHaveCount(0);
  await expect(zoe.getByRole('region', { name: 'Qui peut lire mon dossier' })).toContainText('Karim Benali');
  await zoe.goto('/');
  await expect(zoe.locator('main')).not.toContainText('Depuis vos 18 ans');
});
