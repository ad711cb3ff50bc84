/**
 * Records a User Timing measure in the page's timeline. Firefox keeps a content script's objects from the page (Xray):
 * a measure made through the content script's `performance` has a detail whose every property the page is denied
 * ("Permission denied to access property", Firefox ESR 140.12). There the measure goes through the page's view of the
 * same Performance object (its wrappedJSObject, which only Firefox's content scripts have; not `window.performance`,
 * which a page may replace), with its options cloned into the page (cloneInto). Timings are a courtesy: if that fails,
 * our own view records them.
 */
export function measureInPage(name: string, options: { start: number; end: number; detail: object }): void {
  const clone = (globalThis as { cloneInto?: (o: object, scope: object) => object }).cloneInto;
  const pageView = (performance as unknown as { wrappedJSObject?: Performance }).wrappedJSObject;
  if (pageView && typeof clone === 'function' && typeof window !== 'undefined') {
    try {
      pageView.measure(name, clone(options, window) as PerformanceMeasureOptions);
      return;
    } catch {
      // (the page's view failed: record through ours below)
    }
  }
  performance.measure(name, options);
}
