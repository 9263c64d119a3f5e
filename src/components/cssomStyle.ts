// An element directive that sets inline styles through the CSSOM (element.style.setProperty).
// A strict Content Security Policy blocks style attributes, and Lit's styleMap writes one on
// first render; properties set this way are allowed.
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class CssomStyle extends Directive {
  private set: string[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssomStyle goes on an element');
  }

  render(_styles: Record<string, string>) {
    return nothing;
  }

  override update(part: ElementPart, [styles]: [Record<string, string>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.set) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    this.set = Object.keys(styles);
    return nothing;
  }
}

export const cssomStyle = directive(CssomStyle);
