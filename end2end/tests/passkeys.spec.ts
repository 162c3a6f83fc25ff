// The first journey: enrol from a `carnet demo` link, sign out, sign in with the button and
// with the browser's autofill (conditional mediation), switch language.
import { expect, test } from '@playwright/test';
import { addVirtualAuthenticator, demoAccounts, waitForIslands } from './helpers';

test('a patient enrols, signs out, signs in with the button and with autofill', async ({ page }) => {
  const patient = demoAccounts().find((a) => a.role === 'patient')!;
  await addVirtualAuthenticator(page);
  // Lets a step simulate a browser without passkey autofill, so the button path is exercised.
  await page.addInitScript(() => {
    if (localStorage.getItem('e2e-no-autofill')) {
      (window as any).PublicKeyCredential.isConditionalMediationAvailable = async () => false;
    }
  });

  await page.goto(patient.enrol_url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Créer votre clé d\'accès');
  await expect(page.getByText('Les clés d\'accès ont besoin de JavaScript')).toBeHidden();
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Créer ma clé d\'accès' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bonjour, ${patient.name}`);

  // The account page lists the passkey (the newest; other journeys may have enrolled this demo
  // patient on other devices before).
  await page.getByRole('link', { name: 'Mon compte' }).click();
  await expect(page.getByRole('heading', { level: 3 }).last()).toHaveText(/^Clé d'accès \d+$/);

  // Sign out, then sign in with the button (autofill unavailable in this step).
  await page.evaluate(() => localStorage.setItem('e2e-no-autofill', '1'));
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bienvenue sur Carnet');
  await page.getByRole('link', { name: 'Se connecter' }).first().click();
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Se connecter avec une clé d\'accès' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bonjour, ${patient.name}`);

  // Sign out, then sign in through autofill: the sign-in field asks the browser for passkeys
  // (conditional mediation) as soon as the page is ready, and the virtual authenticator, with
  // presence simulated, answers with the patient's passkey — no button pressed.
  await page.evaluate(() => localStorage.removeItem('e2e-no-autofill'));
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bienvenue sur Carnet');
  // The field asks for passkeys (read from the page as served: once the islands wake, the
  // autofill may sign in and leave the page before a check of the live page could run).
  const signIn = await (await page.request.get('/signin')).text();
  expect(signIn).toMatch(/<input[^>]*autocomplete="username webauthn"/);
  await page.goto('/signin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bonjour, ${patient.name}`, { timeout: 20_000 });
});

test('the language can be switched and is kept', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Carnet');
  await page.goto('/signin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('pages read without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto('/signin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion');
  await expect(page.getByText('Les clés d\'accès ont besoin de JavaScript')).toBeVisible();
  await context.close();
});
