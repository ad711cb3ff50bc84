/**
 * The error a scan throws when attribution's tables are not built yet and its caller asked it not to build them
 * (AttributeOptions.whenCold, ScanOptions.whenCold). A module of its own, without imports: the content script
 * recognises the error without holding the engine that throws it (lib/content/engine.ts), so it is told by its
 * name, not by its class.
 */
export const COLD_TABLES = 'NewsmarkColdTables';

export function coldTables(): Error {
  const error = new Error("attribution's tables are not built yet");
  error.name = COLD_TABLES;
  return error;
}

export function isColdTables(error: unknown): boolean {
  return error instanceof Error && error.name === COLD_TABLES;
}
