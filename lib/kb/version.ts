/**
 * The knowledge base's version as a reader knows it: the seed's release
 * ("2025.12.2"). The internal version also counts revisions ("+r3"), which
 * only the compiled-index cache needs.
 */
export function displayKbVersion(version: string): string {
  return version.replace(/\+r\d+$/, '');
}
