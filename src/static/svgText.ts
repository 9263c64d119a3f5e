// Writing SVG as text at build time: escaping, and numbers short enough to keep files small.
export function esc(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
  );
}

/** A coordinate to one decimal: a tenth of a pixel is below what a screen or printer shows. */
export function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}
