// Keyboard reading: arrows, Page Up/Down and (Shift+)Space step through the story, Home/End jump
// to its ends, each bringing the step onto the trigger line; keys with Ctrl/Alt/Meta leave it be.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { VIEWPORTS, type ViewportName } from './harness.ts';
import {
  expectOnTriggerLine,
  gotoStory,
  readState,
  settle,
  stepIds,
  useBuiltSite,
  triggerLine,
  waitForScrollRest,
} from './pageHelpers.ts';

const site = useBuiltSite();
const pages = site.pages;

const KEYS = ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Space', 'Home', 'End'];
// Chromium's own page scrolling (top/bottom of the page, Alt+arrow = a screenful): the page moves
// as with the wheel, so the step may follow the scroll. Not the story's keys.
const BROWSER_SCROLL_SHORTCUTS = ['Control+Home', 'Control+End', 'Alt+ArrowDown', 'Alt+ArrowUp'];

/** Presses `key` (focus on the page body) and checks the reader lands on `expected`. */
async function pressAndExpect(page: Page, key: string, expected: string): Promise<void> {
  await page.keyboard.press(key);
  await settle(page, expected);
  await expectOnTriggerLine(page, expected);
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('%s', (viewport) => {
  it('ArrowDown/PageDown/Space go forward and ArrowUp/PageUp/Shift+Space go back', async () => {
    const { page } = await pages.open(site.url, { viewport: VIEWPORTS[viewport] });
    const ids = await stepIds(page);
    const before = await readState(page);
    expect(before.current).toEqual(['cover']);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

    await pressAndExpect(page, 'ArrowDown', ids[1] as string);
    await pressAndExpect(page, 'PageDown', ids[2] as string);
    await pressAndExpect(page, 'Space', ids[3] as string);
    await pressAndExpect(page, 'ArrowUp', ids[2] as string);
    await pressAndExpect(page, 'PageUp', ids[1] as string);
    await pressAndExpect(page, 'Shift+Space', 'cover');
    // Nothing comes before the cover.
    await pressAndExpect(page, 'PageUp', 'cover');

    expect((await readState(page)).historyLength, 'history entries added').toBe(
      before.historyLength,
    );
  });

  it('End jumps to the last step and Home back to the cover', async () => {
    const { page } = await pages.open(site.url, { viewport: VIEWPORTS[viewport] });
    const ids = await stepIds(page);
    const last = ids.at(-1) as string;
    const before = await readState(page);

    await pressAndExpect(page, 'End', last);
    // Nothing comes after the last step.
    await pressAndExpect(page, 'Space', last);
    await pressAndExpect(page, 'ArrowUp', ids.at(-2) as string);
    await pressAndExpect(page, 'Home', 'cover');

    expect((await readState(page)).historyLength, 'history entries added').toBe(
      before.historyLength,
    );
  });

  it('a key pressed while the page is still gliding counts from the step already chosen', async () => {
    const { page } = await pages.open(site.url, { viewport: VIEWPORTS[viewport] });
    const ids = await stepIds(page);
    // Two quick presses: the page glides from the cover towards the second step…
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    // …and once the glide has carried the first step past the trigger line, a third press.
    await page.waitForFunction(
      ([id, line]) => {
        const rect = document.getElementById(id)?.getBoundingClientRect();
        return rect !== undefined && rect.top + rect.height / 2 < line;
      },
      [ids[1] as string, triggerLine(VIEWPORTS[viewport])] as const,
      { polling: 'raf', timeout: 5_000 },
    );
    await page.keyboard.press('ArrowDown');
    await settle(page, ids[3]);
    await expectOnTriggerLine(page, ids[3] as string);
  });

  it('keys held with Ctrl, Alt or Meta do not move the story', async () => {
    const { page } = await pages.open(site.url, { viewport: VIEWPORTS[viewport] });
    const ids = await stepIds(page);
    const middle = ids[Math.floor(ids.length / 2)] as string;
    await gotoStory(page, `${site.url}#${middle}`);
    await settle(page, middle);

    const before = await readState(page);
    for (const modifier of ['Control', 'Alt', 'Meta']) {
      for (const key of KEYS) {
        if (BROWSER_SCROLL_SHORTCUTS.includes(`${modifier}+${key}`)) continue;
        await page.keyboard.press(`${modifier}+${key}`);
        await waitForScrollRest(page);
        const { current, graphic, hash, scrollY } = await readState(page);
        expect({ current, graphic, hash, scrollY }, `after ${modifier}+${key}`).toEqual({
          current: [middle],
          graphic: middle,
          hash: `#${middle}`,
          scrollY: before.scrollY,
        });
      }
    }
    // The same key without a modifier does move it.
    await pressAndExpect(page, 'ArrowDown', ids[ids.indexOf(middle) + 1] as string);
  });
});
