import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { CARNET_BIN, CARNET_ENV } from '../playwright.config';

export type DemoAccount = { role: string; name: string; email: string; enrol_url: string };

/** Runs `carnet demo --json` against the test server's database: fresh enrolment links. */
export function demoAccounts(): DemoAccount[] {
  const out = execFileSync(CARNET_BIN, ['demo', '--json'], {
    env: { ...process.env, ...CARNET_ENV },
    encoding: 'utf8',
  });
  return JSON.parse(out);
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
