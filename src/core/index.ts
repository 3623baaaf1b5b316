/** The core's public surface. The game, the server and the tools import from here. */
export * from './vocabulary';
export * from './tags';
export * from './events';
export * from './catalogue';
export * from './caseMeta';
export * from './scoring';
export * from './session';
export * from './replay';
export * from './save';
export * from './hash';
export { knotNames, openStory, readCaseMetaFromJson, StoryError, StoryTemplate } from './story';
export * from './branches';
export * from './traineeName';
export * from './route';
export * from './shuffle';
export * from './stateKey';
export * from './content';
export * from './progress';
