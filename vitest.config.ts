// Four test projects: `unit` (pure logic in node), `browser` (Lit components in real headless
// Chromium), `e2e` (the built site in dist/, driven by Playwright at phone and desktop sizes) and
// `engines` (the built site in Chromium, Firefox and WebKit).
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM } from './tests/e2e/harness.ts';
import { storyPlugin } from './scripts/vite-plugin-story.ts';

export default defineConfig({
  test: {
    passWithNoTests: false,
    // Two files at a time on this 2-core machine (the unit and end-to-end files, the components'
    // beside them); the cross-engine file alone afterwards (its own group below).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        // The components load the map files the story plugin makes from data/geo.
        plugins: [storyPlugin({ pages: false })],
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: CHROMIUM }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/sharedSite.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The same built site in Chromium, Firefox (BiDi) and WebKit (WebDriver): what differs
        // between engines. Debian's firefox-esr, webkit2gtk-driver and xvfb (see .ci/run).
        test: {
          name: 'engines',
          environment: 'node',
          include: ['tests/engines/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 60_000,
          // Alone, after the others: WebKit's scrolling under Xvfb, beside a Chromium file on
          // two cores, made steps current out of order (a run with both at once failed so).
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
