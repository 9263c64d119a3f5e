// A bad data file stops the real Vite build with the file, entry and field named, before anything
// is written: the output folder keeps what it had.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';

const saved = { data: process.env.STORY_DATA_DIR, out: process.env.STORY_OUT_DIR };
afterEach(() => {
  process.env.STORY_DATA_DIR = saved.data;
  process.env.STORY_OUT_DIR = saved.out;
  if (saved.data === undefined) delete process.env.STORY_DATA_DIR;
  if (saved.out === undefined) delete process.env.STORY_OUT_DIR;
});

describe('vite build with bad data', () => {
  it('fails naming the file, entry and field, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aksu-build-'));
    const data = join(dir, 'data');
    const out = join(dir, 'dist');
    cpSync('data', data, { recursive: true });
    const story = JSON.parse(readFileSync(join(data, 'story.json'), 'utf8'));
    delete story.chapters[2].steps[0].text.en;
    writeFileSync(join(data, 'story.json'), JSON.stringify(story));
    mkdirSync(out);
    writeFileSync(join(out, 'previous-build.txt'), 'kept');

    process.env.STORY_DATA_DIR = data;
    process.env.STORY_OUT_DIR = out;
    await expect(build({ configFile: 'vite.config.ts', logLevel: 'silent' })).rejects.toThrow(
      /data\/story\.json › chapters\[2\] \(id "ecommerce"\)\.steps\[0\] \(id "[a-z-]+"\)\.text\.en: is missing/,
    );
    expect(readdirSync(out)).toEqual(['previous-build.txt']);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  }, 30_000);
});

describe('vite build with a broken map file', () => {
  it('fails naming the map file, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aksu-build-geo-'));
    const data = join(dir, 'data');
    const out = join(dir, 'dist');
    cpSync('data', data, { recursive: true });
    writeFileSync(join(data, 'geo', 'aksu.topo.json'), '{"type": "Topology", "objects": ');
    mkdirSync(out);
    writeFileSync(join(out, 'previous-build.txt'), 'kept');

    process.env.STORY_DATA_DIR = data;
    process.env.STORY_OUT_DIR = out;
    await expect(build({ configFile: 'vite.config.ts', logLevel: 'silent' })).rejects.toThrow(
      /data\/geo\/aksu\.topo\.json: /,
    );
    expect(readdirSync(out)).toEqual(['previous-build.txt']);
  }, 30_000);
});
