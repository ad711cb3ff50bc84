/**
 * sentenceWindow(): a few sentences of a segmented page as a Segmented of their own, equal to
 * segmenting their text again (attribution reads a statement's window through it).
 */
import { describe, expect, it } from 'vitest';
import { segment, sentenceWindow, type Segmented } from '../../../lib/text/segment';

/** Each token as key@start-end#sentence in the original, then the sentence starts. */
function view(s: Segmented): string {
  const out: string[] = [];
  for (let k = 0; k < s.tokens.length; k++) out.push(`${s.tokens.keys[k]}@${s.norm.origStart[s.tokens.start[k]]}-${s.norm.origEnd[s.tokens.end[k] - 1]}#${s.sentenceOf[k]}`);
  return `${out.join(' ')} | ${s.sentenceStart.join(',')}`;
}

const TEXTS = [
  'KYIV, Dec 4 (Newsmark) - Ukraine\'s foreign minister said on Thursday the U.S. plan "needs work". "We won\'t give up Donbas," he told reporters. Mr. Sybiha, 58, added: "Not one metre."\n\nThe Kremlin said talks would go on.',
  'Selenskyj sagte am Montag: „Wir verhandeln nicht über Land.“ Der Sprecher der Regierung, Jonas Brandt, ergänzte, man prüfe z.B. neue Sanktionen.\nBerlin — Die EU-Außenminister trafen sich in Brüssel.',
  '«Мы готовы к переговорам», — заявил глава МИД России Сергей Лавров. По его словам, т.е. уже в январе, стороны встретятся. Песков: «Пока рано».',
  "L'Élysée a réagi jeudi. « C'est inacceptable », a déclaré le ministre. Selon l'AFP, la réunion aura lieu à Genève… Ou pas ?",
  'Café\u0301 owners in São Paulo — and the EE.UU. embassy — said “sí”. Zelenskyy\u00ad’s office: no comment.',
];

describe('sentenceWindow', () => {
  it.each(TEXTS.map((t, i) => [i, t]))('cuts text %i into windows equal to segmenting their text again', (_i, text) => {
    const seg = segment(text as string);
    const n = seg.sentenceStart.length;
    expect(n).toBeGreaterThan(1);
    for (let s1 = 0; s1 < n; s1++) {
      for (const back of [0, 1, 4]) {
        const s0 = Math.max(0, s1 - back);
        const w = sentenceWindow(seg, s0, s1);
        expect(view(w.segmented)).toBe(view(segment((text as string).slice(w.from, w.to))));
        expect(w.segmented.sentenceStart.length).toBe(s1 - s0 + 1);
      }
    }
  });

  it('spans from the first sentence\'s first word to the last sentence\'s last one', () => {
    const text = '  First one here. Second one there. Third.';
    const w = sentenceWindow(segment(text), 1, 2);
    expect(text.slice(w.from, w.to)).toBe('Second one there. Third');
  });
});
