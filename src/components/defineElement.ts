// Registers one of our custom elements unless its tag is already taken. An embedding page may load
// our bundle twice (two snippets, two versions) or define a tag itself; the first definition
// stays and nothing throws, which `customElements.define` alone would do.
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (customElements.get(tag)) return;
  customElements.define(tag, element);
}
