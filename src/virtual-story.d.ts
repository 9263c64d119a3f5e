// Types for the module that scripts/vite-plugin-story.ts generates from data/.
declare module 'virtual:story' {
  const bundle: import('./build/storyBundle').StoryBundle;
  export default bundle;
}
// URLs of the JSON files the embeddable elements fetch (relative to the module's own URL).
declare module 'virtual:embed-view-data' {
  const url: string;
  export default url;
}
declare module 'virtual:embed-story-text' {
  const url: string;
  export default url;
}
// URLs of the map files the build projects from data/geo (src/maps/projectedMap.ts).
declare module 'virtual:map-geo' {
  const url: string;
  export default url;
}
declare module 'virtual:map-pairing' {
  const url: string;
  export default url;
}
