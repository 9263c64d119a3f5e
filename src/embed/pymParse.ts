// Reading pym.js messages ("pymxPYMx<id>xPYMx<type>xPYMx<message>"). Only the loader needs it,
// and the loader must stay one classic script, so this lives apart from what the embed page uses.
const SEP = 'xPYMx';

export interface PymMessage {
  id: string;
  type: string;
  message: string;
}

/** A pym message, or null for anything else a page may receive. */
export function parsePymMessage(data: unknown): PymMessage | null {
  if (typeof data !== 'string' || !data.startsWith(`pym${SEP}`)) return null;
  const [, id, type, message] = data.split(SEP);
  if (!id || !type || message === undefined) return null;
  return { id, type, message };
}
