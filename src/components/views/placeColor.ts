// One colour per side of the story, everywhere: Zhejiang, Aksu, Alar (tokens in styles/tokens.css).
export function placeColor(placeId: string): string {
  if (placeId === 'alar') return 'var(--color-alar)';
  if (placeId === 'zhejiang') return 'var(--color-zhejiang)';
  return 'var(--color-aksu)';
}
