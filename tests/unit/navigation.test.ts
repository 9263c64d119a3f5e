// Keys, URL and the controller: where each input takes the reader.
import { describe, expect, it } from 'vitest';
import { StoryController, type StepChange } from '../../src/story/controller.ts';
import { stepAfterMove, stepMoveForKey, type KeyPress } from '../../src/story/navigationKeys.ts';
import { chooseLang, stepFromHash, urlFor } from '../../src/story/urlState.ts';
import { stepAtLine, triggerLineY } from '../../src/story/triggerLine.ts';

const ids = ['cover', 'frame-a', 'frame-b', 'outlets-a', 'alar-a'];
const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  targetIsControl: false,
  ...extra,
});

describe('stepMoveForKey', () => {
  it('maps reading and clicker keys to moves', () => {
    expect(stepMoveForKey(press('ArrowDown'))).toBe('next');
    expect(stepMoveForKey(press('PageDown'))).toBe('next');
    expect(stepMoveForKey(press(' '))).toBe('next');
    expect(stepMoveForKey(press(' ', { shiftKey: true }))).toBe('previous');
    expect(stepMoveForKey(press('ArrowUp'))).toBe('previous');
    expect(stepMoveForKey(press('PageUp'))).toBe('previous');
    expect(stepMoveForKey(press('Home'))).toBe('first');
    expect(stepMoveForKey(press('End'))).toBe('last');
  });
  it('leaves browser shortcuts and controls alone', () => {
    expect(stepMoveForKey(press('ArrowDown', { ctrlKey: true }))).toBeNull();
    expect(stepMoveForKey(press('ArrowDown', { metaKey: true }))).toBeNull();
    expect(stepMoveForKey(press(' ', { targetIsControl: true }))).toBeNull();
    expect(stepMoveForKey(press('Home', { targetIsControl: true }))).toBeNull();
    expect(stepMoveForKey(press('a'))).toBeNull();
  });
});

describe('stepAfterMove', () => {
  it('moves one step and stops at either end', () => {
    expect(stepAfterMove(ids, 'cover', 'next')).toBe('frame-a');
    expect(stepAfterMove(ids, 'cover', 'previous')).toBe('cover');
    expect(stepAfterMove(ids, 'alar-a', 'next')).toBe('alar-a');
    expect(stepAfterMove(ids, 'frame-b', 'first')).toBe('cover');
    expect(stepAfterMove(ids, 'frame-a', 'last')).toBe('alar-a');
  });
});

describe('StoryController', () => {
  it('jumps straight to a step and tells listeners once, with where it came from', () => {
    const controller = new StoryController(ids);
    const changes: StepChange[] = [];
    controller.onChange((c) => changes.push(c));
    controller.goTo('cover', 'url');
    controller.goTo('alar-a', 'key');
    controller.goTo('alar-a', 'scroll');
    expect(changes).toEqual([
      { stepId: 'cover', previous: null, source: 'url' },
      { stepId: 'alar-a', previous: 'cover', source: 'key' },
    ]);
  });
  it('ignores unknown steps', () => {
    const controller = new StoryController(ids);
    expect(controller.goTo('<img src=x>')).toBe(false);
    expect(controller.current).toBeNull();
  });
  it('ends on the same step whatever path led there', () => {
    const a = new StoryController(ids);
    const b = new StoryController(ids);
    for (const id of ['alar-a', 'cover', 'frame-b', 'outlets-a']) a.goTo(id);
    b.goTo('outlets-a');
    expect(a.current).toBe(b.current);
  });
  it('moves from the current step, or from the first when none is current', () => {
    const controller = new StoryController(ids);
    expect(controller.move('next')).toBe('frame-a');
    expect(controller.move('last')).toBe('alar-a');
    expect(controller.move('previous')).toBe('outlets-a');
  });
  it('stops telling a listener once it unsubscribes', () => {
    const controller = new StoryController(ids);
    let calls = 0;
    const off = controller.onChange(() => calls++);
    controller.goTo('frame-a');
    off();
    controller.goTo('frame-b');
    expect(calls).toBe(1);
  });
});

describe('URL state', () => {
  it('takes ?lang= first, then the page default, then the browser, then Chinese', () => {
    expect(chooseLang('?lang=en', 'auto', ['zh-CN'])).toEqual({ lang: 'en', ignored: null });
    expect(chooseLang('', 'en', ['zh-CN'])).toEqual({ lang: 'en', ignored: null });
    expect(chooseLang('', 'auto', ['en-GB', 'zh-CN'])).toEqual({ lang: 'en', ignored: null });
    expect(chooseLang('', 'auto', ['fr-FR', 'zh-TW', 'en'])).toEqual({ lang: 'zh', ignored: null });
    expect(chooseLang('', 'auto', ['fr-FR'])).toEqual({ lang: 'zh', ignored: null });
  });
  it('ignores an unknown ?lang= and says so', () => {
    expect(chooseLang('?lang=<script>', null, ['en'])).toEqual({ lang: 'en', ignored: '<script>' });
  });
  it('accepts only known step ids from the hash', () => {
    expect(stepFromHash('#frame-b', ids)).toBe('frame-b');
    expect(stepFromHash('#nope', ids)).toBeNull();
    expect(stepFromHash('#%E0%A4%A', ids)).toBeNull();
    expect(stepFromHash('', ids)).toBeNull();
  });
  it('writes the step and language into the URL and keeps the rest', () => {
    expect(urlFor('https://news.example/aksu/?utm=x#cover', { stepId: 'frame-a' })).toBe(
      'https://news.example/aksu/?utm=x#frame-a',
    );
    expect(urlFor('https://news.example/aksu/#cover', { lang: 'en' })).toBe(
      'https://news.example/aksu/?lang=en#cover',
    );
  });
});

describe('trigger line', () => {
  it('sits at mid-screen on desktops and low on phones, below the graphic', () => {
    expect(triggerLineY(1440, 900)).toBe(450);
    expect(triggerLineY(390, 844)).toBeCloseTo(675.2);
  });
  it('makes current the last step whose top has reached it', () => {
    expect(stepAtLine([500, 1400, 2300], 450)).toBe(0);
    expect(stepAtLine([-700, 200, 1100], 450)).toBe(1);
    expect(stepAtLine([-2000, -1000, 449], 450)).toBe(2);
  });
});
