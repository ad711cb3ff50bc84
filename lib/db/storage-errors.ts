/**
 * What a failed write means to the reader. The browser refuses writes once the origin's storage
 * quota is spent (a QuotaExceededError, which Dexie passes on under the same name, sometimes as
 * the inner error of an aborted transaction); that message must say what happened and that
 * nothing was changed, not echo IndexedDB's wording.
 */
export const QUOTA_MESSAGE =
  'The browser has no room left to store Newsmark’s data, so nothing was changed. Free some disk space and try again.';

export function isQuotaError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { name, message, inner } = e as { name?: unknown; message?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError' || (typeof message === 'string' && /quota\s*(has been\s*)?exceeded/i.test(message))) return true;
    e = inner;
  }
  return false;
}

/** The message a failed request shows the reader. */
export function storageErrorMessage(error: unknown): string {
  if (isQuotaError(error)) return QUOTA_MESSAGE;
  return error instanceof Error ? error.message : String(error);
}
