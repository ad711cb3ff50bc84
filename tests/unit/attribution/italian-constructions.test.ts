import { describe, it } from 'vitest';
import { check, statementWith, type Expect } from './helpers';

/**
 * The constructions by which Italian news copy names, and names again, the person who speaks, one passage or more
 * each (invented wire copy). `name` is who said it; `speaker` the mention next to the cue as written.
 */
type Case = [label: string, text: string, words: string, want: Expect];

const run = (cases: Case[]) =>
  it.each(cases)('%s', (_l, text, words, want) => {
    check(statementWith(text, words), want);
  });

describe('Italian: where the speaker stands around the cue', () => {
  run([
    ['preposed, colon', "Il presidente della Regione Lombardia, Stefano Ruggeri, ha parlato in apertura del consiglio. Ha detto: «Il bilancio sarà approvato entro dicembre».", 'bilancio sarà approvato', { name: 'Stefano Ruggeri' }],
    ['preposed, che', "La ministra della Salute, Elena Fabbri, ha detto martedì che i pronto soccorso resteranno aperti tutta l'estate.", 'pronto soccorso', { kind: 'indirect', name: 'Elena Fabbri' }],
    ['postposed, name', "Il consiglio di amministrazione si è riunito lunedì. «I conti sono solidi e il debito scende», ha dichiarato Davide Marchetti, direttore finanziario del gruppo.", 'conti sono solidi', { speaker: 'Davide Marchetti', name: 'Davide Marchetti' }],
    ['ha detto il premier', "Il presidente del Consiglio Lorenzo Conti ha ricevuto i sindacati a Palazzo Chigi. «Non faremo marcia indietro sulle pensioni», ha detto il premier.", 'marcia indietro', { speaker: 'il premier', name: 'Lorenzo Conti' }],
    ['ha spiegato, no subject', "La sindaca di Bologna Valentina Greco ha presentato il piano per la mobilità. «Le nuove linee partiranno a settembre», ha spiegato.", 'nuove linee', { speaker: null, name: 'Valentina Greco' }],
    ['incise inside the quote', "«Andremo fino in fondo - ha detto Antonio Esposito, segretario della Fiom di Napoli -. Lo sciopero continua giovedì».", 'sciopero continua', { name: 'Antonio Esposito' }],
    ['headline Name: «…»', "Ruggeri: «Sull'autonomia non arretriamo»\n\nIl governatore Stefano Ruggeri ha parlato sabato a Bergamo davanti ai sindaci della provincia. «Roma deve ascoltare i territori», ha detto Ruggeri.", 'non arretriamo', { name: 'Stefano Ruggeri' }],
    ['secondo lui', "Il sindaco di Parma, Paolo Gatti, ha visitato la zona alluvionata martedì. Secondo lui, la provinciale sarà riaperta entro lunedì.", 'provinciale sarà riaperta', { kind: 'indirect', name: 'Paolo Gatti' }],
    ['secondo lei', "Il prefetto Marco Berti e la sindaca Chiara Longo hanno visitato l'argine. Secondo lei, i lavori dovevano partire due anni fa.", 'lavori dovevano', { kind: 'indirect', name: 'Chiara Longo' }],
    ['per il ministro, …', "Il ministro dell'Economia, Davide Marchetti, ha presentato la manovra mercoledì. Per il ministro, il taglio delle tasse resta possibile nel 2027.", 'taglio delle tasse', { kind: 'indirect', name: 'Davide Marchetti' }],
    ['pro-drop Ha aggiunto', "«Il governo ha tradito gli agricoltori», ha attaccato la segretaria del Pd Giulia Serra. Ha aggiunto che il suo partito presenterà una mozione di sfiducia.", 'mozione di sfiducia', { kind: 'indirect', name: 'Giulia Serra' }],
    ["quest'ultimo", "Il ministro dell'Interno Paolo Gatti ha ricevuto il sindaco di Torino, Marco Berti. «La sicurezza è un compito di tutti», ha assicurato quest'ultimo dopo l'incontro.", 'compito di tutti', { name: 'Marco Berti' }],
    ["quest'ultima", "Il deputato Marco Berti ha interrogato la ministra Elena Fabbri. Quest'ultima ha risposto che il piano sarà finanziato da gennaio.", 'piano sarà finanziato', { kind: 'indirect', name: 'Elena Fabbri' }],
    ['il titolare del Viminale', "Il ministro dell'Interno Paolo Gatti è arrivato a Lampedusa. «Gli sbarchi sono calati del trenta per cento», ha detto il titolare del Viminale.", 'sbarchi sono calati', { name: 'Paolo Gatti' }],
    ["l'ex premier", "L'ex premier Lorenzo Conti ha presentato il suo libro a Roma con la giornalista Chiara Longo. «Ho visto il potere da vicino», ha raccontato l'ex premier.", 'potere da vicino', { name: 'Lorenzo Conti' }],
    ['la leader', "La leader di Azione Civica, Giulia Serra, ha incontrato il segretario della Cgil Antonio Esposito. «Serve un salario minimo per legge», ha detto la leader.", 'salario minimo', { name: 'Giulia Serra' }],
    ['il Guardasigilli', "Il ministro della Giustizia Stefano Ruggeri ha presentato la riforma al Senato. «Nessuno vuole limitare l'indipendenza dei magistrati», ha assicurato il Guardasigilli.", 'indipendenza dei magistrati', { name: 'Stefano Ruggeri' }],
    ["il capo dello Stato", "Il presidente della Repubblica Marco Berti ha ricevuto il cancelliere tedesco al Quirinale. «L'Europa deve restare unita», ha detto il capo dello Stato.", 'restare unita', { name: 'Marco Berti' }],
    ['il 54enne', "L'imprenditore Davide Marchetti, 54 anni, è comparso davanti al gip di Milano. «Non ho sottratto un euro», ha detto il 54enne.", 'sottratto un euro', { name: 'Davide Marchetti' }],
    ["l'interessato", "Il senatore Antonio Esposito è indagato per peculato. «Non ho nulla da rimproverarmi», ha replicato l'interessato.", 'nulla da rimproverarmi', { name: 'Antonio Esposito' }],
  ]);
});

