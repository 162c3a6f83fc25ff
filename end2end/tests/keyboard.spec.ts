// Keyboard only: the demo patient signs in, reads a result and its trend table, books an
// appointment and changes a consent with Tab, Enter and the keys a form takes — never the mouse.
// At every stop the focused element shows a visible focus indicator; the skip link comes first
// and leads to the content; a form's error is announced and tied to the field it is about.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { addVirtualAuthenticator, demoAccounts, mainNav, waitForIslands } from './helpers';

/** Presses Tab until `target` has the focus, checking that every stop on the way shows it. One
 * round trip to the page per key press: the journey presses Tab about two hundred times, and a
 * slower machine must not turn it into a timeout. */
async function tabTo(page: Page, target: Locator, limit = 200): Promise<void> {
  const wanted = await target.elementHandle();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((wanted) => {
      const el = document.activeElement as HTMLElement | null;
      let shown = true;
      if (el && el !== document.body) {
        const style = getComputedStyle(el);
        shown = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      }
      return { shown, reached: el === wanted, where: `${el?.outerHTML.slice(0, 120)} on ${location.href}` };
    }, wanted);
    expect(stop.shown, `a visible focus indicator on ${stop.where}`).toBe(true);
    if (stop.reached) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Presses Enter and waits for the page it leads to (every control used here navigates). */
async function enter(page: Page): Promise<void> {
  const loaded = page.waitForEvent('load');
  await page.keyboard.press('Enter');
  await loaded;
}

/** Tabs to `target` and presses Enter on it. */
async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await enter(page);
}

test('a patient signs in, reads a trend, books and changes a consent with the keyboard alone', async ({ page }) => {
  // A long journey (some two hundred key presses over nine pages): more time than one page's test.
  test.setTimeout(120_000);
  const camille = demoAccounts().find((a) => a.role === 'patient')!;
  await addVirtualAuthenticator(page);
  // The button path, not the browser's autofill (which would sign in before any key is pressed).
  await page.addInitScript(() => {
    (window as any).PublicKeyCredential.isConditionalMediationAvailable = async () => false;
  });

  // Enrolment and sign-in: the passkey buttons by keyboard.
  await page.goto(camille.enrol_url);
  await waitForIslands(page);
  await activate(page, page.getByRole('button', { name: "Créer ma clé d'accès" }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bonjour, ${camille.name}`);
  await activate(page, page.getByRole('button', { name: 'Se déconnecter' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bienvenue sur Carnet');
  await page.goto('/signin');
  await waitForIslands(page);
  // The skip link is the first stop and moves on to the content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  expect(new URL(page.url()).hash).toBe('#main');
  await activate(page, page.getByRole('button', { name: "Se connecter avec une clé d'accès" }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bonjour, ${camille.name}`);

  // A result and its trend table.
  const nav = mainNav(page);
  await activate(page, nav.getByRole('link', { name: 'Résultats' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes résultats');
  await activate(page, page.getByRole('main').getByRole('link', { name: 'Glycémie à jeun' }).first());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glycémie à jeun');
  await expect(page.getByRole('table', { name: 'Historique : Glycémie à jeun' })).toContainText('1,18 g/L');

  // An appointment: search, a slot, the reason, confirm.
  await activate(page, nav.getByRole('link', { name: 'Rendez-vous' }));
  await activate(page, page.getByRole('link', { name: 'Prendre rendez-vous' }));
  await tabTo(page, page.getByLabel('Spécialité'));
  await page.keyboard.type('Médecine');
  await tabTo(page, page.getByLabel('Ville'));
  await page.keyboard.type('Lyon');
  await enter(page);
  await activate(page, page.getByRole('link', { name: 'Karim Benali' }));
  // What the visit is for: the radio group is one Tab stop; the arrow picks "Autre motif".
  await tabTo(page, page.getByLabel('Prise de sang à jeun'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Autre motif')).toBeChecked();
  await activate(page, page.getByRole('button', { name: 'Voir les horaires' }));
  // A slot on the last day shown, well after the 24-hour cancellation notice.
  await activate(page, page.locator('ul.slots').last().locator('a').first());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirmer le rendez-vous');
  // A reason with markup comes back with an error the field points to, and the text kept.
  const reason = page.getByLabel('Motif (facultatif, visible du professionnel seulement)');
  await tabTo(page, reason);
  await page.keyboard.type('<i>contrôle</i>');
  await activate(page, page.getByRole('button', { name: 'Confirmer', exact: true }));
  const error = page.getByRole('alert');
  await expect(error).toContainText('ne peut pas contenir de balises');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toHaveAttribute('aria-describedby', new RegExp(`\\b${await error.getAttribute('id')}\\b`));
  await expect(reason).toHaveValue('<i>contrôle</i>');
  await tabTo(page, reason);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Contrôle annuel');
  await activate(page, page.getByRole('button', { name: 'Confirmer', exact: true }));
  await expect(page.getByRole('status')).toContainText('Rendez-vous confirmé');
  // And cancelled after its confirmation page, leaving the agenda as it was.
  await activate(page, page.getByRole('link', { name: 'Annuler le rendez-vous' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Annuler ce rendez-vous ?');
  await activate(page, page.getByRole('button', { name: 'Oui, annuler le rendez-vous' }));
  await expect(page.getByRole('status')).toContainText('Rendez-vous annulé');

  // A consent: revoke the GP's access, then authorize him again from the directory.
  await activate(page, nav.getByRole('link', { name: 'Partage' }));
  const authorized = page.getByRole('region', { name: 'Qui peut lire mon dossier' });
  await activate(page, authorized.getByRole('listitem').filter({ hasText: 'Karim Benali' }).getByRole('button', { name: "Retirer l'autorisation" }));
  await expect(page.getByRole('status')).toContainText('ne peut plus lire votre dossier');
  await tabTo(page, page.getByLabel('Nom ou numéro RPPS'));
  await page.keyboard.type('Benali');
  await enter(page);
  const found = page.getByRole('region', { name: 'Trouver un professionnel' }).getByRole('listitem').filter({ hasText: 'Karim Benali' });
  await activate(page, found.getByRole('button', { name: 'Autoriser' }));
  await expect(page.getByRole('status')).toContainText('peut désormais lire votre dossier');
  await expect(authorized).toContainText('Karim Benali');
});
