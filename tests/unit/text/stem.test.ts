import { describe, expect, it } from 'vitest';
import { stem } from '../../../lib/text/stem';
import { isNegation, isStopword } from '../../../lib/text/stopwords';

const same = (lang: string, ...words: string[]) => {
  const s = words.map((w) => stem(lang, w));
  expect(new Set(s).size, `${lang}: ${words.join(', ')} → ${s.join(', ')}`).toBe(1);
};

describe('stemmers', () => {
  it('conflate inflected forms per language', () => {
    same('en', 'guarantee', 'guarantees', 'guaranteed', 'guaranteeing');
    same('en', 'deploy', 'deployed', 'deploying', 'deployment');
    same('en', 'country', 'countries');
    same('en', 'reject', 'rejects', 'rejected', 'rejecting');
    same('ru', 'гарантии', 'гарантий', 'гарантиями', 'гарантия');
    same('ru', 'миротворцы', 'миротворцев', 'миротворцами');
    same('uk', 'гарантії', 'гарантіями', 'гарантій');
    same('de', 'Garantien'.toLowerCase(), 'garantie');
    same('de', 'truppen', 'truppe');
    same('fr', 'garanties', 'garantie');
    same('fr', 'elections', 'election');
    same('es', 'garantias', 'garantia');
    same('es', 'elecciones', 'eleccion');
    same('pt', 'garantias', 'garantia');
    same('pt', 'eleicoes', 'eleicao');
  });

  it('conflate irregular English forms with their base, and number words with digits', () => {
    same('en', 'buy', 'buys', 'bought', 'buying');
    same('en', 'die', 'died', 'dies', 'dying');
    same('en', 'wear', 'wore', 'worn', 'wearing');
    same('en', 'child', 'children');
    same('en', 'ten', '10');
    expect(stem('en', 'left')).not.toBe(stem('en', 'leave'));
    expect(stem('en', 'shot')).not.toBe(stem('en', 'shoot'));
  });

  it('keep distinct words apart', () => {
    expect(stem('en', 'peace')).not.toBe(stem('en', 'piece'));
    expect(stem('en', 'united')).not.toBe(stem('en', 'unity'));
  });
});

describe('stop words', () => {
  it('never drop negations', () => {
    for (const w of ['not', 'no', 'never', 'не', 'нет', 'nicht', 'kein', 'ne', 'pas', 'nunca', 'nao', "isn't", "won't"]) {
      expect(isNegation(w), w).toBe(true);
      expect(isStopword(w), w).toBe(false);
    }
    expect(isStopword('the')).toBe(true);
    expect(isStopword('und')).toBe(true);
  });
});
