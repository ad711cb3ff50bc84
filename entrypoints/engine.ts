import { installEngine } from '@/lib/content/engine';
import { createFlatMatcher } from '@/lib/match/matcher';

/**
 * The matching engine, injected by the background into a content script's world
 * when a scan needs it (lib/content/engine.ts explains why it is not part of the
 * content script).
 */
export default defineUnlistedScript(() => {
  installEngine(globalThis as unknown as Record<string, unknown>, { createFlatMatcher });
});
