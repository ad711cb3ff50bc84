import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createFlatMatcher } from '../../../lib/match/matcher';
import { decodeFlatIndex, encodeFlatIndex } from '../../../lib/match/flat';
import { flattenIndex } from '../../../lib/match/flatten';
import { clearGoldenIndexes, fingerprint, GOLDEN_CASES } from './golden-cases';

const golden = JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), 'golden-scans.json'), 'utf8')) as Record<string, { json: number; sha256: string }>;

describe('flat tables: the same matches as the hash-map matcher before them', () => {
  afterAll(clearGoldenIndexes);
  for (const c of GOLDEN_CASES) {
    it(c.name, () => {
      expect(golden[c.name], 'recorded').toBeDefined();
      // Through the string the tab caches, as the content script gets it.
      const m = createFlatMatcher(decodeFlatIndex(encodeFlatIndex(flattenIndex(c.index()))));
      expect(fingerprint(c.run(m))).toEqual(golden[c.name]);
    }, 60_000);
  }
});
