// Tells the host page how tall the embed is, in pym.js's format, whenever that changes (first
// draw, a new width from the host, a language switch). Without a parent it does nothing.
import { pymMessage } from './pymMessages.ts';

export function reportHeight(childId: string | null, target: Window = window.parent): () => void {
  if (target === window) return () => {};
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // '*': the embed cannot know the host's origin; the message is only a height.
    target.postMessage(pymMessage(childId ?? 'aksu', 'height', height), '*');
  };
  const observer = new ResizeObserver(() => send());
  observer.observe(document.documentElement);
  send();
  return () => observer.disconnect();
}
