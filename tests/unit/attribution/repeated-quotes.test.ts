import { describe, expect, it } from 'vitest';
import { check, statements } from './helpers';

/** A headline quotes a line of the body, whole or cut: the body's speaker said it. */
describe('a quotation with no speaker that the body repeats', () => {
  it.each([
    ['fr, the start of a longer quote', "« Nous ne serons pas la variable d'ajustement » : au Sénat, la fronde des élus\n\nLes sénateurs ont voté mardi. « Nous ne serons pas la variable d'ajustement d'un État qui n'a jamais su tenir ses dépenses », a tonné Jean-Marc Delorme, sénateur de la Haute-Loire.", 'Jean-Marc Delorme'],
    ['fr, words cut from the middle', "Grève chez Logivia : « On nous demande de courir, mais on ne nous paie pas plus »\n\nDevant les grilles, les braseros fument. « On nous demande de courir toute la journée, de scanner toujours plus de colis, mais on ne nous paie pas plus », résume Mamadou Diallo, délégué CGT.", 'Mamadou Diallo'],
    ['de (read so already)', 'Streik bei Logivia: „Wir sind am Ende unserer Kräfte“\n\nVor dem Tor brennen Feuer. „Wir sind am Ende unserer Kräfte, und niemand hört uns zu“, sagte Betriebsrätin Anna Kessler.', 'Anna Kessler'],
    ['en (read so already)', '‘We will not be the ones who pay for this’: councils revolt\n\nCouncil leaders met on Tuesday. “We will not be the ones who pay for this mess,” said Helen Marsh, who leads the county council.', 'Helen Marsh'],
  ])('%s', (_l, text, name) => {
    const [headline] = statements(text);
    expect(headline.start).toBeLessThan(text.indexOf('\n'));
    check(headline, { kind: 'direct', name });
  });

  it('leaves a quotation inside another one to its own speaker: "Il m\'a dit : “…”"', () => {
    const text = "Martine habite en face. « Il m'a juste dit : “Ne t'inquiète pas, ils n'ont pas touché au chat.” C'est tout lui », raconte Martine Roux.";
    const inner = statements(text).find((s) => s.text.startsWith('“Ne'));
    expect(inner?.speakerName).not.toBe('Martine Roux');
  });
});
