/**
 * The seed knowledge base for Node scripts (tsx): reads the same JSON and
 * source texts as seeds/index.ts, from the files beside this module.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleKnowledgeBase, type SeedFile } from '../lib/kb/assemble';
import type { KnowledgeBase } from '../lib/kb/types';

// A path rather than new URL('.', import.meta.url): under a DOM test
// environment (Vitest with happy-dom) the global URL is the DOM's, and
// node:fs rejects what it builds.
const SEEDS_DIR = dirname(fileURLToPath(import.meta.url));

export function loadSeedKnowledgeBase(): KnowledgeBase {
  const file = JSON.parse(
    readFileSync(join(SEEDS_DIR, 'knowledge-base.json'), 'utf8'),
  ) as SeedFile;
  const texts: Record<string, string> = {};
  for (const source of file.sources) {
    // Source files stay inside seeds/: no absolute paths, no climbing out.
    if (source.file.startsWith('/') || source.file.split('/').includes('..')) {
      throw new Error(`seed source ${source.id}: file "${source.file}" is outside seeds/`);
    }
    texts[source.file] = readFileSync(join(SEEDS_DIR, source.file), 'utf8');
  }
  return assembleKnowledgeBase(file, texts);
}
