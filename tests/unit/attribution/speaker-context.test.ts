import { describe, it } from 'vitest';
import { check, statementWith } from './helpers';

/** The statement holding `words` is given to the actor `actor`. */
const spokenByActor = (_case: string, text: string, words: string, actor: string) => check(statementWith(text, words), { actor });

/** A title before a name belongs to it only up to the verb before it: the subject's title is not the object's. */
describe("a name's title stops at the verb before it", () => {
  it.each([
    ['fr', "Le chef de la diplomatie russe affirme que Vladimir Poutine est disposé à offrir des garanties à Kiev.\n\n« Nous sommes prêts à en discuter », a déclaré le diplomate.", 'prêts', 'A01'],
    ['de', 'Der russische Chefdiplomat erklärte, dass Wladimir Putin zu Garantien bereit sei.\n\n„Wir sind bereit, darüber zu reden“, sagte der Chefdiplomat.', 'bereit, darüber', 'A01'],
    ['en', 'The Russian foreign minister said that Vladimir Putin was ready to offer guarantees.\n\n"We are ready to discuss it," the foreign minister said.', 'ready to discuss', 'A01'],
  ])('%s', spokenByActor);
});
