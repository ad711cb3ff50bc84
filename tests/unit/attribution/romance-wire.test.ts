import { describe, expect, it } from 'vitest';
import { check, statementWith, statements } from './helpers';

/** Reported speech as French, Spanish, Italian and Portuguese wire copy writes it. */
describe('a role with its complement, then the name in apposition, before the cue', () => {
  it.each([
    ['fr', 'Le ministre des Transports, Paul Girardin, a estimé que la grève serait injustifiée avant les fêtes.', 'grève', 'Paul Girardin'],
    ['es', 'La ministra de la Vivienda, Marta Ibáñez, aseguró que los alquileres bajarán el próximo año.', 'alquileres', 'Marta Ibáñez'],
    ['it', 'Il presidente della Regione, Carlo Moretti, ha detto che i fondi arriveranno entro marzo.', 'fondi', 'Carlo Moretti'],
    ['pt', 'O ministro das Finanças, Rui Tavares, afirmou que o défice ficará abaixo da meta.', 'défice', 'Rui Tavares'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'indirect', name });
  });
});

describe('a role whose complement names a ministry, then the name with no comma', () => {
  it.each([
    ['fr', 'Le ministre des Affaires étrangères Henri Ballard a estimé que la proposition était inacceptable.', 'proposition', 'Henri Ballard'],
    ['it', 'Il ministro degli Esteri Marco Berti ha detto che il vertice resta in programma.', 'vertice', 'Marco Berti'],
    ['es', 'El ministro de Hacienda Luis Carrasco afirmó que el déficit se reducirá este año.', 'déficit', 'Luis Carrasco'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'indirect', name });
  });
});

describe('reported speech that holds a quotation keeps its marks', () => {
  it.each([
    ['fr (closing mark after its space)', 'Selon la ministre, le projet de loi devra encore être « largement amendé ».', 'le projet de loi devra encore être « largement amendé »'],
    ['fr (opening mark before its space)', 'Le syndicat a jugé « inacceptable » de reporter encore la réunion.', '« inacceptable » de reporter encore la réunion'],
    ['fr (no-break spaces)', 'Selon la ministre, le projet de loi devra encore être «\u00a0largement amendé\u00a0».', 'le projet de loi devra encore être «\u00a0largement amendé\u00a0»'],
  ])('%s', (_l, text, content) => {
    expect(statements(text).map((s) => s.text)).toContain(content);
  });

  it.each([
    ['fr', "Le maire a assuré qu'il ne démissionnerait pas avant la fin de son mandat.", 'il ne démissionnerait pas avant la fin de son mandat'],
    ['it', "Il sindaco ha detto che l'ospedale riaprirà entro la fine dell'anno.", "l'ospedale riaprirà entro la fine dell'anno"],
    ['pt', "O autarca garantiu que o hospital reabrirá até ao final do ano.", 'o hospital reabrirá até ao final do ano'],
  ])('an elided "that" leaves its apostrophe out of the content (%s)', (_l, text, content) => {
    expect(statements(text).map((s) => s.text)).toContain(content);
  });
});

describe('a headline whose subject stands before the quotation is mixed', () => {
  it.each([
    ['fr', 'Kiev « ne lâchera pas un mètre », prévient le ministre ukrainien', 'Kiev « ne lâchera pas un mètre »'],
    ['es', 'El Gobierno «no cederá ni un milímetro», asegura la ministra', 'El Gobierno «no cederá ni un milímetro»'],
    ['it', 'Roma «non farà marcia indietro», assicura il ministro', 'Roma «non farà marcia indietro»'],
    ['pt', 'Lisboa «não vai recuar nem um milímetro», garante o ministro', 'Lisboa «não vai recuar nem um milímetro»'],
  ])('%s', (_l, text, content) => {
    const s = statementWith(text, content);
    expect(s.text).toBe(content);
    expect(s.kind).toBe('mixed');
  });

  it.each([
    ['fr', '« Nous ne lâcherons rien », prévient le ministre ukrainien'],
    ['es', '«No cederemos ni un milímetro», asegura la ministra'],
    ['it', '«Non faremo marcia indietro», assicura il ministro'],
  ])('and the quotation alone is direct (%s)', (_l, text) => {
    expect(statements(text)[0].kind).toBe('direct');
  });
});

describe('a cue after the content, then when and where it was said', () => {
  it.each([
    ['de', 'Die Regierung habe den Entwurf bereits gebilligt, sagte Ministerin Anke Vollmer am Dienstag nach einem Treffen mit ihrem französischen Kollegen.', 'Die Regierung habe den Entwurf bereits gebilligt', 'Anke Vollmer'],
    ['fr', "Le gouvernement a déjà approuvé le projet, a déclaré Hélène Castel mardi après une réunion avec son homologue allemand.", 'Le gouvernement a déjà approuvé le projet', 'Hélène Castel'],
    ['es', 'El Gobierno ya aprobó el proyecto, dijo Lucía Navarro el martes tras una reunión con su homólogo alemán.', 'El Gobierno ya aprobó el proyecto', 'Lucía Navarro'],
    ['it', 'Il governo ha già approvato il progetto, ha detto Giulia Serra martedì dopo un incontro con il suo omologo tedesco.', 'Il governo ha già approvato il progetto', 'Giulia Serra'],
  ])('%s', (_l, text, content, name) => {
    const s = statementWith(text, content);
    expect(s.text).toBe(content);
    check(s, { kind: 'indirect', name });
  });

  it.each([
    ['de', 'Hamburg (dpa) - Der Hafen werde im Frühjahr wieder voll arbeiten, sagte Senator Jens Hollmann am Montag.', 'Der Hafen werde im Frühjahr wieder voll arbeiten'],
    ['pt', 'Coimbra, 3 mar 2026 (Lusa) - O hospital vai reabrir em abril, disse a diretora clínica Ana Morais.', 'O hospital vai reabrir em abril'],
    ['es', 'Sevilla (EFE) - El puerto volverá a operar en primavera, dijo el consejero Pablo Lozano.', 'El puerto volverá a operar en primavera'],
  ])('a dateline with its agency in brackets is not content (%s)', (_l, text, content) => {
    expect(statementWith(text, content).text).toBe(content);
  });
});

