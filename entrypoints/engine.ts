import { installEngine } from '@/lib/content/engine';

/**
 * The matching engine, injected by the background into a content script's world
 * when a scan needs it (lib/content/engine.ts explains why it is not part of the
 * content script, and why its modules are evaluated in steps after it is injected).
 */
export default defineUnlistedScript(() => {
  installEngine(globalThis as unknown as Record<string, unknown>, {
    // The modules that build tables when they are evaluated, in the order they import each other: a few
    // milliseconds each on a fresh browser, where the whole engine evaluated at once took over ten.
    steps: [
      () => import('@/lib/text/segment'),
      () => import('@/lib/text/stopwords'),
      () => import('@/lib/text/stem'),
      () => import('@/lib/attribution/cues'),
      () => import('@/lib/attribution/given-names'),
      () => import('@/lib/attribution/german'),
      () => import('@/lib/attribution/speaker'),
      () => import('@/lib/attribution'),
      () => import('@/lib/match/matcher'),
    ],
    engine: async () => {
      const [{ attribute }, { pageStatements, roleFor, splitTitleAndName }, { createFlatMatcher }, { guessLang }] = await Promise.all([
        import('@/lib/attribution'),
        import('@/lib/attribution/page-statements'),
        import('@/lib/match/matcher'),
        import('@/lib/text/guess-lang'),
      ]);
      return { createFlatMatcher, attribute, pageStatements, splitTitleAndName, roleFor, guessLang };
    },
  });
});
