/**
 * Turns the seed file (sources that name a text file instead of carrying the
 * text) into a full KnowledgeBase. Pure: the callers (seeds/index.ts for the
 * bundle, seeds/node.ts for Node scripts) read the texts their own way.
 */
import type { Actor, Claim, KnowledgeBase, Source } from './types';

/** A source as stored in seeds/knowledge-base.json: `file` instead of `text`. */
export type SeedSource = Omit<Source, 'text'> & {
  /** path of the text relative to seeds/, e.g. "source/000_891a16815cb21ab4.txt" */
  file: string;
};

/** The shape of seeds/knowledge-base.json. */
export interface SeedFile {
  version: string;
  sources: SeedSource[];
  actors: Actor[];
  claims: Claim[];
}

/**
 * @param texts source texts keyed by the `file` path of their source
 * @throws when a source's text is missing, so a broken bundle fails loudly at load time
 */
export function assembleKnowledgeBase(file: SeedFile, texts: Record<string, string>): KnowledgeBase {
  const sources: Source[] = file.sources.map(({ file: path, ...rest }) => {
    const text = Object.prototype.hasOwnProperty.call(texts, path) ? texts[path] : undefined;
    if (typeof text !== 'string') {
      throw new Error(`seed source ${rest.id}: no text for file "${path}"`);
    }
    return { ...rest, text };
  });
  return { version: file.version, sources, actors: file.actors, claims: file.claims };
}
