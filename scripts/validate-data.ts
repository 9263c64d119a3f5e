// Checks data/ on its own (the build runs the same checks): prints each problem with the file,
// entry and field, and exits non-zero if there is any. Usage: npm run validate [data-dir]
import { loadContent } from '../src/content/loadContent.ts';
import { ContentError } from '../src/content/validate.ts';

const dir = process.argv[2] ?? 'data';
try {
  const content = loadContent(dir);
  const steps = content.story.chapters.reduce((n, c) => n + c.steps.length, 0);
  console.log(
    `${dir}: valid — ${content.story.chapters.length} chapters, ${steps} steps, ${content.figures.length} figures.`,
  );
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
}
