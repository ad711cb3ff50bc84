/**
 * Build side of the engine's two scripts (lib/content/engine-parts.ts): in engine.js the modules of
 * ENGINE_BASE_MODULES are external, read from the content script's world where engine-base.js shares them; and
 * each build checks that no module ends up in both scripts.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InlineConfig, Plugin } from 'vite';
import { ENGINE_BASE_MODULES, ENGINE_SHARED_SLOT, sharedKey } from '../../lib/content/engine-parts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LIB = join(ROOT, 'lib') + '/';
const BASE = new Set<string>(ENGINE_BASE_MODULES);

/** The ENGINE_BASE_MODULES name of an import (as written, or resolved), or null. */
export function baseModule(id: string, importer?: string): string | null {
  let path = id.replace(/[?#].*$/, '');
  if (path.startsWith('@/')) path = join(ROOT, path.slice(2));
  else if (path.startsWith('.') && importer) path = resolve(dirname(importer), path);
  if (!path.startsWith(LIB)) return null;
  const name = path.slice(LIB.length).replace(/\.ts$/, '');
  if (BASE.has(name)) return name;
  return BASE.has(`${name}/index`) ? `${name}/index` : null;
}

/** Fails the build when a chunk holds a module of lib/ on the wrong side of the split. */
function checkSide(entry: string, base: boolean): Plugin {
  return {
    name: `newsmark-engine-split-${entry}`,
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of Object.keys(chunk.modules)) {
          if (!id.startsWith(LIB) || id.startsWith(join(LIB, 'content/'))) continue;
          if ((baseModule(id) !== null) !== base) {
            throw new Error(
              `${entry}.js would hold ${id.slice(ROOT.length + 1)}: ` +
                (base ? 'add it to ENGINE_BASE_MODULES (lib/content/engine-parts.ts)' : 'it is in ENGINE_BASE_MODULES, and must stay external'),
            );
          }
        }
      }
    },
  };
}

export function engineSplit(entrypoints: string[], config: InlineConfig): void {
  const isEngine = entrypoints.includes('engine');
  const isBase = entrypoints.includes('engine-base');
  if (!isEngine && !isBase) return;
  config.plugins = [...(config.plugins ?? []), checkSide(isEngine ? 'engine' : 'engine-base', isBase)];
  if (!isEngine) return;
  config.build ??= {};
  const rollup = (config.build.rollupOptions ??= {});
  rollup.external = (id: string, importer?: string) => baseModule(id, importer) !== null;
  rollup.output ??= {};
  const output = Array.isArray(rollup.output) ? rollup.output[0]! : rollup.output;
  output.globals = (id: string) => {
    const name = baseModule(id);
    if (!name) throw new Error(`engine.js: no shared module for ${id}`);
    return `globalThis.${ENGINE_SHARED_SLOT}.${sharedKey(name)}`;
  };
}
