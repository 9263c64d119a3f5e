// Entry of the story page (read mode).
import story from 'virtual:story';
import './styles/tokens.css';
import './styles/page.css';
import './components/story-graphic.ts';
import { startStoryPage } from './story/storyPage.ts';

startStoryPage(story);
