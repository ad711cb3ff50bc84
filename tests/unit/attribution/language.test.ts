import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../lib/attribution/doc';
import { isEnglish, isGerman } from '../../../lib/attribution/language';
import { segment } from '../../../lib/text/segment';

const doc = (text: string) => makeDoc(text, segment(text));

const english = 'The minister said on Monday that the talks would resume, and that the delegation was ready to travel to Geneva with a new plan.';
const german = 'Der Minister sagte am Montag, dass die Gespräche wieder aufgenommen würden und die Delegation mit einem neuen Plan nach Genf reisen werde.';
const polish = 'Minister powiedział w poniedziałek, że rozmowy zostaną wznowione, a to oznacza, że delegacja pojedzie do Genewy z nowym planem, bo to jest ważne.';
// a German lead with an English title and an English quotation in it
const germanWithEnglish = 'Der Sender zeigte „The World at War“, und der Minister sagte, dass die Serie nicht mit der Lage in Europa zu vergleichen sei.';

describe('which language a text reads as', () => {
  it('reads English copy as English at both strengths, and not as German', () => {
    expect(isEnglish(doc(english), 'present')).toBe(true);
    expect(isEnglish(doc(english), 'prevailing')).toBe(true);
    expect(isGerman(doc(english))).toBe(false);
  });

  it('reads German copy as German, even with an English title in it', () => {
    expect(isGerman(doc(german))).toBe(true);
    expect(isGerman(doc(germanWithEnglish))).toBe(true);
    expect(isEnglish(doc(germanWithEnglish), 'present')).toBe(false);
  });

  it('does not take Polish copy for English text, whose rules would misread its dashes', () => {
    expect(isEnglish(doc(polish), 'prevailing')).toBe(false);
    expect(isGerman(doc(polish))).toBe(false);
  });

  it('reads a text with only a few English function words as English, but not as prevailingly so', () => {
    const plain = 'Minister powiedział w poniedziałek, że rozmowy zostaną wznowione, a delegacja pojedzie do Genewy z nowym planem.';
    const mixed = `${plain} ${plain} ${plain} ${plain} Podpis: The minister and the delegation is ready.`;
    expect(isEnglish(doc(mixed), 'present')).toBe(true);
    expect(isEnglish(doc(mixed), 'prevailing')).toBe(false);
  });
});
