import { describe, expect, it } from 'vitest';
import { spokenBy, statements } from './helpers';

/**
 * A quote that reports someone else's words ends with their quote: the inner mark closes right before the outer one
 * ("›…in Haft.‹«", "‚…‘“", "“…” »"). The outer quote is the witness's statement, the inner one the words she reports.
 */
describe('a quote ending with a quote of its own is a statement', () => {
  it.each([
    ['de, »›…‹«', 'Gisela Rautenberg spricht leise. »Dann sagte er: ›Ihre Tochter hat eine Frau totgefahren.‹« Sie habe keine Sekunde gezweifelt.', 'Dann sagte er', 'Gisela Rautenberg'],
    ['de, „‚…‘“', 'Gisela Rautenberg spricht leise. „Dann sagte er: ‚Ihre Tochter hat eine Frau totgefahren.‘“ Sie habe keine Sekunde gezweifelt.', 'Dann sagte er', 'Gisela Rautenberg'],
    ['fr, « “…” »', 'Gisèle Martin parle doucement. « Puis il m’a dit : “Votre fille a renversé une femme.” » Elle n’a pas douté.', 'Puis il', 'Gisèle Martin'],
    ['en, “‘…’”', 'Mary Smith spoke quietly. “Then he said: ‘Your daughter hit a woman.’” She never doubted it.', 'Then he said', 'Mary Smith'],
  ])('%s', spokenBy);

  it('the inner quote is a statement too', () => {
    const text = 'Gisela Rautenberg spricht leise. »Dann sagte er: ›Ihre Tochter hat eine Frau totgefahren.‹« Sie habe keine Sekunde gezweifelt.';
    expect(statements(text).filter((s) => s.kind === 'direct').map((s) => s.text)).toEqual(['»Dann sagte er: ›Ihre Tochter hat eine Frau totgefahren.‹«', '›Ihre Tochter hat eine Frau totgefahren.‹']);
  });
});

/**
 * A headline "Topic: “words”" whose words the body quotes again: the topic is no one, and whoever says them in the body
 * said them ("Schockanruf-Prozess: »Ich dachte, …«" over the witness's paragraph).
 */
describe('a headline quote after a topic is the words of whoever says them in the body', () => {
  it.each([
    ['de', 'Schockanruf-Prozess: „Ich dachte, meine Tochter muss ins Gefängnis“\n\nGisela Rautenberg spricht leise. „Das Telefon klingelte“, sagt sie. „Ich dachte, meine Tochter muss ins Gefängnis. Da überlegt man nicht lange.“', 'muss ins Gefängnis“', 'Gisela Rautenberg'],
    ['fr', 'Arnaque-au-faux-policier : « Je pensais que ma fille irait en prison »\n\nGisèle Martin parle doucement. « Le téléphone a sonné », dit-elle. « Je pensais que ma fille irait en prison. On ne réfléchit pas. »', 'irait en prison »', 'Gisèle Martin'],
    ['en', 'Scam-trial: “I thought my daughter would go to prison”\n\nMary Smith spoke quietly. “The phone rang,” she said. “I thought my daughter would go to prison. You don’t stop to think.”', 'go to prison”', 'Mary Smith'],
  ])('%s', (_lang, text, words, name) => {
    const head = statements(text).find((s) => s.text.includes(words) && s.start < text.indexOf('\n'));
    expect(head?.speakerName).toBe(name);
  });

  it('a name the body gives someone is no topic: the headline is not moved to another speaker', () => {
    const text = 'Mbaye : « Je n’ai jamais pensé à partir »\n\nAnnoncé en Angleterre, Ousmane Mbaye reste à Marseille. « Je n’ai jamais pensé à partir », sourit le joueur.';
    const head = statements(text).find((s) => s.start < text.indexOf('\n'));
    expect(head?.speakerName ?? null).not.toBe('le joueur');
  });
});

/** A new sentence after a quote whose cue says its own words after "que", "that", "che" is not that quote's cue. */
describe('a cue with its own complement after a quote is not the quote\'s', () => {
  it.each([
    ['fr', 'Le maire, Gérard Castagné, a défendu la fermeture. « Nous n’avons pas le choix », a-t-il dit. Dans le public, plusieurs parents étaient venus. Parmi eux, Élodie, mère de deux garçons scolarisés à l’école Jean-Jaurès : « Le cycle natation de CM1, on va le faire où ? » Le maire a indiqué que des créneaux avaient été demandés.', 'cycle natation', 'Élodie'],
    ['en', 'Mayor Tom Walsh defended the closure. "We have no choice," he said. Several parents had come with their children. Among them, Ellen Price, a mother of two: "Where will the kids learn to swim?" The mayor said that slots had been requested at a pool in Albany.', 'learn to swim', 'Ellen Price'],
    ['es', 'El alcalde Marco Neri defendió el cierre. «No tenemos opción», dijo. Muchos padres habían venido con sus hijos. Entre ellos, Elena Ruiz, madre de dos niños: «¿Dónde aprenderán a nadar?» El alcalde explicó que se habían pedido turnos en Lugo.', 'aprenderán', 'Elena Ruiz'],
  ])('%s', (_lang, text, words, speaker) => {
    const s = statements(text).find((x) => x.kind === 'direct' && text.slice(x.start, x.end).includes(words));
    expect(s?.speakerName).toBe(speaker);
  });
});