describe('Italian: source frames', () => {
  run([
    ['secondo X', "Secondo il procuratore di Catania, Marco Berti, l'uomo ha agito da solo.", "l'uomo ha agito", { kind: 'indirect', name: 'Marco Berti' }],
    ['a detta di X', "A detta della direttrice dell'ospedale, Elena Fabbri, mancano un centinaio di posti letto.", 'centinaio di posti', { kind: 'indirect', name: 'Elena Fabbri' }],
    ['per X, …', "Per l'economista Valentina Greco, il rialzo dei tassi frenerà il mercato immobiliare fino al 2027.", 'rialzo dei tassi', { kind: 'indirect', name: 'Valentina Greco' }],
    ['il suo portavoce', "Il ministro Paolo Gatti non ha commentato. «Nessuna decisione è stata presa», ha fatto sapere il suo portavoce, Luca Ferri.", 'Nessuna decisione', { name: 'Luca Ferri' }],
    ['intervistato da (a newspaper)', "Intervistato dal Corriere della Sera, il sindaco di Firenze, Davide Marchetti, ha detto che la tramvia sarà pronta nel 2028.", 'tramvia sarà pronta', { kind: 'indirect', name: 'Davide Marchetti' }],
    ['ha detto a Repubblica', "La ministra Elena Fabbri prepara la riforma. «Non arretrerò sull'apprendistato», ha detto a Repubblica.", "sull'apprendistato", { name: 'Elena Fabbri' }],
    ["ha detto all'ANSA, then the name", "«I soccorritori hanno trovato due superstiti sotto le macerie», ha detto all'ANSA il sindaco del paese, Paolo Gatti.", 'due superstiti', { name: 'Paolo Gatti' }],
    ['citato da', "«Non siamo mai stati consultati», ha dichiarato il presidente della federazione, Antonio Esposito, citato dal Sole 24 Ore.", 'mai stati consultati', { name: 'Antonio Esposito' }],
    ['fa sapere X', "Il vertice di maggioranza è slittato a giovedì. «Non c'è nessuna crisi», fa sapere il vicepremier Stefano Ruggeri.", 'nessuna crisi', { name: 'Stefano Ruggeri' }],
    ['stando a X', "Stando al presidente dell'Istat, Marco Berti, l'inflazione scenderà sotto il due per cento.", "l'inflazione scenderà", { kind: 'indirect', name: 'Marco Berti' }],
  ]);
});

describe('Italian: naming again', () => {
  run([
    ['surname alone', "«Lo stabilimento non chiuderà», ha promesso l'amministratore delegato Davide Marchetti davanti agli operai. La ministra Elena Fabbri si è detta prudente. «Vedremo a marzo», ha aggiunto Marchetti.", 'Vedremo a marzo', { name: 'Davide Marchetti' }],
    ['role named before', "La ministra della Difesa, Chiara Longo, è arrivata a Taranto con il generale Paolo Gatti. «Le nostre scorte di munizioni non bastano», ha ammesso la ministra.", 'scorte di munizioni', { name: 'Chiara Longo' }],
    ['il diplomatico', "Il diplomatico Marco Berti ha guidato i negoziati con la ministra Giulia Serra. «Un accordo è a portata di mano», ha detto il diplomatico.", 'portata di mano', { name: 'Marco Berti' }],
    ['il leghista', "Il leghista Stefano Ruggeri ha duellato in tv con la ministra Elena Fabbri. «La vostra manovra è ingiusta», ha attaccato il leghista.", 'manovra è ingiusta', { name: 'Stefano Ruggeri' }],
    ['lei after a man named last', "La senatrice Chiara Longo ha interrogato il ministro Paolo Gatti. «Dove sono i fondi promessi?», ha chiesto lei.", 'fondi promessi', { name: 'Chiara Longo' }],
    ['pro-drop continues the subject', "Il segretario della Cgil Antonio Esposito ha incontrato la ministra Elena Fabbri. «Non c'è stato alcun passo avanti», ha dichiarato all'uscita.", 'alcun passo avanti', { name: 'Antonio Esposito' }],
    ['la sua avvocata', "Il cantante Davide Marchetti è indagato per evasione fiscale. «Il mio assistito contesta fermamente le accuse», ha dichiarato la sua avvocata, Elena Fabbri.", 'contesta fermamente', { name: 'Elena Fabbri' }],
    ['il sessantenne, a woman named between', "Il sindacalista Antonio Esposito, 63 anni, è stato ricevuto dalla prefetta Chiara Longo. «Ci prendono in giro», ha detto il sessantenne.", 'prendono in giro', { name: 'Antonio Esposito' }],
  ]);
});

