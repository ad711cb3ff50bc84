/**
 * The seed knowledge base as bundled into the extension: the JSON and the
 * source texts are inlined by Vite at build time (Vitest resolves the same way).
 */
import raw from './knowledge-base.json';
import { assembleKnowledgeBase, type SeedFile } from '../lib/kb/assemble';
import type { KnowledgeBase } from '../lib/kb/types';

const files = import.meta.glob<string>('./source/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

// Glob keys are "./source/…"; the seed file names texts relative to seeds/.
const texts: Record<string, string> = {};
for (const [key, text] of Object.entries(files)) texts[key.replace(/^\.\//, '')] = text;

export const SEED_KNOWLEDGE_BASE: KnowledgeBase = assembleKnowledgeBase(
  raw as unknown as SeedFile,
  texts,
);
