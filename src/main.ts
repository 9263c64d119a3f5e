// Entry of the story pages: read mode, or exhibition mode (?mode=exhibit), whose code is loaded
// only on exhibition screens.
import story from 'virtual:story';
import './styles/tokens.css';
import './styles/page.css';
import './styles/story.css';
import './styles/exhibit.css';
import './components/aksu-graphic.ts';
import { DRAWING_KINDS, loadDrawing } from './components/drawings.ts';
import { exhibitOptions } from './exhibit/exhibitOptions.ts';
import { startStoryPage } from './story/storyPage.ts';
import { keepOffline } from './offline/keepOffline.ts';
import { applyStoredMotion } from './story/motion.ts';
import { applyReadingTheme } from './story/theme.ts';

applyStoredMotion();
const options = exhibitOptions(location.search);
if (options.exhibit) {
  void import('./exhibit/exhibitPage.ts').then(({ startExhibit }) => startExhibit(story, options));
} else {
  for (const warning of options.warnings) console.warn(warning);
  applyReadingTheme(location.search);
  startStoryPage(story);
}

// The first scene's drawing loads at once; the others while the reader reads, so no later
// chapter waits for its chart (and an exhibition screen has them all before the network goes).
const whenIdle = (run: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(run) : setTimeout(run, 200);
const afterLoad = () =>
  whenIdle(() => {
    DRAWING_KINDS.forEach((kind) => void loadDrawing(kind));
    keepOffline({ exhibit: options.exhibit });
  });
if (document.readyState === 'complete') afterLoad();
else window.addEventListener('load', afterLoad, { once: true });
