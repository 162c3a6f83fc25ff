// `cargo xtask screenshots` (see screenshots/screenshots.spec.ts): the browser tests' settings,
// on a server of its own (port 3190 unless CARNET_E2E_PORT says otherwise, data in
// target/screenshots-data), drawing pages rather than testing them.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: './screenshots',
  timeout: 900_000,
  // A step that cannot be done fails in seconds, not at the end of the whole drawing.
  use: { ...base.use, actionTimeout: 15_000 },
});