describe('an adverbial phrase between the auxiliary and the cue', () => {
  it.each([
    ['fr', "La maire Claire Vasseur a de nouveau assuré que l'école rouvrirait en septembre.", 'école', 'Claire Vasseur'],
    ['es', 'La alcaldesa Marta Gil ha por su parte asegurado que el colegio abrirá en septiembre.', 'colegio', 'Marta Gil'],
    ['it', 'Il sindaco Paolo Conti ha di nuovo detto che la scuola riaprirà a settembre.', 'scuola', 'Paolo Conti'],
    ['fr (en revanche)', "Le maire Denis Aubry a en revanche estimé que l'école devait rester fermée.", 'école', 'Denis Aubry'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'indirect', name });
  });
});

describe('verbs of repeating and reaffirming are cues', () => {
  it.each([
    ['fr', 'Le ministre Paul Girardin a répété que la réforme serait votée avant l’été.', 'réforme', 'Paul Girardin'],
    ['es', 'El ministro Luis Carrasco reafirmó que la reforma se aprobará antes del verano.', 'reforma', 'Luis Carrasco'],
    ['it', 'Il ministro Marco Berti ha ripetuto che la riforma sarà approvata prima dell’estate.', 'riforma', 'Marco Berti'],
    ['pt', 'O ministro Rui Tavares repetiu que a reforma será aprovada antes do verão.', 'reforma', 'Rui Tavares'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'indirect', name });
  });

  it('Italian "si è detto" reports what its subject declares himself', () => {
    check(statementWith('Il presidente Marco Rinaldi si è detto pronto a indire nuove elezioni entro tre mesi.', 'elezioni'), { kind: 'indirect', name: 'Marco Rinaldi' });
  });
});

describe('a cue, an indefinite article and a quoted noun phrase make a mixed statement', () => {
  it.each([
    ['fr', 'Le syndicat a dénoncé une « provocation inacceptable de la direction ».', 'une « provocation inacceptable de la direction »'],
    ['es', 'El sindicato denunció una «provocación inaceptable de la dirección».', 'una «provocación inaceptable de la dirección»'],
    ['it', 'Il sindacato ha denunciato una «provocazione inaccettabile della direzione».', 'una «provocazione inaccettabile della direzione»'],
    ['pt', 'O sindicato denunciou uma «provocação inaceitável da direção».', 'uma «provocação inaceitável da direção»'],
    ['fr (one word)', 'Le syndicat a dénoncé un « bricolage ».', 'un « bricolage »'],
    ['es (one word)', 'El sindicato denunció un «chantaje».', 'un «chantaje»'],
    ['it (one word)', 'Il sindacato ha denunciato un «ricatto».', 'un «ricatto»'],
  ])('%s', (_l, text, content) => {
    const s = statementWith(text, content);
    expect(s.text).toBe(content);
    check(s, { kind: 'mixed', speaker: text.split(/ (a|ha) | denunci/)[0] });
  });
});

describe('an article elided onto the speaker noun', () => {
  it.each([
    ['fr', "L'opposition a aussitôt dénoncé une réforme écrite à la hâte.", 'réforme', 'opposition'],
    ['it', "L'opposizione ha denunciato che la riforma è stata scritta in fretta.", 'riforma', 'opposizione'],
    ['fr (after a comma)', "A Lyon, l'association a estimé que le projet menaçait la rivière.", 'rivière', 'association'],
  ])('%s', (_l, text, words, speaker) => {
    check(statementWith(text, words), { kind: 'indirect', speaker });
  });
});

describe('a sentence that points back ("Lo ha detto X", "Así lo afirmó X") names who said the one before', () => {
  it.each([
    ['it', "(ANSA) - TORINO, 4 MAR - La linea della metropolitana riaprirà entro la fine di aprile. Lo ha detto l'assessora Chiara Fenoglio in consiglio comunale.", 'La linea della metropolitana riaprirà entro la fine di aprile', 'Chiara Fenoglio'],
    ['es', 'SEVILLA, 4 Mar. - La línea de metro reabrirá antes de finales de abril. Así lo ha asegurado la consejera de Fomento, Rocío Sanz, en el Parlamento andaluz.', 'La línea de metro reabrirá antes de finales de abril', 'Rocío Sanz'],
    ['es (lo dijo)', 'La línea de metro reabrirá antes de finales de abril. Lo dijo la consejera Rocío Sanz en el Parlamento.', 'La línea de metro reabrirá antes de finales de abril', 'Rocío Sanz'],
  ])('%s', (_l, text, content, name) => {
    const s = statementWith(text, content);
    expect(s.text).toBe(content);
    check(s, { kind: 'indirect', name });
  });

  it('not "lo" as an article', () => {
    const text = 'La linea della metropolitana riaprirà entro aprile. Lo sciopero dei tranvieri ha detto poco ai passeggeri.';
    expect(statements(text).some((s) => s.text.includes('metropolitana'))).toBe(false);
  });
});
