/**
 * The engine comes in two scripts (lib/content/engine.ts says why): entrypoints/engine-base.ts, injected first,
 * holds the modules listed here, and entrypoints/engine.ts the rest, which reaches these through the content
 * script's world (wxt.config.ts makes them external to engine.js). The list is closed under imports: the build
 * fails when engine-base.js would hold a module not listed, or engine.js a module listed, so no module is in both.
 */
export const ENGINE_BASE_MODULES = [
  'text/normalize',
  'text/segment',
  'text/word-ids',
  'text/stopwords',
  'text/stem',
  'text/dates',
  'text/guess-lang',
  'attribution/span-table',
  'attribution/stepped',
  'attribution/cues/en',
  'attribution/cues/de',
  'attribution/cues/fr',
  'attribution/cues/es',
  'attribution/cues/pt',
  'attribution/cues/it',
  'attribution/cues/pl',
  'attribution/cues/ru',
  'attribution/cues/uk',
  'attribution/cues/index',
  'attribution/language',
  'attribution/slavic',
  'attribution/institutions',
  'attribution/given-names',
  'attribution/person-mentions',
  'attribution/doc',
  'attribution/bodies',
  'attribution/one-of-them',
  'attribution/speaker',
] as const;

export type EngineBaseModule = (typeof ENGINE_BASE_MODULES)[number];

/** The engine's scripts, in the order they are injected: part 0, part 1 (engine/load's `part`). */
export const ENGINE_FILES = ['/engine-base.js', '/engine.js'] as const;

/** Where engine-base.js puts its modules in the content script's world, for engine.js to read. */
export const ENGINE_SHARED_SLOT = '__newsmarkEngineShared';

/** A module's property in that slot (an identifier: the bundle reads it as `globalThis.<slot>.<key>`). */
export const sharedKey = (module: string): string => module.replace(/[^A-Za-z0-9]/g, '_');
