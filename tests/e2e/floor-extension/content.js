// The floor of `npm run bench:browser`: the least a content script that reads a page must do.
// It walks every text node of the body with a TreeWalker and reads its data, at document_idle like
// Newsmark's content script, and records how long that took as the User Timing measure
// `floor:walk` (detail.busyMs), which also tells the bench it is done.
(() => {
  const start = performance.now();
  const root = document.body || document.documentElement;
  let nodes = 0;
  let chars = 0;
  if (root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes++;
      chars += node.data.length;
    }
  }
  const end = performance.now();
  performance.measure('floor:walk', { start, end, detail: { busyMs: end - start, nodes, chars } });
})();
