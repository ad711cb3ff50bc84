import { attribute } from '@/lib/attribution';
import { pageStatements, roleFor, splitTitleAndName } from '@/lib/attribution/page-statements';
import { installEngine } from '@/lib/content/engine';
import { createFlatMatcher } from '@/lib/match/matcher';
import { guessLang } from '@/lib/text/guess-lang';

/**
 * The matching engine, injected by the background into a content script's world
 * when a scan needs it (lib/content/engine.ts explains why it is not part of the
 * content script).
 */
export default defineUnlistedScript(() => {
  installEngine(globalThis as unknown as Record<string, unknown>, { createFlatMatcher, attribute, pageStatements, splitTitleAndName, roleFor, guessLang });
});
