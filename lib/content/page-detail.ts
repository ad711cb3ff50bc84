/**
 * Records a User Timing measure in the page's own timeline. Firefox keeps a content script's objects from the page
 * (Xray): a measure made through the content script's `performance` has a detail whose every property the page is
 * denied ("Permission denied to access property"), as Firefox ESR 140.12 does. There the page's own `performance`
 * (wrappedJSObject, which only Firefox's content scripts see) takes the options cloned into the page (cloneInto).
 */
export function measureInPage(name: string, options: { start: number; end: number; detail: object }): void {
  const g = globalThis as { cloneInto?: (o: object, scope: object) => object; wrappedJSObject?: { performance?: Performance } };
  const pagePerformance = typeof window !== 'undefined' ? (window as unknown as { wrappedJSObject?: { performance?: Performance } }).wrappedJSObject?.performance : undefined;
  if (pagePerformance && typeof g.cloneInto === 'function') {
    pagePerformance.measure(name, g.cloneInto(options, window) as PerformanceMeasureOptions);
    return;
  }
  performance.measure(name, options);
}
