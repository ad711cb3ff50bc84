/**
 * The seed knowledge base for Node scripts (tsx): reads the same JSON and
 * source texts as seeds/index.ts, from the files beside this module.
 */
import { readFileSync } from 'node:fs';
import { assembleKnowledgeBase, type SeedFile } from '../lib/kb/assemble';
import type { KnowledgeBase } from '../lib/kb/types';

const SEEDS_DIR = new URL('.', import.meta.url);

export function loadSeedKnowledgeBase(): KnowledgeBase {
  const file = JSON.parse(
    readFileSync(new URL('knowledge-base.json', SEEDS_DIR), 'utf8'),
  ) as SeedFile;
  const texts: Record<string, string> = {};
  for (const source of file.sources) {
    // Source files stay inside seeds/: no absolute paths, no climbing out.
    if (source.file.startsWith('/') || source.file.split('/').includes('..')) {
      throw new Error(`seed source ${source.id}: file "${source.file}" is outside seeds/`);
    }
    texts[source.file] = readFileSync(new URL(source.file, SEEDS_DIR), 'utf8');
  }
  return assembleKnowledgeBase(file, texts);
}
