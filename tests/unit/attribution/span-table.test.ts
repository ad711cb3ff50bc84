import { describe, expect, it } from 'vitest';
import { spanHash } from '../../../lib/attribution/span-table';

describe('spanHash (FNV-1a of a span, read in place)', () => {
  it('is the hash of the characters, wherever they stand', () => {
    const text = '« ministra » ministra';
    expect(spanHash(text, 2, 10)).toBe(spanHash(text, 13, 21));
    expect(spanHash('ministra', 0, 8)).toBe(spanHash(text, 2, 10));
    expect(spanHash(text, 2, 9)).not.toBe(spanHash(text, 2, 10));
  });

  it('is FNV-1a over UTF-16 units', () => {
    // (the published FNV-1a 32-bit values of "" and "a")
    expect(spanHash('', 0, 0) >>> 0).toBe(0x811c9dc5);
    expect(spanHash('a', 0, 1) >>> 0).toBe(0xe40c292c);
  });
});
