import { installEnginePart } from '@/lib/content/engine';
import { ENGINE_SHARED_SLOT, sharedKey, type EngineBaseModule } from '@/lib/content/engine-parts';

/** (every module of ENGINE_BASE_MODULES: the type says when one is missing) */
const MODULES: Record<EngineBaseModule, () => Promise<object>> = {
  'text/normalize': () => import('@/lib/text/normalize'),
  'text/segment': () => import('@/lib/text/segment'),
  'text/word-ids': () => import('@/lib/text/word-ids'),
  'text/stopwords': () => import('@/lib/text/stopwords'),
  'text/stem': () => import('@/lib/text/stem'),
  'text/dates': () => import('@/lib/text/dates'),
  'text/guess-lang': () => import('@/lib/text/guess-lang'),
  'attribution/span-table': () => import('@/lib/attribution/span-table'),
  'attribution/stepped': () => import('@/lib/attribution/stepped'),
  'attribution/cues/en': () => import('@/lib/attribution/cues/en'),
  'attribution/cues/de': () => import('@/lib/attribution/cues/de'),
  'attribution/cues/fr': () => import('@/lib/attribution/cues/fr'),
  'attribution/cues/es': () => import('@/lib/attribution/cues/es'),
  'attribution/cues/pt': () => import('@/lib/attribution/cues/pt'),
  'attribution/cues/it': () => import('@/lib/attribution/cues/it'),
  'attribution/cues/pl': () => import('@/lib/attribution/cues/pl'),
  'attribution/cues/ru': () => import('@/lib/attribution/cues/ru'),
  'attribution/cues/uk': () => import('@/lib/attribution/cues/uk'),
  'attribution/cues/index': () => import('@/lib/attribution/cues'),
  'attribution/language': () => import('@/lib/attribution/language'),
  'attribution/slavic': () => import('@/lib/attribution/slavic'),
  'attribution/institutions': () => import('@/lib/attribution/institutions'),
  'attribution/given-names': () => import('@/lib/attribution/given-names'),
  'attribution/person-mentions': () => import('@/lib/attribution/person-mentions'),
  'attribution/doc': () => import('@/lib/attribution/doc'),
  'attribution/bodies': () => import('@/lib/attribution/bodies'),
  'attribution/one-of-them': () => import('@/lib/attribution/one-of-them'),
  'attribution/speaker': () => import('@/lib/attribution/speaker'),
};

/**
 * The steps engine-base.js evaluates and shares its modules in, a few milliseconds each (the modules that build tables
 * at load, in the order they import each other).
 */
const STEPS = [
  ['text/normalize', 'text/segment', 'text/word-ids', 'text/dates', 'text/guess-lang'],
  ['text/stopwords'],
  ['text/stem'],
  ['attribution/span-table', 'attribution/stepped', 'attribution/cues/en', 'attribution/cues/de', 'attribution/cues/fr', 'attribution/cues/es'],
  ['attribution/cues/pt', 'attribution/cues/it', 'attribution/cues/pl', 'attribution/cues/ru', 'attribution/cues/uk', 'attribution/cues/index'],
  ['attribution/language', 'attribution/slavic', 'attribution/institutions', 'attribution/given-names'],
  ['attribution/person-mentions', 'attribution/doc', 'attribution/bodies', 'attribution/one-of-them'],
  ['attribution/speaker'],
] as const satisfies readonly (readonly EngineBaseModule[])[];

// (a module of the part that no step shares leaves engine.js without it: the page reads nothing, as word-ids.ts did when
// it joined the list but no step; tsc fails here instead, naming the module)
const EVERY_MODULE_SHARED: Record<Exclude<EngineBaseModule, (typeof STEPS)[number][number]>, never> = {};
void EVERY_MODULE_SHARED;

/**
 * The engine's first part (lib/content/engine.ts, lib/content/engine-parts.ts): the text modules and the
 * attribution modules up to speaker resolution, evaluated in STEPS, each step sharing what it evaluated with
 * entrypoints/engine.ts through the world.
 */
export default defineUnlistedScript(() => {
  const world = globalThis as unknown as Record<string, unknown>;
  const shared: Record<string, object> = {};
  world[ENGINE_SHARED_SLOT] = shared;
  const share = (names: readonly EngineBaseModule[]) => async () => {
    // (the exports' values, not the module's namespace: engine.js reads them in its hot loops, and a plain
    // property is cheaper than a namespace's getter; no module of this part exports a binding that changes)
    for (const name of names) shared[sharedKey(name)] = { ...(await MODULES[name]()) };
  };
  installEnginePart(world, { steps: STEPS.map(share) });
});
