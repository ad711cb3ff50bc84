import { describe, expect, it } from 'vitest';
import { SpanTable, spanHash } from '../../../lib/attribution/span-table';

describe('the span table (words looked up by their span in a text)', () => {
  // words of one to forty letters, in Latin, Cyrillic and Greek, many of one length and of one first letters, so that
  // slots of other words of the same length and the same eight bits of hash are passed on the way to the right one
  const words: string[] = [];
  for (let i = 0; words.length < 900; i++) {
    const stem = ['mi', 'ми', 'μι', 'ab', 'z'][i % 5];
    words.push(stem + 'nisterstwoзаявилаλέγει'.slice(0, (i * 7) % 23) + i.toString(36));
  }
  const text = words.join(' ');
  const spans: [number, number][] = [];
  for (let a = 0; a < text.length; ) {
    const b = text.indexOf(' ', a) < 0 ? text.length : text.indexOf(' ', a);
    spans.push([a, b]);
    a = b + 1;
  }

  it('answers the value a word was added with, from any text that holds it, and 0 for every other word', () => {
    const table = new SpanTable(1000);
    // every other word in, with a value of its own
    spans.forEach(([a, b], i) => {
      if (i % 2 === 0) expect(table.add(text, a, b, i + 1)).toBe(true);
    });
    spans.forEach(([a, b], i) => {
      expect(table.find(text, a, b, spanHash(text, a, b)), words[i]).toBe(i % 2 === 0 ? i + 1 : 0);
      // (the same word in another text, at another offset)
      const other = `« ${words[i]} »`;
      expect(table.get(other, 2, other.length - 2)).toBe(i % 2 === 0 ? i + 1 : 0);
      // (its prefixes and the word with one more letter are other words)
      if (b - a > 1) expect(table.get(text, a, b - 1)).toBe(words.indexOf(words[i].slice(0, -1)) % 2 === 0 ? words.indexOf(words[i].slice(0, -1)) + 1 : 0);
      expect(table.get(words[i] + 'x', 0, words[i].length + 1)).toBe(0);
    });
    expect(table.get('u.s.', 0, 4)).toBe(-1);
  });

  it('takes no more words than its room, and forgets them all when cleared', () => {
    const table = new SpanTable(100);
    let added = 0;
    for (const [a, b] of spans) if (table.add(text, a, b, 7)) added++;
    expect(added).toBe(100);
    expect(table.size).toBe(100);
    expect(table.get(text, spans[0][0], spans[0][1])).toBe(7);
    expect(table.get(text, spans[150][0], spans[150][1])).toBe(0);
    table.clear();
    expect(table.get(text, spans[0][0], spans[0][1])).toBe(0);
    expect(table.add(text, spans[150][0], spans[150][1], 9)).toBe(true);
    expect(table.get(text, spans[150][0], spans[150][1])).toBe(9);
  });

  it('tells apart words whose hashes share their slot and the eight bits it keeps: by their length, then their letters', () => {
    // (a table of 1024 words has 2048 slots: the slot is the hash's low eleven bits, the eight bits its top ones)
    const table = new SpanTable(1024);
    const key = (w: string) => {
      const h = spanHash(w, 0, w.length);
      return `${h & 2047}/${h >>> 24 || 1}`;
    };
    const word = 'minister';
    let longer = '';
    let same = '';
    for (let i = 0; !longer || !same; i++) {
      const tail = i.toString(36);
      if (!longer && key(word + tail) === key(word)) longer = word + tail;
      const other = word.slice(0, word.length - tail.length) + tail;
      if (!same && other !== word && key(other) === key(word)) same = other;
    }
    expect(table.add(longer, 0, longer.length, 1)).toBe(true);
    expect(table.get(word, 0, word.length)).toBe(0);
    expect(table.add(same, 0, same.length, 2)).toBe(true);
    expect(table.get(word, 0, word.length)).toBe(0);
    expect(table.add(word, 0, word.length, 3)).toBe(true);
    expect([table.get(longer, 0, longer.length), table.get(same, 0, same.length), table.get(word, 0, word.length)]).toEqual([1, 2, 3]);
  });
});
