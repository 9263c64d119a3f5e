// embed-loader.js: for host pages without pym.js. It finds our iframes
// (<iframe data-aksu-embed src="…/embed.html?view=…">), gives each a pym child id, and sets
// each iframe's height from the heights the embed reports. Include it once, anywhere.
import { parsePymMessage } from './pymParse.ts';

type Loaded = Window & { __aksuEmbedLoader?: boolean };

function start(): void {
  const w = window as Loaded;
  if (w.__aksuEmbedLoader) return; // loaded twice: the first one already listens
  w.__aksuEmbedLoader = true;
  const frames = new Map<string, HTMLIFrameElement>();
  let counter = 0;
  const adopt = () => {
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-aksu-embed]')) {
      if (frame.dataset.aksuChildId) continue;
      const id = `aksu-${++counter}`;
      frame.dataset.aksuChildId = id;
      frames.set(id, frame);
      const url = new URL(frame.src, location.href);
      url.searchParams.set('childId', id);
      frame.style.width = '100%';
      frame.style.border = '0';
      frame.setAttribute('scrolling', 'no');
      frame.src = url.href;
    }
  };
  window.addEventListener('message', (event) => {
    const msg = parsePymMessage(event.data);
    const frame = msg && frames.get(msg.id);
    if (!msg || !frame || msg.type !== 'height' || event.source !== frame.contentWindow) return;
    const height = Number(msg.message);
    if (Number.isFinite(height) && height > 0 && height < 20000) frame.style.height = `${height}px`;
  });
  adopt();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', adopt);
}

start();
