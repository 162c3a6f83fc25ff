// Every page, as each kind of person sees it, in French and in Arabic (right to left), at a phone
// size and a desktop size: axe-core finds no WCAG 2.2 A or AA violation, nothing scrolls sideways
// (also at 320 px, what 200% zoom leaves of a 640 px window), and the Arabic page holds no text
// that did not come from the Fluent files.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { demoAccounts, enrolledBrowser } from './helpers';
import { layoutProblems } from './layout';
import {
  cancelBookedAppointment,
  caregiverStops,
  deskStops,
  patientStops,
  professionalStops,
  signedOutStops,
  switchLanguage,
  type Stop,
  visit,
} from './tour';

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const NARROWEST = { width: 320, height: 640 };
const LANGUAGES = ['fr', 'ar'] as const;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Latin-script words the Arabic pages may show: those of the Arabic Fluent files (brand,
 * formats, codes such as INS or HbA1c) and every language's own name, for the switcher. */
function fluentLatinWords(): Set<string> {
  const words = new Set<string>();
  for (const lang of readdirSync('../locales')) {
    for (const file of readdirSync(`../locales/${lang}`)) {
      for (const line of readFileSync(`../locales/${lang}/${file}`, 'utf8').split('\n')) {
        if (line.startsWith('#')) continue;
        const value = line.includes(' = ') ? line.slice(line.indexOf(' = ') + 3) : line;
        if (lang === 'ar' || line.startsWith('language-name')) {
          for (const word of latinWords(value)) words.add(word);
        }
      }
    }
  }
  return words;
}

/** The demo's own data, shown as it was written: people's names and addresses, the lab's test
 * names and units, document titles and file names, vaccine names and lots, the name of the
 * national schedule it follows, a passkey named when it was made, the health profile's items
 * (allergies, treatments with their codes, stays), the message of the demo's renewal request.
 * Not interface text. */
const DEMO_DATA = new Set(
  `
  Camille Martin Karim Benali Sophie Leroy Jean example org Dr
  Lyon Paris Centre Cabinet rue de la République Laboratoire biologie
  Glycémie jeun Cholestérol LDL Hémoglobine Créatinine Ferritine Tension systolique diastolique Poids
  mmol mg dL mmHg kg ng mUI cm min
  Bilan sanguin du Compte rendu consultation Ordonnance pdf
  Calendrier des vaccinations et recommandations vaccinales ministère chargé Santé France
  COVID Comirnaty dTcaP diphtérie tétanos coqueluche poliomyélite Hépatite ROR rougeole oreillons rubéole FF FE
  Clé accès
  Allergie pénicilline Urticaire généralisée Sulfate ferreux comprimé par jour pendant mois Amlodipine le matin
  Hypertension artérielle Carence en fer Appendicite aiguë Appendicectomie Passage aux urgences Entorse cheville
  gauche Hôpital Saint Joseph Hospitalisation chirurgie digestive Ibuprofène fois jours
  AA CA AE DX
  Il me reste une semaine de comprimés
  Statut tabagique Ancienne fumeuse arrêt en
  Radiographie Claire Morel
  Question sur mon bilan sanguin Bonjour Docteur dernier montre une ferritine basse Dois je continuer le fer après la
  fin de boîte Merci Madame Oui continuez un mois plus puis nous referons Prenez rendez vous pour prise sang à jeun
  dans cinq semaines
  Venez depuis heures pas repas ni café eau est permise vos médicaments habituels sauf avis contraire Carte Vitale
  Êtes vous Traitements cours Allergies Avez déjà fait un malaise lors Jamais Une Plusieurs
  `
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase()),
);

function latinWords(text: string): string[] {
  return text.match(/[A-Za-zÀ-ÖØ-öø-ÿ]{2,}/g) ?? [];
}

/** Every visible text and every text given to assistive technologies. */
async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = [document.title, document.body.innerText];
    for (const el of Array.from(document.querySelectorAll('[aria-label], [title], [placeholder], [alt], svg title, svg desc'))) {
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(attribute);
        if (value) texts.push(value);
      }
      if (el.tagName.toLowerCase() === 'title' || el.tagName.toLowerCase() === 'desc') texts.push(el.textContent ?? '');
    }
    return texts;
  });
}

/** Waits until the page's stylesheet applies (the body is a flex column only with it): a page
 * measured before would report unstyled controls. The stylesheet is served without touching the
 * database, so this is a wait of milliseconds, and a stylesheet that fails to load fails here. */
async function styled(page: Page, path: string) {
  await page.waitForFunction(() => getComputedStyle(document.body).display === 'flex', null, { timeout: 10_000 }).catch(() => {
    throw new Error(`${path}: the stylesheet did not apply`);
  });
}

/** Checks `stops` for the signed-in (or not) `page`, in both languages and every size: axe, the
 * layout checks of `layout.ts`, no sideways scroll, and (Arabic) no text from outside Fluent. */
