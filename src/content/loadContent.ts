// Reads data/ from disk for the build and for tests. Malformed JSON is reported with the file,
// line and column; everything else is left to validateContent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from './schema.ts';
import { ContentError, DATA_FILES, validateContent, type DataFileKey } from './validate.ts';

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1) ?? '').length + 1}`;
}

export function readDataFiles(dataDir: string): Record<DataFileKey, unknown> {
  const problems: string[] = [];
  const raw = {} as Record<DataFileKey, unknown>;
  for (const [key, file] of Object.entries(DATA_FILES) as [DataFileKey, string][]) {
    let text: string;
    try {
      text = readFileSync(join(dataDir, file), 'utf8');
    } catch {
      problems.push(`data/${file}: file is missing`);
      continue;
    }
    try {
      raw[key] = JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const position = /position (\d+)/.exec(message);
      const at = position ? ` at ${lineAndColumn(text, Number(position[1]))}` : '';
      problems.push(`data/${file}: malformed JSON${at}: ${message}`);
    }
  }
  if (problems.length) throw new ContentError(problems);
  return raw;
}

export function loadContent(dataDir: string): Content {
  return validateContent(readDataFiles(dataDir));
}