describe('Italian: paragraphs of quotes', () => {
  run([
    ['continues the previous speaker', "«La situazione è grave», ha detto il sindaco di Genova, Marco Berti, lunedì.\n\n«Chiediamo l'aiuto dello Stato».", "l'aiuto dello Stato", { name: 'Marco Berti' }],
    ['not across a new speaker with a cue', "«Le casse sono vuote», ha detto il sindaco Paolo Gatti.\n\nLa sua avversaria, la consigliera Chiara Longo, ha risposto con una nota lunedì.\n\n«Ha speso senza controllo per sei anni».", 'speso senza controllo', { name: 'Chiara Longo' }],
  ]);
});

describe('Italian: who is not the speaker', () => {
  run([
    ['the addressee, reporters', "Il ministro Paolo Gatti è uscito da Palazzo Chigi. «Non è deciso nulla», ha detto ai cronisti.", 'deciso nulla', { name: 'Paolo Gatti' }],
    ['a person named inside the quote', "La deputata Chiara Longo ha preso la parola. «Il ministro Paolo Gatti deve dimettersi», ha detto.", 'deve dimettersi', { name: 'Chiara Longo' }],
    ['a person in a relative clause', "La ministra Elena Fabbri, che ha incontrato il sindacalista Antonio Esposito lunedì, ha assicurato che la riforma andrà avanti.", 'riforma andrà avanti', { kind: 'indirect', name: 'Elena Fabbri' }],
    ['the place of a role', "«La città non pagherà», ha detto il sindaco di Bari, Antonio Esposito.", 'non pagherà', { name: 'Antonio Esposito' }],
    ['a newspaper that reports', "Secondo la Stampa, il ministro Paolo Gatti ha detto che la manovra sarà rivista.", 'manovra sarà rivista', { name: 'Paolo Gatti' }],
  ]);
});

/** Given names that are a man's in Italian copy and a woman's elsewhere: "Nicola", "Michele", "Simone". */
describe('an Italian man named Nicola or Michele', () => {
  it.each([
    ['it, "la pm" is the prosecutor, not the accused Nicola', "«Non fu un litigio, ma un'esecuzione». Con queste parole il pubblico ministero Francesca Lorusso ha aperto la requisitoria. Alla sbarra c'è Nicola Loiudice, 61 anni, accusato di omicidio. Secondo la pm, l'uomo avrebbe atteso la vittima all'ingresso del fondo.", "avrebbe atteso", 'Francesca Lorusso'],
    ['it, "il legale" is the lawyer Michele (read so already)', "La pm Francesca Lorusso ha chiesto l'ergastolo. La famiglia della vittima è assistita dall'avvocato Michele Digregorio. «Questa famiglia aspetta giustizia da due anni», ha detto il legale.", 'aspetta giustizia', 'Michele Digregorio'],
    ['en (guard: Nicola is a woman in English copy)', 'First Minister Nicola Sturgeon spoke to reporters in Edinburgh on Monday. "We will not stand in the way of a vote," she said.', 'stand in the way', 'Nicola Sturgeon'],
    ['fr (guard: Michèle is a woman in French copy)', "Michèle Dupont, maire de la commune, a reçu les habitants lundi. « Nous ne fermerons pas l'école », a-t-elle assuré.", "fermerons pas", 'Michèle Dupont'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

/** A common Italian given name opens a name even with no role before it, so the age noun after it is that person. */
describe('an Italian given name in apposition to a description', () => {
  it('it, "una vicina di casa, Loredana Bini" is whom "la 58enne" is', () => {
    const text = "A far scattare l'allarme è stata una vicina di casa, Loredana Bini, che ha notato il giovane uscire dal portone. «Non l'avevo mai visto e aveva fretta», spiega la 58enne.";
    check(statementWith(text, 'aveva fretta'), { name: 'Loredana Bini' });
  });
});
