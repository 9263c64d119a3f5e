// The parts of the Custom Elements Manifest (custom-elements.json, written by
// @custom-elements-manifest/analyzer) that the embed guide shows, read leniently: the manifest is
// generated, and a field it lacks is shown as absent rather than failing the build.
export interface ManifestEntry {
  name: string;
  description: string;
  type: string;
  default: string;
}

export interface ManifestElement {
  tag: string;
  description: string;
  attributes: ManifestEntry[];
  events: ManifestEntry[];
  cssProperties: ManifestEntry[];
  cssParts: ManifestEntry[];
}

type Json = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function entries(list: unknown): ManifestEntry[] {
  if (!Array.isArray(list)) return [];
  return (list as Json[]).map((item) => ({
    name: text(item.name),
    description: text(item.description),
    type: text((item.type as Json | undefined)?.text),
    default: text(item.default),
  }));
}

/** The manifest's custom elements, in the order of its modules. */
export function manifestElements(manifest: unknown): ManifestElement[] {
  const modules = (manifest as Json | null)?.modules;
  if (!Array.isArray(modules)) throw new Error('custom-elements.json: no "modules" list');
  return (modules as Json[]).flatMap((module) =>
    ((module.declarations as Json[] | undefined) ?? [])
      .filter((d) => d.customElement === true && typeof d.tagName === 'string')
      .map((d) => ({
        tag: d.tagName as string,
        description: text(d.description),
        attributes: entries(d.attributes),
        events: entries(d.events),
        cssProperties: entries(d.cssProperties),
        cssParts: entries(d.cssParts),
      })),
  );
}
