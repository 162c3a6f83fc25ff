import { execFileSync } from 'node:child_process';
import { expect, type Browser, type Page } from '@playwright/test';
import { CARNET_BIN, CARNET_ENV, DATA_DIR } from '../playwright.config';

export type DemoAccount = { role: string; name: string; email: string; enrol_url: string };

/** Runs `carnet demo --json` against the test server's database: fresh enrolment links. */
export function demoAccounts(): DemoAccount[] {
  const out = execFileSync(CARNET_BIN, ['demo', '--json'], {
    env: { ...process.env, ...CARNET_ENV },
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

/** The header's main navigation (French pages). */
export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });

/** A browser of its own (cookies, storage), French, with a passkey authenticator. */
export async function newBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await addVirtualAuthenticator(page);
  return page;
}

/** Enrols a demo person on `page` (which has an authenticator): a new passkey, then their Home. */
export async function enrol(page: Page, account: DemoAccount): Promise<void> {
  await page.goto(account.enrol_url);
  await waitForIslands(page);
  await page.getByRole('button', { name: "Créer ma clé d'accès" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bonjour, ${account.name}`);
}

/** A demo person enrolled in a browser of their own. */
export async function enrolledBrowser(browser: Browser, account: DemoAccount): Promise<Page> {
  const page = await newBrowser(browser);
  await enrol(page, account);
  return page;
}

/** A platform passkey authenticator (Chromium DevTools), user-verifying, with resident keys. */
export async function addVirtualAuthenticator(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      ctap2Version: 'ctap2_1',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return authenticatorId;
}

/** Waits until the islands' WASM has hydrated (the buttons then work). */
export async function waitForIslands(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as any).__hydrateIsland !== undefined, null, { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
}

/** The server's mail folder (no SMTP server in tests: each message is an `.eml` file). */
const MAIL_DIR = `${DATA_DIR}/mail`;

/** A written message as readable text: quoted-printable body decoded (headers as written). */
function decodeMail(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const head = split >= 0 ? raw.slice(0, split) : raw;
  const body = (split >= 0 ? raw.slice(split + 4) : '').replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const hex = body.slice(i + 1, i + 3);
    if (body[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(body[i], 'utf8'));
    }
  }
  return `${head}\n\n${Buffer.from(bytes).toString('utf8')}`;
}

/** The newest message to `to` whose text contains `needle`, waiting for the outbox worker.
 * With `since` (ms since the epoch), only messages written from then on: another journey's
 * older message with the same words is never taken for this one's. */
export async function latestMail(to: string, needle: string, since = 0): Promise<string> {
  return decodeMail(await latestRawMail(to, needle, since));
}

/** The newest message to `to` containing `needle`, as written (MIME parts still encoded). */
async function latestRawMail(to: string, needle: string, since = 0): Promise<string> {
  const { readdirSync, readFileSync, statSync } = await import('node:fs');
  for (let attempt = 0; attempt < 100; attempt++) {
    const found = readdirSync(MAIL_DIR, { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.eml'))
      .map((e) => ({ path: `${MAIL_DIR}/${e.name}`, at: statSync(`${MAIL_DIR}/${e.name}`).mtimeMs }))
      .filter((e) => e.at >= since)
      .sort((a, b) => b.at - a.at)
      .map((e) => readFileSync(e.path, 'utf8'))
      .find((raw) => raw.includes(`To: ${to}`) && decodeMail(raw).includes(needle));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail to ${to} containing ${needle}`);
}

/** The calendar file (`text/calendar` part) of the newest message to `to` containing `needle`. */
export async function calendarAttachment(to: string, needle: string, since = 0): Promise<string> {
  return mailPart(to, needle, 'text/calendar', since);
}

/** The decoded part of type `type` (`text/html`, `text/calendar`…) of the newest message to `to`
 * containing `needle`. */
export async function mailPart(to: string, needle: string, type: string, since = 0): Promise<string> {
  const raw = (await latestRawMail(to, needle, since)).replace(/\r\n/g, '\n');
  const at = raw.toLowerCase().indexOf(`content-type: ${type}`);
  if (at < 0) throw new Error(`no ${type} part`);
  const part = raw.slice(at);
  const split = part.indexOf('\n\n');
  const head = part.slice(0, split).toLowerCase();
  const body = part.slice(split + 2).split('\n--')[0];
  if (head.includes('content-transfer-encoding: base64')) {
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  if (head.includes('content-transfer-encoding: quoted-printable')) {
    return decodeMail(`\r\n\r\n${body}`).trim();
  }
  return body;
}
