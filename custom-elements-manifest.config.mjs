// The Custom Elements Manifest (custom-elements.json) of the embeddable elements: what editors'
// tools and the embed guide read to know every element, attribute, property, event, part and CSS
// property. `npm run manifest` writes it; a test checks it against the built bundle.
export default {
  globs: ['src/embed/elements/*.ts'],
  exclude: ['src/embed/elements/*.test.ts'],
  outdir: '.',
  litelement: true,
};
