// Links into the story: …#<step-id> opens at that step (current, on the trigger line, its scene
// drawn, nothing else shown first); no hash or an unknown hash opens at the cover.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { VIEWPORTS, type ViewportName } from './harness.ts';
import {
  expectOnTriggerLine,
  gotoStory,
  readState,
  settle,
  stepIds,
  stepLog,
  useBuiltSite,
} from './pageHelpers.ts';

const site = useBuiltSite();
const pages = site.pages;

/** After a fresh load: `stepId` is current, drawn, named in the URL, and where the reader looks. */
async function expectOpenedAt(page: Page, stepId: string): Promise<void> {
  await settle(page, stepId);
  await expectOnTriggerLine(page, stepId);
  expect(await stepLog(page), 'steps made current since the page opened').toEqual([stepId]);
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('%s', (viewport) => {
  it('a link to a step opens at that step, in either page', async () => {
    const { page } = await pages.open(site.url, { viewport: VIEWPORTS[viewport] });
    const ids = await stepIds(page);
    const links = [
      ['index.html', ids[1]],
      ['en.html', ids[Math.floor(ids.length / 2)]],
      ['', ids.at(-1)],
      ['en.html', 'cover'],
    ] as const;
    for (const [file, id] of links) {
      await gotoStory(page, `${site.url}${file}#${id}`);
      await expectOpenedAt(page, id as string);
    }
  });

  it('opening the page without a hash starts at the cover, its title readable', async () => {
    const { page } = await pages.open(site.url, { viewport: VIEWPORTS[viewport] });
    await expectOpenedAt(page, 'cover');
    await gotoStory(page, `${site.url}en.html`);
    await expectOpenedAt(page, 'cover');
  });

  it('an unknown or malformed hash falls back to the cover', async () => {
    const { page } = await pages.open(`${site.url}#no-such-step`, {
      viewport: VIEWPORTS[viewport],
    });
    await expectOpenedAt(page, 'cover');
    await gotoStory(page, `${site.url}en.html#%E0%A4%A`);
    await expectOpenedAt(page, 'cover');
    expect((await readState(page)).hash).toBe('#cover');
  });
});
