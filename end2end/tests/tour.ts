// The portal's pages, as each kind of person reaches them in a running portal: the ids in the
// paths are found by following links, never guessed. The accessibility journey checks these
// pages and `cargo xtask screenshots` draws them, so a page added here is both checked and seen.
import { expect, type Browser, type Page } from '@playwright/test';
import { demoAccounts, enrolledBrowser, latestMail, newBrowser, enrol, type DemoAccount } from './helpers';

/** A page to visit: a short name (for files and the screenshots' index), its path, and the
 * status it answers with (200 unless said). With `send`, the page's form posting to `action` is
 * filled with `fields` and sent (the browser's own checks off), to see the page as the server
 * sends it back (422, what was typed kept). */
export type Stop = {
  name: string;
  path: string;
  status?: number;
  send?: { action: string; fields: Record<string, string> };
};

/** Opens a stop as a person would: the page, then, for a form sent back, the form filled in and
 * sent. Returns the answer shown and the address it is shown at. */
export async function visit(page: Page, stop: Stop): Promise<{ status: number | undefined; path: string }> {
  const opened = await page.goto(stop.path);
  if (!stop.send) return { status: opened?.status(), path: stop.path };
  const { action, fields } = stop.send;
  const form = page.locator(`form[action^="${action}"]`);
  for (const [name, value] of Object.entries(fields)) await form.locator(`[name="${name}"]`).fill(value);
  await form.evaluate((f) => f.setAttribute('novalidate', ''));
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === action),
    form.locator('button[type="submit"]').first().click(),
  ]);
  await page.waitForLoadState('load');
  return { status: answer.status(), path: action };
}

export const LANGUAGE_NAMES: Record<string, string> = { fr: 'Français', ar: 'العربية', en: 'English', es: 'Español' };

/** Switches the page's language with the header's switcher (a signed-in choice is saved), and
 * waits until the page in that language has loaded (stylesheet included). */
