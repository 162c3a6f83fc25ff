// `cargo xtask screenshots`: every page of every kind of person — not signed in, a patient with a
// heavy record, a patient with an empty one, a professional, the reception desk (and its handover
// and assisted session), a caregiver acting for someone, a parent acting for a child — at a phone
// size and a desktop size, in French and in Arabic, with forms sent back with an error, into
// `target/screenshots/<who>/<page>.<lang>.<width>.png`, and an index page to look at them all.
// Not a test of behaviour: the pictures are for people to look at before saying a page is done.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { latestMail } from '../tests/helpers';
import {
  actFor,
  actForSelf,
  cancelBookedAppointment,
  caregiverStops,
  demoAccount,
  deskStops,
  enrolAtDesk,
  enrolledBrowser,
  healthId,
  inviteCaregiver,
  patientStops,
  professionalStops,
  signedOutStops,
  switchLanguage,
  type Stop,
  visit,
} from '../tests/tour';

const OUT = '../target/screenshots';
const SIZES = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const LANGUAGES = ['fr', 'ar'];

type Shot = { who: string; stop: Stop; files: { lang: string; width: number; file: string }[] };
const shots: Shot[] = [];

/** Draws `stops` as `who` sees them, in each language and size; back to French afterwards. */
async function shoot(page: Page, who: string, stops: Stop[]) {
  mkdirSync(`${OUT}/${who}`, { recursive: true });
  const taken = new Map<string, Shot>();
  for (const lang of LANGUAGES) {
    await page.setViewportSize(SIZES[1]);
    await page.goto(stops[0].path);
    await switchLanguage(page, lang);
    for (const stop of stops) {
      const shot = taken.get(stop.name) ?? { who, stop, files: [] };
      taken.set(stop.name, shot);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await visit(page, stop);
        const file = `${who}/${stop.name}.${lang}.${size.width}.png`;
        await page.screenshot({ path: `${OUT}/${file}`, fullPage: true });
        shot.files.push({ lang, width: size.width, file });
      }
    }
  }
  await page.setViewportSize(SIZES[1]);
  await page.goto('/');
  await switchLanguage(page, 'fr');
  shots.push(...taken.values());
}

test.describe.configure({ mode: 'serial' });
test.setTimeout(900_000);

test.afterAll(() => {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const sections = [...new Set(shots.map((s) => s.who))].map((who) => {
    const rows = shots
      .filter((s) => s.who === who)
      .map((s) => {
        const images = s.files
          .map(
            (f) =>
              `<a href="${f.file}"><img src="${f.file}" loading="lazy" alt="${escape(`${s.stop.name} ${f.lang} ${f.width}px`)}" ` +
              `class="w${f.width}"><span>${f.lang} · ${f.width}px</span></a>`,
          )
          .join('');
        return `<section><h3>${escape(s.stop.name)} <code>${escape(s.stop.path)}</code></h3><div class="row">${images}</div></section>`;
      })
      .join('\n');
    return `<h2 id="${who}">${escape(who)}</h2>\n${rows}`;
  });
  const toc = [...new Set(shots.map((s) => s.who))].map((w) => `<a href="#${w}">${w}</a>`).join(' · ');
  writeFileSync(
    `${OUT}/index.html`,
    `<!doctype html><meta charset="utf-8"><title>Carnet — screenshots</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}.row{display:flex;gap:1rem;align-items:flex-start;overflow-x:auto}
.row a{display:flex;flex-direction:column;text-decoration:none;color:#333;font-size:.8rem}img{border:1px solid #ccc}
img.w360{width:180px}img.w1280{width:400px}h3 code{font-weight:normal;color:#666}</style>
<h1>Carnet — every page, ${new Date().toISOString().slice(0, 16).replace('T', ' ')}</h1><p>${toc}</p>
${sections.join('\n')}`,
  );
});

test('not signed in', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await shoot(page, 'signed-out', signedOutStops(demoAccount('staff').enrol_url));
  await context.close();
});

