// What a key does on an exhibition screen. Presenter clickers send PageDown/PageUp, some arrow
// keys, and B or "." to blank the screen (as in slide software); keyboards add Home/End, F for
// full screen, L for the other language and P to play or pause the loop.
export type ExhibitAction =
  'next' | 'previous' | 'first' | 'last' | 'blank' | 'fullscreen' | 'language' | 'play';

const ACTIONS: Record<string, ExhibitAction> = {
  PageDown: 'next',
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  Enter: 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  f: 'fullscreen',
  F: 'fullscreen',
  l: 'language',
  L: 'language',
  p: 'play',
  P: 'play',
};

export interface ExhibitKey {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

export function exhibitActionForKey(event: ExhibitKey): ExhibitAction | null {
  // Browser shortcuts (Ctrl+L, Cmd+F, …) stay the browser's.
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  return ACTIONS[event.key] ?? null;
}
