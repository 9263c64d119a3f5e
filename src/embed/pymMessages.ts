// pym.js's message format, so that host pages that already use pym.js resize our iframes with no
// new code: "pymxPYMx<id>xPYMx<type>xPYMx<message>". Pure.
const SEP = 'xPYMx';

export function pymMessage(id: string, type: string, message: string | number): string {
  return `pym${SEP}${id}${SEP}${type}${SEP}${message}`;
}

/** pym's child ids: letters, digits, - and _ only (anything else from a URL is refused). */
export function safeChildId(value: string | null): string | null {
  return value && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null;
}
