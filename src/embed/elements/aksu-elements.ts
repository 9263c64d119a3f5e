// Entry of the embed bundle (dist/embed/aksu-elements.js): defines <aksu-story>, <aksu-map> and
// the four chart elements. Each drawing's code and the data are fetched when an element on the
// page first needs them, from beside this file.
import { setStoryBase } from './storyLink.ts';
import './aksu-map.ts';
import './aksu-funding-chart.ts';
import './aksu-outlets-chart.ts';
import './aksu-people-chart.ts';
import './aksu-alar-chart.ts';
import './aksu-story.ts';

// The bundle sits in embed/ of the published story; the story's pages are one level up. (Kept in
// a variable so the bundler does not take `new URL('../', import.meta.url)` for an asset.)
const bundleUrl = import.meta.url;
setStoryBase(new URL('../', bundleUrl).href);
