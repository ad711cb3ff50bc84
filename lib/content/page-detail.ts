/**
 * A measure's detail as the page's own object. Firefox keeps a content script's objects from the page (Xray): the
 * page's timeline would show a detail whose every property is "Permission denied", so it is cloned into the page
 * (cloneInto, which only Firefox's content scripts have).
 */
export function pageDetail<T extends object>(detail: T): T {
  const clone = (globalThis as { cloneInto?: (o: T, scope: object) => T }).cloneInto;
  return typeof clone === 'function' && typeof window !== 'undefined' ? clone(detail, window) : detail;
}
