// Entry of the story page (read mode).
import story from 'virtual:story';
import './styles/tokens.css';
import './styles/page.css';
import './styles/story.css';
import './components/aksu-graphic.ts';
import { DRAWING_KINDS, loadDrawing } from './components/drawings.ts';
import { startStoryPage } from './story/storyPage.ts';

startStoryPage(story);

// The first scene's drawing loads at once; the others while the reader reads, so no later
// chapter waits for its chart.
const prefetch = () => DRAWING_KINDS.forEach((kind) => void loadDrawing(kind));
const whenIdle = (run: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(run) : setTimeout(run, 200);
if (document.readyState === 'complete') whenIdle(prefetch);
else window.addEventListener('load', () => whenIdle(prefetch), { once: true });
