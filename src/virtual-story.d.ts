// Types for the module that scripts/vite-plugin-story.ts generates from data/.
declare module 'virtual:story' {
  const bundle: import('./build/storyBundle').StoryBundle;
  export default bundle;
}
