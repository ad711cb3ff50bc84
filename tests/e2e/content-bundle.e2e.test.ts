/**
 * The content script runs in the page's origin: the database (Dexie,
 * IndexedDB) and the full knowledge base must never be in its bundle.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];

function contentScripts(dir: string): string[] {
  const folder = join(dir, 'content-scripts');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(folder, file));
}

describe.each(BUILDS)('the content-script bundle of %s', (dir) => {
  it('exists (run the builds first)', () => {
    expect(existsSync(join(dir, 'manifest.json')), `${dir} is missing: run npm run build and build:firefox`).toBe(true);
  });

  it('holds no database code and no knowledge base', () => {
    // Registered at run time on the sites the reader allowed, not declared in the manifest.
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.content_scripts ?? []).toEqual([]);
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    expect(background).toContain('/content-scripts/content.js');
    const files = contentScripts(dir);
    expect(files.map((file) => file.slice(dir.length + 1))).toContain('content-scripts/content.js');
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code, `${file} contains Dexie`).not.toMatch(/Dexie|dexie/);
      expect(code, `${file} opens IndexedDB`).not.toMatch(/indexedDB\.open|IDBKeyRange/);
      // Seed texts (descriptions, evidence) belong to the background only.
      expect(code, `${file} contains the seed article`).not.toContain('legitimate targets for the Russian armed forces');
      expect(code, `${file} contains actor descriptions`).not.toContain('"description"');
    }
  });
});
