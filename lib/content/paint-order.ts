/**
 * The order highlights are painted in: what the reader sees first. On a page of
 * thousands of marks painted in slices, the viewport's are there at the next
 * frame and the rest follow.
 */

/**
 * `ranges` (in document order) starting with the first one not above the viewport, then the
 * ones before it. Document order mostly follows the page downward, so a binary search on a dozen
 * boxes finds the viewport's place without measuring every range (each box can cost a layout).
 */
export function viewportFirst(ranges: readonly Range[], viewportHeight: number): readonly Range[] {
  if (ranges.length < 2 || viewportHeight <= 0) return ranges;
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.getBoundingClientRect().bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? ranges : ranges.slice(lo).concat(ranges.slice(0, lo));
}
