import { installEnginePart } from '@/lib/content/engine';
// (a module of the first part: read from the world, not evaluated here)
import { guessLang } from '@/lib/text/guess-lang';

/**
 * The matching engine's second part, injected by the background into a content script's world after
 * entrypoints/engine-base.ts (lib/content/engine.ts explains why the engine is not part of the content script,
 * and why it comes in parts evaluated in steps). The modules of the first part are not in this script: it reads
 * them from the world (wxt.config.ts).
 */
export default defineUnlistedScript(() => {
  installEnginePart(globalThis as unknown as Record<string, unknown>, {
    steps: [() => import('@/lib/attribution/german'), () => import('@/lib/attribution'), () => import('@/lib/match/matcher')],
    engine: async () => {
      const [{ attribute, warmStep }, { pageStatements, roleFor, splitTitleAndName }, { createFlatMatcher }] = await Promise.all([
        import('@/lib/attribution'),
        import('@/lib/attribution/page-statements'),
        import('@/lib/match/matcher'),
      ]);
      return { createFlatMatcher, attribute, warmStep, pageStatements, splitTitleAndName, roleFor, guessLang };
    },
  });
});