async function checkPages(page: Page, stops: Stop[]) {

  const allowed = new Set([...fluentLatinWords(), ...DEMO_DATA].map((word) => word.toLowerCase()));
  const problems: string[] = [];
  for (const lang of LANGUAGES) {
    await page.setViewportSize(VIEWPORTS[1]);
    await page.goto('/');
    await switchLanguage(page, lang);
    for (const stop of stops) {
      const { path } = stop;
      for (const size of [...VIEWPORTS, NARROWEST]) {
        await page.setViewportSize(size);
        const shown = await visit(page, stop);
        // The page itself is audited, not a sign-in redirect or a not-found page in its place.
        expect(shown.status, `${path} answers`).toBe(stop.status ?? 200);
        expect(new URL(page.url()).pathname, `${path} is not redirected`).toBe(new URL(shown.path, page.url()).pathname);
        await expect(page.locator('main h1'), `${path} has its heading`).toHaveCount(1);
        await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
        await styled(page, path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`${lang} ${size.width}px ${path}: scrolls sideways by ${overflow}px`);
        for (const problem of await layoutProblems(page)) problems.push(`${lang} ${size.width}px ${path}: ${problem}`);
        if (size === NARROWEST) continue;
        const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        for (const v of axe.violations) {
          problems.push(`${lang} ${size.width}px ${path}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
        if (lang === 'fr' && size === VIEWPORTS[0]) {
          // The dark theme (the system's choice) meets the same rules, contrast included.
          await page.emulateMedia({ colorScheme: 'dark' });
          const dark = await new AxeBuilder({ page }).withTags(WCAG).analyze();
          await page.emulateMedia({ colorScheme: 'light' });
          for (const v of dark.violations) {
            problems.push(`dark ${path}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          }
        }
        if (lang === 'ar' && size === VIEWPORTS[0]) {
          const stray = new Set<string>();
          for (const text of await pageTexts(page)) {
            for (const word of latinWords(text)) if (!allowed.has(word.toLowerCase())) stray.add(word);
          }
          if (stray.size > 0) problems.push(`ar ${path}: text not from the Fluent files: ${[...stray].join(' ')}`);
        }
      }
    }
  }
  // Back to French: a signed-in choice is the account's, and the other journeys read French.
  await page.setViewportSize(VIEWPORTS[1]);
  await page.goto('/');
  await switchLanguage(page, 'fr');
  expect(problems, problems.join('\n')).toEqual([]);
}

test.describe.configure({ mode: 'serial' });
test.setTimeout(600_000);

test('pages for people not signed in', async ({ browser }) => {
  const someone = demoAccounts().find((a) => a.role === 'staff')!;
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await checkPages(page, signedOutStops(someone.enrol_url));
  await context.close();
});

test('the patient pages', async ({ browser }) => {
  const accounts = demoAccounts();
  const page = await enrolledBrowser(browser, accounts.find((a) => a.role === 'patient')!);
  // Books one appointment, so its own page and the agenda's are checked too; cancelled at the end.
  const stops = await patientStops(page);
  await checkPages(page, stops);
  // Printed, results, vaccinations and appointments keep their content, on white, without the
  // navigation, the language switcher or buttons (even when the screen is dark).
  const printed = stops.filter((s) => ['results', 'results-series', 'vaccinations', 'appointments', 'appointment'].includes(s.name));
  for (const { path } of printed) {
    await page.goto(path);
    // Set after each load: this Chromium drops the print emulation on some navigations.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('print').matches)).toBe(true);
    await expect(page.locator('main h1'), `${path} printed`).toBeVisible();
    await expect(page.locator('.site-header nav'), `${path} printed`).toHaveCount(2);
    await expect(page.locator('.site-header nav:visible'), `${path} printed`).toHaveCount(0);
    await expect(page.locator('.site-header summary'), `${path} printed`).toBeHidden();
    await expect(page.locator('.language-switcher'), `${path} printed`).toBeHidden();
    await expect(page.locator('main button:visible'), `${path} printed`).toHaveCount(0);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background, `${path} printed on white`).toBe('rgb(255, 255, 255)');
  }
  await page.emulateMedia({ media: null, colorScheme: null });
});

test('the professional pages', async ({ browser }) => {
  const page = await enrolledBrowser(browser, demoAccounts().find((a) => a.role === 'professional')!);
  await checkPages(page, await professionalStops(page));
  // The patient's test appointment is cancelled, so the other journeys find the agenda as it was.
  await cancelBookedAppointment(page);
});

test('the reception desk and caregiver pages', async ({ browser }) => {
  const accounts = demoAccounts();
  const staff = await enrolledBrowser(browser, accounts.find((a) => a.role === 'staff')!);
  await checkPages(staff, deskStops());
  const caregiver = await enrolledBrowser(browser, accounts.find((a) => a.role === 'caregiver')!);
  await checkPages(caregiver, caregiverStops());
});