test('a patient with a heavy record, the professional, the desk, caregivers and parents', async ({ browser }) => {
  const patient = await enrolledBrowser(browser, demoAccount('patient'));
  await shoot(patient, 'patient', await patientStops(patient));

  const professional = await enrolledBrowser(browser, demoAccount('professional'));
  await shoot(professional, 'professional', await professionalStops(professional));
  await cancelBookedAppointment(professional);

  // The desk enrols a patient in person: the handover page, then that patient's empty record.
  const staff = await enrolledBrowser(browser, demoAccount('staff'));
  const fresh = await enrolAtDesk(browser, staff, {
    name: 'Lucie Petit',
    email: 'lucie.petit@example.org',
    ins: healthId('2900575056012'),
    birth: '1990-05-14',
  });
  await shoot(staff, 'desk', deskStops());
  await shoot(fresh.page, 'empty-record', [
    { name: 'home', path: '/' },
    { name: 'results', path: '/results' },
    { name: 'documents', path: '/documents' },
    { name: 'vaccinations', path: '/vaccinations' },
    { name: 'appointments', path: '/appointments' },
    { name: 'history', path: '/history' },
    { name: 'sharing', path: '/sharing' },
    { name: 'caregivers', path: '/caregivers' },
  ]);

  // A parent: the desk creates a child's record with the demo caregiver as representative.
  const child = { given: 'Léo', family: 'Martin', ins: healthId('1150675056034'), birth: '2015-06-20' };
  await staff.goto('/desk');
  await staff.locator('#minor-given').fill(child.given);
  await staff.locator('#minor-family').fill(child.family);
  await staff.locator('#minor-ins').fill(child.ins);
  await staff.locator('#minor-birth').fill(child.birth);
  await staff.locator('#minor-rep1_name').fill(demoAccount('caregiver').name);
  await staff.locator('#minor-rep1_email').fill(demoAccount('caregiver').email);
  await staff.locator('#minor-evidence-family-record-book').check();
  await staff.locator('form[action^="/desk/minor"] button[type="submit"]').click();
  await expect(staff.locator('main .notice[role="status"]')).toBeVisible();
  // A second person at the desk approves the appointment (the page shows it waiting first).
  const colleague = await enrolledBrowser(browser, demoAccount('staff-colleague'));
  await shoot(colleague, 'desk-colleague', [{ name: 'waiting', path: '/desk' }]);
  await shoot(staff, 'desk-proposer', [{ name: 'waiting', path: '/desk' }]);
  await colleague.goto('/desk');
  await colleague.locator('form[action$="/approve"] button[type="submit"]').first().click();
  await expect(colleague.locator('main .notice[role="status"]')).toBeVisible();

  // A caregiver: the demo patient invites the demo caregiver, who accepts (and so acts for her),
  // then acts for the child, then comes back to his own account.
  const caregiver = await enrolledBrowser(browser, demoAccount('caregiver'));
  await inviteCaregiver(patient, caregiver, demoAccount('caregiver').email);
  const acting: Stop[] = [
    { name: 'home', path: '/' },
    { name: 'results', path: '/results' },
    { name: 'documents', path: '/documents' },
    { name: 'vaccinations', path: '/vaccinations' },
    { name: 'appointments', path: '/appointments' },
    { name: 'upload', path: '/upload' },
    { name: 'helping', path: '/helping' },
  ];
  await actFor(caregiver, 'Camille Martin');
  await shoot(caregiver, 'caregiver-acting', acting);
  await actFor(caregiver, `${child.given} ${child.family}`);
  await shoot(caregiver, 'parent-acting', [...acting, { name: 'sharing', path: '/sharing' }]);
  await actForSelf(caregiver);
  await shoot(caregiver, 'caregiver', caregiverStops());

  // An assisted session at the desk, approved by the code the patient reads back.
  await staff.goto('/desk');
  await staff.locator('#assist-ins').fill('2 84 03 75 123 456 40');
  await staff.locator('#assist-birth').fill('1984-03-02');
  await staff.locator('form[action^="/desk/assist#"] button[type="submit"]').click();
  const approval = new URL(staff.url()).pathname;
  await shoot(staff, 'desk-assist', [{ name: 'approval', path: approval }]);
  const since = Date.now();
  await staff.goto(approval);
  await staff.locator('form[action$="/code"] button[type="submit"]').click();
  const mail = await latestMail(demoAccount('patient').email, 'code', since);
  const code = mail.match(/\b(\d{6})\b/)![1];
  await staff.locator('#assist-code').fill(code);
  await staff.locator('form[action*="/verify"] button[type="submit"]').click();
  await expect(staff.locator('.acting-for.assisted')).toBeVisible();
  await shoot(staff, 'desk-assisted', [
    { name: 'home', path: '/' },
    { name: 'results', path: '/results' },
    { name: 'appointments', path: '/appointments' },
  ]);
});
