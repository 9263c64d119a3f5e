// Entry of the embed page (one view, chrome-free, for iframes).
import story from 'virtual:story';
import '../styles/tokens.css';
import '../styles/page.css';
import './embed.css';
import '../components/aksu-graphic.ts';
import { startEmbedPage } from './embedPage.ts';

startEmbedPage(story);
