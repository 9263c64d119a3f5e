// The story's content for component tests in the browser: every data/ file, bundled by Vite and
// validated the way the build validates it.
import { validateContent } from '../../src/content/validate.ts';
import story from '../../data/story.json';
import figures from '../../data/figures.json';
import places from '../../data/places.json';
import units from '../../data/units.json';
import ui from '../../data/ui.json';
import sources from '../../data/sources.json';

export const content = validateContent({ story, figures, places, units, ui, sources });
