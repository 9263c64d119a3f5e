// Once per run of the end-to-end project (vitest's globalSetup): the built dist/ served and one
// Chromium started, for every file to use. Each file starting its own cost a browser launch and a
// server per file; each file still gets its own browser contexts, so nothing else is shared.
import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright';
import { CHROMIUM, serveDist } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared site's base URL (ending in '/'), and the shared Chromium's address. */
    e2eShared: { siteUrl: string; browserWs: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [site, browser] = await Promise.all([
    serveDist(),
    chromium.launchServer({ ...CHROMIUM, headless: true }),
  ]);
  project.provide('e2eShared', { siteUrl: site.url, browserWs: browser.wsEndpoint() });
  return async () => {
    await browser.close();
    await site.close();
  };
}