export async function switchLanguage(page: Page, lang: string): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) === lang) return;
  await page.getByRole('button', { name: LANGUAGE_NAMES[lang], exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await page.waitForLoadState('load');
}

/** The links in the main content of `path` whose address matches `pattern`. */
export async function links(page: Page, path: string, pattern: RegExp): Promise<string[]> {
  await page.goto(path);
  const hrefs = await page.locator('main a[href]').evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
  const found = hrefs.filter((h) => pattern.test(h));
  expect(found.length, `a link matching ${pattern} on ${path}`).toBeGreaterThan(0);
  return found;
}

export async function firstLink(page: Page, path: string, pattern: RegExp): Promise<string> {
  return (await links(page, path, pattern))[0];
}

export function demoAccount(role: string): DemoAccount {
  return demoAccounts().find((a) => a.role === role)!;
}

/** Pages for someone not signed in (`enrolUrl`: an unused enrolment link). */
export function signedOutStops(enrolUrl: string): Stop[] {
  return [
    { name: 'home', path: '/' },
    { name: 'sign-in', path: '/signin' },
    { name: 'verify', path: '/verify' },
    { name: 'enrol', path: new URL(enrolUrl).pathname },
    { name: 'not-found', path: '/no-such-page', status: 404 },
  ];
}

/** The demo patient's pages (a record with four years of results). Books one appointment (the
 * last free slot of the professional's first page, after the cancellation notice) so that the
 * appointment's pages exist; [`cancelBookedAppointment`] cancels it. */
export async function patientStops(page: Page): Promise<Stop[]> {
  const series = await firstLink(page, '/results', /^\/results\/[^/?]+$/);
  const report = await firstLink(page, '/documents', /^\/documents\/[^/?]+$/);
  const healthItem = await firstLink(page, '/health', /^\/health\/items\/[^/?]+$/);
  const prescription = await firstLink(page, '/documents?kind=prescription', /^\/documents\/[^/?]+$/);
  // A treatment's own page, through the prescription's list (which leads to its summary line).
  const treatment = (await firstLink(page, prescription, /^\/health#item-/)).replace('/health#item-', '/health/items/');
  const professional = await firstLink(page, '/book?specialty=general-practice', /^\/book\/[^/?]+$/);
  // He offers kinds of visit: the first (the demo's fasting blood test, with a form).
  await page.goto(professional);
  const kind = await page.locator('main input[name="kind"]').first().getAttribute('value');
  const slotsOfKind = `${professional}?kind=${kind}`;
  const slots = await links(page, slotsOfKind, /^\/book\/[^/]+\/[^/?]+\?kind=/);
  // A slot from the middle of the page: the first may be only minutes away, and gone (past)
  // by the time the tour reaches it.
  const [slot, booked] = [slots[Math.floor((slots.length - 1) / 2)], slots[slots.length - 1]];
  await page.goto(booked);
  await page.locator('main form[method="post"] button[type="submit"]').first().click();
  await expect(page.locator('main .notice[role="status"]')).toBeVisible();
  const appointment = await firstLink(page, '/appointments', /^\/appointments\/[^/?]+$/);
  const conversation = await firstLink(page, '/messages', /^\/messages\/[0-9a-f-]{36}$/);
  const year = new Date().getFullYear();
  return [
    { name: 'home', path: '/' },
    { name: 'results', path: '/results' },
    { name: 'results-period', path: `/results?from=${year - 1}-01-01&to=${year}-12-31` },
    { name: 'results-series', path: series },
    { name: 'documents', path: '/documents' },
    { name: 'document', path: report },
    { name: 'prescription', path: prescription },
    { name: 'upload', path: '/upload' },
    { name: 'vaccinations', path: '/vaccinations' },
    { name: 'health', path: '/health' },
    { name: 'health-item', path: healthItem },
    { name: 'treatment', path: treatment },
    { name: 'measurements', path: '/measurements' },
    { name: 'measurement', path: '/measurements/blood-pressure' },
    // An impossible reading comes back with its problem, what was typed kept.
    {
      name: 'measurement-error',
      path: '/measurements/weight',
      status: 422,
      send: { action: '/measurements/weight', fields: { value: '900', taken_at: '' } },
    },
    { name: 'sharing', path: '/sharing' },
    { name: 'history', path: '/history' },
    { name: 'caregivers', path: '/caregivers' },
    // A form sent back with an error keeps its input and names the problem.
    {
      name: 'caregivers-error',
      path: '/caregivers',
      status: 422,
      send: { action: '/caregivers/invite', fields: { email: 'not-an-address' } },
    },
    { name: 'appointments', path: '/appointments' },
    { name: 'appointment', path: appointment },
    { name: 'visit-form', path: `${appointment}/form` },
    // A required answer left empty comes back with its problem beside it.
    {
      name: 'visit-form-error',
      path: `${appointment}/form`,
      status: 422,
      send: { action: `${appointment}/form`, fields: {} },
    },
    // Cancelling asks first (with an optional reason); so does blocking a professional.
    { name: 'appointment-cancel', path: `${appointment}/cancel` },
    { name: 'sharing-block', path: `/sharing/block/${professional.split('/')[2]}` },
    { name: 'book', path: '/book' },
    { name: 'book-search', path: '/book?specialty=general-practice' },
    { name: 'book-professional', path: professional },
    { name: 'book-kind', path: slotsOfKind },
    { name: 'book-slot', path: slot },
    { name: 'account', path: '/account' },
    { name: 'messages', path: '/messages' },
    { name: 'messages-new', path: '/messages/new' },
    { name: 'conversation', path: conversation },
    // A message with markup comes back with its problem, what was typed kept.
    {
      name: 'conversation-error',
      path: conversation,
      status: 422,
      send: { action: conversation, fields: { body: '<b>?</b>' } },
    },
    { name: 'messages-settings', path: '/messages/settings' },
  ];
}

/** The demo professional's pages, with the appointment the patient booked in his agenda. */
export async function professionalStops(page: Page): Promise<Stop[]> {
  const patient = await firstLink(page, '/patients', /^\/patients\/[^/?]+$/);
  const { appointment, week } = await bookedInAgenda(page);
  const visitKind = await firstLink(page, '/agenda/visits', /^\/agenda\/visits\/[^/?]+$/);
  return [
    { name: 'home', path: '/' },
    { name: 'patients', path: '/patients' },
    { name: 'patient', path: patient },
    { name: 'patient-results', path: `${patient}/results` },
    { name: 'patient-documents', path: `${patient}/documents` },
    { name: 'patient-vaccinations', path: `${patient}/vaccinations` },
    { name: 'patient-health', path: `${patient}/health` },
    { name: 'patient-measurements', path: `${patient}/measurements` },
    { name: 'patient-measurement', path: `${patient}/measurements/blood-pressure` },
    { name: 'patient-publish', path: `${patient}/publish` },
    { name: 'patient-messages', path: `${patient}/messages` },
    { name: 'messages-inbox', path: '/messages' },
    { name: 'messages-settings-pro', path: '/messages/settings' },
    { name: 'publish', path: '/publish' },
    { name: 'agenda', path: '/agenda' },
    { name: 'agenda-week', path: week },
    { name: 'agenda-day', path: '/agenda?view=day' },
    { name: 'agenda-appointment', path: appointment },
    { name: 'agenda-cancel', path: `${appointment}/cancel` },
    { name: 'availability', path: '/agenda/availability' },
    { name: 'visit-kinds', path: '/agenda/visits' },
    { name: 'visit-kind', path: visitKind },
    { name: 'visit-kind-ar', path: `${visitKind}?lang=ar` },
  ];
}

/** The first booked appointment in the professional's agenda (looking up to four weeks ahead),
 * and the week that shows it. */
export async function bookedInAgenda(page: Page): Promise<{ appointment: string; week: string }> {
  await page.goto('/agenda');
  for (let week = 0; week < 4; week++) {
    const hrefs = await page.locator('main a[href]').evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
    const appointment = hrefs.find((h) => /^\/agenda\/appointments\/[^/?]+$/.test(h));
    if (appointment) return { appointment, week: new URL(page.url()).pathname + new URL(page.url()).search };
    await page.locator('main nav a[rel="next"]').first().click({ timeout: 10_000 });
  }
  throw new Error('no booked appointment in the agenda');
}

/** Cancels, as the professional, the appointment [`patientStops`] booked (through the page that
 * asks for confirmation). */
export async function cancelBookedAppointment(page: Page): Promise<void> {
  const { appointment } = await bookedInAgenda(page);
  await page.goto(`${appointment}/cancel`);
  await page.locator(`main form[action$="/cancel"] button[type="submit"]`).click();
  await expect(page.locator('main .notice[role="status"]')).toBeVisible();
}

export function deskStops(): Stop[] {
  return [
    { name: 'home', path: '/' },
    { name: 'desk', path: '/desk' },
    {
      name: 'desk-error',
      path: '/desk',
      status: 422,
      send: {
        action: '/desk/enrol',
        fields: { name: 'Lucie Petit', email: 'lucie@example.org', ins: '123', birth: '1990-01-01' },
      },
    },
  ];
}

export function caregiverStops(): Stop[] {
  return [
    { name: 'home', path: '/' },
    { name: 'helping', path: '/helping' },
  ];
}

/** A valid INS (NIR): 13 digits and their key, 97 minus the number modulo 97. */
export function healthId(thirteenDigits: string): string {
  const key = 97 - Number(BigInt(thirteenDigits) % 97n);
  return `${thirteenDigits}${String(key).padStart(2, '0')}`;
}

/** A patient enrolled at the reception desk (`staff` signed in) with an empty record, in a
 * browser of their own; the desk's handover page (QR code) is visited on the way. */
export async function enrolAtDesk(
  browser: Browser,
  staff: Page,
  who: { name: string; email: string; ins: string; birth: string },
): Promise<{ page: Page; handover: string }> {
  await staff.goto('/desk');
  await staff.locator('#enrol-name').fill(who.name);
  await staff.locator('#enrol-email').fill(who.email);
  await staff.locator('#enrol-ins').fill(who.ins);
  await staff.locator('#enrol-birth').fill(who.birth);
  await staff.locator('#enrol-handover-print').check();
  await staff.locator('form[action^="/desk/enrol"] button[type="submit"]').click();
  await expect(staff).toHaveURL(/\/desk\/handover/);
  const link = await staff.locator('main .handover-link code').innerText();
  const page = await newBrowser(browser);
  await enrol(page, { role: 'patient', name: who.name, email: who.email, enrol_url: link.trim() });
  return { page, handover: '/desk/handover' };
}

/** The demo patient invites the demo caregiver (every scope); he accepts, signed in. */
export async function inviteCaregiver(patient: Page, caregiver: Page, email: string): Promise<void> {
  await patient.goto('/caregivers');
  await patient.locator('#invite-email').fill(email);
  for (const scope of ['record', 'upload', 'appointments']) await patient.locator(`#invite-${scope}`).check();
  await patient.locator('form[action^="/caregivers/invite"] button[type="submit"]').click();
  await expect(patient.locator('main .notice[role="status"]')).toBeVisible();
  const mail = await latestMail(email, '/invitations/');
  const link = mail.match(/https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]{43}/)![0];
  await caregiver.goto(new URL(link).pathname);
  await caregiver.locator('form[action$="/accept"] button[type="submit"]').click();
  await expect(caregiver.locator('main .notice[role="status"]')).toBeVisible();
}

/** Makes `page` (a caregiver or representative) act for the person named `name`. */
export async function actFor(page: Page, name: string): Promise<void> {
  await page.goto('/helping');
  const banner = page.locator('.acting-for');
  if ((await banner.count()) > 0 && (await banner.textContent())?.includes(name)) return;
  await page.locator('main li').filter({ hasText: name }).locator('form[action="/acting-for"] button').click();
  await expect(page.locator('.acting-for')).toContainText(name);
}

/** Back to one's own account after acting for someone. */
export async function actForSelf(page: Page): Promise<void> {
  await page.locator('.acting-for form[action="/acting-for"] button').click();
  await expect(page.locator('.acting-for')).toHaveCount(0);
}

export { enrolledBrowser };
