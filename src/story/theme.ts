// The reading page's theme: ?theme=light|dark if given, else the reader's system setting. The
// dark tokens are in tokens.css; exhibition screens choose their own (dark by default).
export function applyReadingTheme(search: string): void {
  const asked = new URLSearchParams(search).get('theme');
  if (asked !== null && asked !== 'light' && asked !== 'dark') {
    console.warn(`Unknown theme="${asked}" ignored.`);
  }
  const dark =
    asked === 'dark' ||
    (asked !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  if (dark) document.documentElement.dataset.theme = 'dark';
}
