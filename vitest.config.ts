// Four test projects: `unit` (pure logic in node), `browser` (Lit components in real headless
// Chromium), `e2e` (the built site in dist/, driven by Playwright at phone and desktop sizes) and
// `engines` (the built site in Chromium, Firefox and WebKit).
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM } from './tests/e2e/harness.ts';
import { storyPlugin } from './scripts/vite-plugin-story.ts';

/**
 * Vitest's order (by project name, then the longest file first), but the cross-engine file before
 * all others: it is the longest by far, and run last it would leave the other worker idle.
 */
class EnginesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const engines = (f: TestSpecification) => f.project.name === 'engines';
    return [...sorted.filter(engines), ...sorted.filter((f) => !engines(f))];
  }
}

export default defineConfig({
  test: {
    passWithNoTests: false,
    // Two at a time on this 2-core machine: the cross-engine file (the longest, started first)
    // runs beside the unit and end-to-end files instead of before them. Every project needs the
    // same number here to run in one group (see sequence.groupOrder).
    maxWorkers: 2,
    sequence: { sequencer: EnginesFirst },
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
        },
      },
    ],
  },
});
