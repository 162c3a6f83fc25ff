// Browser tests run against a fresh `carnet serve` on port 3100 (or CARNET_E2E_PORT, so that
// several checkouts on one machine can run them at once) with its own data folder.
// The browser is Debian's Chromium (Playwright cannot download its own here); `cargo xtask e2e`
// installs it, builds the site and the server, and runs this.
import { defineConfig } from '@playwright/test';

export const PORT = Number(process.env.CARNET_E2E_PORT ?? 3100);
// The server's data folder (its database and its mail, read by the tests), emptied at start.
export const DATA_DIR = process.env.CARNET_E2E_DATA_DIR ?? '../target/e2e-data';
// The server under test: the debug build by default; CARNET_BIN tests another (e.g. a release
// build made by `cargo leptos build --release`: CARNET_BIN=../target/release/carnet).
export const CARNET_BIN = process.env.CARNET_BIN ?? '../target/debug/carnet';
export const BASE_URL = `http://localhost:${PORT}`;
export const CARNET_ENV = {
  CARNET_ADDR: `127.0.0.1:${PORT}`,
  CARNET_PUBLIC_URL: BASE_URL,
  CARNET_DATA_DIR: DATA_DIR,
  CARNET_SITE_DIR: '../target/site',
  CARNET_LOG: 'warn',
  // The journeys enrol and sign in dozens of people from one address within minutes, faster
  // than any person would; the limit itself is tried by the integration tests (edge.rs).
  CARNET_CEREMONY_RATE_LIMIT: '600',
  // The clock a debug build adds whole days from (a release build ignores it): the coming of
  // age journey moves it past a birthday (majority.spec.ts).
  CARNET_TEST_CLOCK_FILE: `${DATA_DIR}/clock-offset-days`,
};

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    // A French patient's browser: the portal must pick French from Accept-Language.
    locale: 'fr-FR',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // A fresh data folder every run: the journeys start from an empty portal.
    command: `rm -rf ${DATA_DIR} && ${CARNET_BIN} serve`,
    url: `${BASE_URL}/healthz`,
    env: CARNET_ENV,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
