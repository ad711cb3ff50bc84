/**
 * German clause syntax for the speaker passes: who the subject of a main clause is when German word order puts
 * it after the finite verb ("In einer Erklärung teilte das Ministerium mit:", "Dazu sagte der Sprecher:"), and
 * which phrases cannot be a subject (one after a preposition, one in the dative or accusative).
 *
 * German capitalises every noun, so the words the other passes read as names are nouns here; German marks the
 * finite verb by its place instead: second in a main clause, after one constituent (the Vorfeld). These helpers
 * read that order from capitalisation and a few closed word classes. They only run on German text (isGerman, language.ts).
 */
import { foldString } from '../text/normalize';
import { tokenize } from '../text/segment';
import { AUX, COMP, DET, MOOD, PRON, PRON_F, PRON_M, STOP, TAIL, VERB } from './cues';
import { NAME_GIVEN, breaksBefore, commaBefore, isCapitalized, isRole, type Doc } from './doc';
import { masculineNominativePerson, nameRunEnd, phraseAfter, phraseAt, type Phrase } from './speaker';

const keySet = (words: string): Set<string> => new Set(tokenize(foldString(words)).keys);

/** Prepositions: the phrase after one is an adverbial or an object, never the subject. */
const PREP = keySet(
  'in im ins bei beim seit nach zu zum zur auf aus für mit über unter während von vom vor wegen trotz gegen gegenüber ' +
    'angesichts laut als am an ans durch um ohne gemäß bis ab neben zwischen hinter innerhalb außerhalb anlässlich ' +
    'seitens dank entgegen infolge aufgrund mittels passend',
);

/** Prepositions that are also particles of surnames. */
const NAME_PREP = keySet('von vom zu zum zur');

/** Articles of the dative, accusative or genitive: the phrase they open is not the subject. */
const OBLIQUE = keySet('den dem des einen einem eines');

/** Articles of an object that can follow the subject's name after the verb ("nannte Anna Berg die Pläne …"). */
const OBJECT_ART = keySet('die das den dem ein eine einen einem');

/** Articles and possessives a subject can open with. */
const NOMINATIVE = keySet('der die das ein eine dessen deren sein seine ihr ihre');

/** Words that open a Vorfeld which is not the subject: adverbs and connectives ("Dazu sagte …", "Später erklärte …"). */
const ADVERB = keySet(
  'dazu dabei darin darauf daraufhin darüber dagegen daher damit danach davor dann damals zudem außerdem später ' +
    'weiter weiterhin ferner hier dort auch jedoch allerdings zuvor bereits ebenso ebenfalls deshalb deswegen ' +
    'trotzdem dennoch inzwischen mittlerweile zuletzt schließlich erst noch letztlich insbesondere besonders zunächst ' +
    'anschließend vorher kürzlich jetzt nun heute gestern gleichzeitig zugleich so demnach demzufolge offenbar ' +
    'wörtlich abschließend ergänzend aktuell derzeit zwar immerhin vielmehr sogar gerade ausdrücklich erneut ' +
    'bisher seither zuerst stets oft häufig vermutlich wohl angeblich insgesamt erstmals ursprünglich alle',
);

/** Adverbs by their ending ("Ursprünglich", "Relativierend", "Möglicherweise", "Erstmals"): names do not end so. */
function adverbLike(key: string): boolean {
  return ADVERB.has(key) || (key.length > 6 && /(lich|weise|mals|ierend|ssend)$/.test(key));
}

/** Quantifiers and demonstratives that open a noun phrase ("Jegliche Verantwortung", "Diese Frage"): not a name. */
// (and the indefinite ones: "Viele arbeiteten seit Monaten über ihre Stundenzahl hinaus." is no one who speaks)
const QUANTIFIER = keySet('jegliche jeglichen jede jeder jedes diese dieser dieses solche keine kein keinen viele einige manche alle beide andere mehrere wenige etliche zahlreiche');

/** Focus particles that can stand before a subject in the Vorfeld. */
const FOCUS = keySet('auch selbst sogar nur gerade allein');

/** Conjunctions that open a subordinate clause before the main one ("Als ein Fluggast half, rief der Mann:"). */
const SUBORD = keySet('als wenn nachdem weil da obwohl während bevor seitdem sobald indem falls wie warum weshalb wieso ob dass');

/** Words inside a noun phrase or between clauses that are never the finite verb. */
const NOT_VERB = keySet('und oder sowie bzw sondern aber wie als zu nicht nur noch auch sehr so etwa rund fast mehr');

/** Adjectives in -te that stand before a noun ("die erste Sitzung"): not past-tense verbs. */
const ADJ_TE = keySet('erste zweite dritte vierte fünfte letzte nächste gute breite rechte linke weite meiste beste größte heute');

/**
 * Whether the text is German: its first 1,500 words hold more German function words than English ones (language.ts,
 * counted by makeDoc in its pass over the tokens), three at least, or one in a short text that opens its quotes
 * German-style („…“).
 */
export function isPreposition(d: Doc, k: number): boolean {
  return k >= 0 && k < d.n && PREP.has(d.keys[k]);
}

/**
 * Whether a phrase read as a subject cannot be one in German: it follows a preposition ("In einer Erklärung"),
 * opens with an oblique article ("Den Unmut der Partei"), or is a lone adverb that opens the sentence ("Dazu").
 */
export function notSubject(d: Doc, ph: Phrase): boolean {
  if (d.flags[ph.a] & (PRON_M | PRON_F)) return false;
  if (ph.a > 0 && !breaksBefore(d, ph.a) && isPreposition(d, ph.a - 1)) return true;
  if (OBLIQUE.has(d.keys[ph.a])) return true;
  if (ph.b - ph.a === 1 && (adverbLike(d.keys[ph.a]) || PREP.has(d.keys[ph.a]))) return true;
  // a phrase that opens with its preposition, the capital only the sentence's ("Angesichts solcher Alternativen"; not the
  // particles of names, "von der Leyen", "zu Guttenberg")
  if (PREP.has(d.keys[ph.a]) && !NAME_PREP.has(d.keys[ph.a])) return true;
  // "er" right after the verb is its subject, whatever the Vorfeld holds ("Deren Forderungen bezeichnete er als …",
  // "Die Rede der Kanzlerin lobte er …"); "sie" when the Vorfeld names no person ("Die Pläne nannte sie …": after a
  // person it may be the object)
  const v = ph.b;
  if (v + 1 < d.n && d.flags[v] & VERB && !isCapitalized(d, v) && !breaksBefore(d, v) && !breaksBefore(d, v + 1) && (d.flags[v + 1] & PRON_M || (d.flags[v + 1] & PRON_F && !personish(d, ph)))) return true;
  // a reflexive verb and a person after it: "Skeptisch äußert sich die Ökonomin Judith Hofer", "Zufrieden zeigte sich
  // Trainer Paul Mattes" — the Vorfeld says how, the subject follows
  if (v + 2 < d.n && d.keys[v + 1] === 'sich' && !breaksBefore(d, v + 1) && !breaksBefore(d, v + 2) && personAfterVerb(d, v, Math.min(d.n, v + 10))) return true;
  return false;
}

function isNumber(d: Doc, k: number): boolean {
  const c = d.text.charCodeAt(d.ts[k]);
  return c >= 48 && c <= 57;
}

/** Whether token k can be the finite verb of a clause whose Vorfeld ends before it. */
function verbAt(d: Doc, k: number): boolean {
  const f = d.flags[k];
  if (f & VERB) return true;
  if (isCapitalized(d, k) || f & (DET | STOP | COMP | PRON) || isNumber(d, k)) return false;
  const key = d.keys[k];
  if (PREP.has(key) || NOT_VERB.has(key) || adverbLike(key)) return false;
  if (f & AUX) return true;
  // an adjective before its noun ("verbliebenen Flüchtlingen") ends like one and leans on a capitalised word
  if (k + 1 < d.n && !breaksBefore(d, k + 1) && isCapitalized(d, k + 1) && /(e|en|em|er|es)$/.test(key)) return /te$/.test(key) && !ADJ_TE.has(key);
  return true;
}

/** Whether the gap before token k holds quotation marks and spaces only (a quoted phrase inside the clause). */
function onlyQuoteMarks(d: Doc, k: number): boolean {
  return /^[\s\u201e\u201c\u201d\u00bb\u00ab"]+$/.test(d.text.slice(d.te[k - 1], d.ts[k]));
}

/** The finite verb after a Vorfeld that opens at `a` and is not the subject; -1 when none is found before `end`. */
/** Relative pronouns that open a German relative clause after a comma. */
const RELATIVE = new Set('der die das dem den deren dessen denen welche welcher welches welchem welchen'.split(' '));

function finiteVerb(d: Doc, a: number, end: number): number {
  // "Als „Fehler“ bezeichnete …", "Als Begründung nannte …": a phrase, not a clause, follows "als"
  const quoteNext = /^\s*[\u201e\u00bb"]/.test(d.text.slice(d.te[a], d.te[a] + 3));
  const subordinate = SUBORD.has(d.keys[a]) && !quoteNext && !(a + 1 < end && isCapitalized(d, a + 1) && !(d.flags[a + 1] & DET));
  // "Dazu sagte …": the adverb alone is the Vorfeld
  if (adverbLike(d.keys[a]) && a + 1 < end && verbAt(d, a + 1)) return a + 1;
  for (let k = a + 1; k < Math.min(end, a + 30); k++) {
    if (subordinate) {
      // the main clause's verb comes right after the comma that ends the subordinate clause
      if (commaBefore(d, k)) return verbAt(d, k) ? k : -1;
      continue;
    }
    // (a party or an age in brackets goes on the phrase: "seit dem Amtsantritt von Anna Berg (SPD) als Ministerin")
    if (breaksBefore(d, k) && !commaBefore(d, k) && !onlyQuoteMarks(d, k) && !/^[\s()]+$/.test(d.text.slice(d.te[k - 1], d.ts[k]))) return -1;
    // a preposition or an article needs its noun before the verb can come
    if (k === a + 1) continue;
    // (a relative clause inside the Vorfeld has its verb at its end, before the comma the main verb follows: "In einer
    // Stellungnahme, die X vor Journalisten verlas, erklärte der 61-Jährige:")
    if (commaBefore(d, k) && RELATIVE.has(d.keys[k])) {
      let j = k + 1;
      while (j < end && j - k < 20 && !commaBefore(d, j) && !(breaksBefore(d, j) && !commaBefore(d, j))) j++;
      if (j < end && commaBefore(d, j)) {
        k = j - 1;
        continue;
      }
    }
    const prev = k - 1;
    // (or a quotation closes before it: "Als „völlig überzogen“ bezeichnete …")
    const afterQuote = /[\u201c\u00ab\u201d"]\s*$/.test(d.text.slice(d.te[prev], d.ts[k]));
    if ((isCapitalized(d, prev) || isNumber(d, prev) || commaBefore(d, k) || d.flags[prev] & PRON || afterQuote) && verbAt(d, k)) return k;
  }
  return -1;
}

/** The subject right after a finite verb at v ("sagte der Sprecher", "teilte dessen Stellvertreter mit", "sagte er"). */
export function subjectAfterVerb(d: Doc, v: number, end: number): Phrase | null {
  let k = v + 1;
  for (let i = 0; i < 3 && k < end && !breaksBefore(d, k) && (d.flags[k] & AUX || adverbLike(d.keys[k]) || OBJECT_PRON.has(d.keys[k])) && !(d.flags[k] & PRON); i++) k++;
  if (k >= end || breaksBefore(d, k)) return null;
  const f = d.flags[k];
  if (f & (PRON_M | PRON_F)) return { a: k, b: k + 1 };
  // "heißt es in der Erklärung", "hieß es vom Ministerium": the source is the text or the body after the preposition
  if (d.keys[k] === 'es') return impersonalSource(d, k + 1, end);
  // "zitierte man den Sprecher": the one quoted, after the impersonal subject
  if (d.keys[k] === 'man' && CITES.test(d.keys[v]) && k + 1 < end && !breaksBefore(d, k + 1)) {
    const o = phraseAfter(d, k + 1, end);
    return o && o.a === k + 1 ? o : null;
  }
  if (f & PRON && !(f & DET)) return /^(ich|wir)$/.test(d.keys[k]) ? { a: k, b: k + 1 } : null;
  const key = d.keys[k];
  // "sagte am Dienstagabend in Kiew der ukrainische Präsident": when and where, then the subject that ends the clause
  if (PREP.has(key) && key !== 'als') return subjectAfterAdverbials(d, k, end);
  if (OBLIQUE.has(key) || PREP.has(key)) return null;
  if (f & DET && !NOMINATIVE.has(key)) return null;
  if (!(f & DET) && !isCapitalized(d, k) && !isRole(d, k)) return null;
  // an outlet's name in quotation marks after its article ("schreibt die „Allgemeine“")
  if (f & DET && k + 1 < end && /^\s*[\u201e\u00bb"]$/.test(d.text.slice(d.te[k], d.ts[k + 1]))) {
    const close = d.text.slice(d.ts[k + 1], d.ts[k + 1] + 80).search(/[\u201c\u00ab"]/);
    if (close > 0) {
      let b = k + 1;
      while (b < end && d.te[b] <= d.ts[k + 1] + close) b++;
      return { a: k, b };
    }
  }
  const ph = phraseAfter(d, k, end);
  if (!ph || ph.a !== k) return null;
  // (not the object after the name: "beurteilte der Abgeordnete Volker Kern | die Amtszeit")
  for (let i = ph.a + 2; i < ph.b; i++) {
    if (OBJECT_ART.has(d.keys[i]) && isCapitalized(d, i - 1) && !isRole(d, i - 1) && !(d.flags[i - 1] & (DET | STOP))) {
      ph.b = i;
      break;
    }
  }
  // (not the outlet it was said to: "sagte der Manager der Deutschen Presse-Agentur")
  for (let i = ph.a + 2; i < ph.b; i++) if (mediaAddresseeEnd(d, i, end) > 0) return { a: ph.a, b: i };
  return ph;
}

/**
 * The subject after one or two adverbials of time and place that follow the verb ("sagte am Montag in Berlin der
 * Sprecher", "erklärte am Abend ein Sprecher des Kremls"): a phrase opened by a nominative article, not right after a
 * preposition, that runs to the end of the clause. Null when the clause holds none (the speaker is elsewhere).
 */
function subjectAfterAdverbials(d: Doc, k: number, end: number): Phrase | null {
  // (of two such phrases the one that names a person: "am Rande der Konferenz der Kanzler", "am Montag der Sprecher
  // der Partei"; else the last)
  let found: Phrase | null = null;
  for (let j = k + 1; j < Math.min(end, k + 12); j++) {
    if (breaksBefore(d, j)) break;
    if (!(d.flags[j] & DET) || !NOMINATIVE.has(d.keys[j]) || PREP.has(d.keys[j - 1]) || d.flags[j - 1] & DET) continue;
    if (!isCapitalized(d, j - 1) && !isNumber(d, j - 1)) continue;
    const ph = phraseAfter(d, j, end);
    if (!ph || ph.a !== j) continue;
    // (the role, then the name: "der ukrainische Präsident Wolodymyr Selenskyj")
    while (ph.b < end && !breaksBefore(d, ph.b) && isCapitalized(d, ph.b) && !(d.flags[ph.b] & (DET | STOP))) ph.b++;
    if (!(ph.b >= end || breaksBefore(d, ph.b))) continue;
    if (personish(d, ph)) return ph;
    found = ph;
  }
  return found;
}

/** Object pronouns between a verb and its subject ("so nannte ihn der Trainer"). */
const OBJECT_PRON = keySet('ihn ihm uns euch ihnen mich mir dich dir');

/** The phrase after the first preposition within a few words ("es in einer Erklärung des Amtes"). */
function impersonalSource(d: Doc, k: number, end: number): Phrase | null {
  for (let j = k; j < Math.min(end - 1, k + 4); j++) {
    if (j > k && breaksBefore(d, j)) return null;
    if (!PREP.has(d.keys[j]) || d.keys[j] === 'als') continue;
    const ph = phraseAfter(d, j + 1, end);
    return ph && ph.a === j + 1 ? ph : null;
  }
  return null;
}

/**
 * A cue right after a quote in German, where the quote fills the Vorfeld and any finite verb follows it:
 * "„…“, so der Sprecher.", "„…“, strich der Kandidat heraus.", "„…“, hatte die Ministerin erklärt.",
 * "„…“ heißt es in der Erklärung." Token `a` is the first after the quote. Null when no subject follows.
 */
export function cueAfterQuote(d: Doc, a: number, limit: number): { ca: number; cb: number; speaker: Phrase } | null {
  if (a >= limit) return null;
  if (d.flags[a] & TAIL) {
    if (a + 1 < limit && !isCapitalized(d, a + 1) && !(d.flags[a + 1] & (DET | PRON)) && verbAt(d, a + 1)) {
      const s = subjectAfterVerb(d, a + 1, limit);
      return s ? { ca: a, cb: a + 2, speaker: s } : null;
    }
    const ph = phraseAfter(d, a + 1, limit);
    return ph && ph.a === a + 1 ? { ca: a, cb: a + 1, speaker: ph } : null;
  }
  if (isCapitalized(d, a) || !verbAt(d, a)) return null;
  const s = subjectAfterVerb(d, a, limit);
  // "„…“, zitiert die „Bild“ einen Insider": the one quoted, in the accusative after the subject, said it
  if (s && CITES.test(d.keys[a]) && s.b < limit && (!breaksBefore(d, s.b) || onlyQuoteMarks(d, s.b)) && /^(einen|den)$/.test(d.keys[s.b])) {
    const o = phraseAfter(d, s.b, limit);
    if (o && o.a === s.b) return { ca: a, cb: a + 1, speaker: o };
  }
  return s ? { ca: a, cb: a + 1, speaker: s } : null;
}

/** German "zitieren", whose object is the person quoted (folded). */
const CITES = /^zitiert(?:e|en)?$/;

/**
 * The subject of the main clause that opens at token `a`, read before token `end` (a colon or a quote): the
 * Vorfeld when it can be one ("Der Sprecher sagte", "Katrin Albers, die Leiterin des Amtes, sagte"), else the
 * phrase after the finite verb ("Zum Abschluss sagte der Minister", "Den Vorwurf wies die Partei zurück", "Als die
 * Polizei kam, rief der Mann"). Null when the clause shows neither.
 */
export function germanSubject(d: Doc, a: number, end: number): Phrase | null {
  while (a < end && /^(und|aber|doch|denn|sondern)$/.test(d.keys[a])) a++;
  // the Vorfeld says how, the subject follows the verb: "Skeptisch äußert sich die Ökonomin Judith Hofer", "Kein
  // Verständnis zeigte eine Unternehmerin aus Augsburg"
  const fv = a + 1 < end && d.keys[a] !== 'wie' && !(d.names[a] & NAME_GIVEN) && !(d.flags[a] & (PRON | DET)) && !isCapitalized(d, a + 1) ? a + 1 : /^kein(?:e|en)?$/.test(d.keys[a]) && a + 2 < end && isCapitalized(d, a + 1) && !isCapitalized(d, a + 2) ? a + 2 : -1;
  if (fv > 0 && !breaksBefore(d, fv) && verbAt(d, fv) && (d.keys[fv + 1] === 'sich' || fv === a + 2)) {
    const s = personAfterVerb(d, fv, end);
    if (s) return s;
  }
  // an adverbial opening and a name, with no verb between, as copy sets a new voice against the last one: "Ganz anders
  // Lisa Brandl (28): Sie habe …"
  if (isCapitalized(d, a) && !(d.names[a] & NAME_GIVEN) && !(d.flags[a] & (DET | PRON))) {
    let j = a + 1;
    // (words in lower case between, no verb the lexicon knows: an adverb, "anders", reads as a verb to verbAt)
    while (j < end && j <= a + 3 && !isCapitalized(d, j) && !breaksBefore(d, j) && !(d.flags[j] & (VERB | AUX | DET | PRON | STOP | COMP))) j++;
    if (j > a + 1 && j < end && d.names[j] & NAME_GIVEN && isCapitalized(d, j) && !breaksBefore(d, j)) {
      const e = nameRunEnd(d, j, end);
      if (e > 0) return { a: j, b: e };
    }
  }
  // a focus particle before the subject ("Auch der Sprecher der Partei will …", "Selbst die Zeitung hatte …")
  if (a + 1 < end && FOCUS.has(d.keys[a]) && !breaksBefore(d, a + 1) && (NOMINATIVE.has(d.keys[a + 1]) || (isCapitalized(d, a + 1) && !(d.flags[a + 1] & (DET | STOP))))) a++;
  if (a >= end) return null;
  const f = d.flags[a];
  if (f & (PRON_M | PRON_F)) return { a, b: a + 1 };
  // "es", "man", "dies": no one to name
  if (f & PRON && !(f & DET)) return /^(ich|wir)$/.test(d.keys[a]) ? { a, b: a + 1 } : null;
  const key = d.keys[a];
  // "Wie der Minister erklärte, …", "Wie die Zeitung berichtet, …": the source is the subject of the "wie" clause
  if (key === 'wie') {
    // (past an apposition: "Wie der Vorsitzende Richter, Otto Brand, ausführte, …")
    for (let k = a + 1; k < Math.min(end, a + 20); k++) {
      // the main clause begins with its verb after the comma that closes the "wie" clause
      if (commaBefore(d, k) && !isCapitalized(d, k) && !(d.flags[k] & DET) && verbAt(d, k)) break;
      if (d.flags[k] & VERB && !isCapitalized(d, k)) {
        const ph = phraseAfter(d, a + 1, k);
        if (!ph || ph.a !== a + 1) return null;
        // (an outlet that reports what a person of the main clause said: "Wie der Sender berichtet, gab Sprecher X
        // eine Antwort:")
        if (MEDIA.test(d.keys[ph.b - 1])) {
          for (let m = k + 1; m < Math.min(end, k + 6); m++) {
            if (!commaBefore(d, m)) continue;
            const s = verbAt(d, m) && !isCapitalized(d, m) ? subjectAfterVerb(d, m, end) : null;
            if (s && personish(d, s)) return s;
            break;
          }
        }
        return ph;
      }
    }
  }
  // "Für den Minister ist die Lage „…“": the person whose view the sentence gives
  // (a noun the lexicon does not list as a role, then a given name and a surname: "Für den Theologen Hans Kunz")
  if (key === 'fur' && a + 1 < end && OBLIQUE.has(d.keys[a + 1])) {
    const found = phraseAfter(d, a + 1, end);
    const ph = found && cutAtVerb(d, found);
    if (ph && ph.a === a + 1 && (personish(d, ph) || givenAndSurname(d, ph))) return ph;
  }
  // (or a role and a name with no article: "Für Bildungssenatorin Anna Berg (SPD) ist das „…“")
  if (key === 'fur' && a + 1 < end && isRole(d, a + 1) && !breaksBefore(d, a + 1)) {
    const ph = phraseAfter(d, a + 1, end);
    if (ph && ph.a === a + 1) return cutAtVerb(d, ph);
  }
  if (!(PREP.has(key) || OBLIQUE.has(key) || adverbLike(key) || SUBORD.has(key) || f & TAIL)) {
    const found = phraseAt(d, a, end);
    const ph = found && vorfeldEnd(d, found);
    if (!ph || ph.b >= end) return null;
    let v = ph.b;
    // past a prepositional phrase of the Vorfeld ("Jegliche Verantwortung für die Affäre weist er von sich")
    if (!commaBefore(d, v) && !verbAt(d, v)) v = finiteVerb(d, a, end);
    else if (commaBefore(d, v)) {
      // past an apposition or a relative clause to the verb ("Anna Berg, die Leiterin des Amtes, sagte")
      let j = v;
      while (j < Math.min(end, v + 20) && !(j > v && commaBefore(d, j) && verbAt(d, j))) j++;
      v = j < end ? j : -1;
    }
    // ("er" right after the verb is the subject even after a person's noun: "Die Rede der Ministerin lobte er:")
    if (v > ph.a && v + 1 < end && verbAt(d, v) && d.flags[v + 1] & PRON_M && !breaksBefore(d, v + 1)) return { a: v + 1, b: v + 2 };
    if (v > ph.a && v < end && verbAt(d, v) && !personish(d, ph)) {
      // an object in the Vorfeld, a person after the verb: people speak ("Das Angebot lehnt er ab:", "Die
      // Anwendung der Regel stellte der Parteichef in Frage:")
      const after = subjectAfterVerb(d, v, end);
      if (after && (d.flags[after.a] & (PRON_M | PRON_F) || (personish(d, after) && !(d.flags[after.a] & DET && !/^(der|ein|dessen|deren|sein|ihr)$/.test(d.keys[after.a]))))) return after;
    }
    // a masculine person in the nominative after the verb is its subject, whatever the Vorfeld without a nominative of
    // its own holds: "Betriebsbedingte Kündigungen wollte der 57-Jährige nicht ausschließen", "Die Pläne lobte der
    // Minister" (capitalised words with no article look like a name, and "die" is the accusative too)
    if (v > ph.a && v < end && verbAt(d, v) && !nominativeOpening(d, ph)) {
      const after = subjectAfterVerb(d, v, end);
      if (after && masculineNominativePerson(d, after)) return after;
    }
    return ph;
  }
  const v = finiteVerb(d, a, end);
  if (v < 0) return null;
  const s = subjectAfterVerb(d, v, end);
  // "In einer Erklärung hatte es geheißen:", "Auf der Homepage heißt es:": the text the Vorfeld names
  if (!s && PREP.has(key) && key !== 'als' && v + 1 < end && d.keys[v + 1] === 'es' && saysImpersonally(d, v, end)) {
    const ph = phraseAfter(d, a + 1, v);
    if (ph && ph.a === a + 1) return ph;
  }
  return s;
}

/**
 * Where the last of two main clauses joined by a comma or "und" opens, when it has a person of its own as its subject:
 * "Die Ministerin wies die Kritik zurück, die Sprecherin der Fraktion, Anna Berg, erklärte:", "Die Menge rief Parolen
 * und der Sprecher der Initiative rief aus:". The clause before must have its own verb, so a subject and its
 * apposition ("Anna Berg, die Leiterin des Amtes, sagte:") stay one clause. `a` when there is none.
 */
export function lastMainClause(d: Doc, a: number, end: number): number {
  let verb = false;
  let at = a;
  for (let j = a + 1; j < end; j++) {
    // (not the "und" of two compounds sharing their head: "der Fraktions- und Parteivorsitzenden")
    const und = d.keys[j] === 'und' && !breaksBefore(d, j) && !/-\s*$/.test(d.text.slice(d.te[j - 1], d.ts[j]));
    if (verb && (commaBefore(d, j) || und)) {
      const s = und ? j + 1 : j;
      const f = d.flags[s];
      // (a nominative article or a name opens it: not a relative pronoun's clause, "…, die er erklärt hatte")
      if (s < end && !(f & PRON && !(f & (PRON_M | PRON_F))) && (NOMINATIVE.has(d.keys[s]) || (isCapitalized(d, s) && !(f & (DET | STOP))) || isRole(d, s))) {
        const ph = germanSubject(d, s, end);
        if (ph && ph.a === s && personish(d, ph) && verbAfter(d, ph, end)) {
          at = s;
          verb = false;
          continue;
        }
      }
    }
    if (!verb && verbAt(d, j) && !isCapitalized(d, j) && !(d.flags[j] & AUX && !(d.flags[j] & VERB) && !/^(hat|hatte|ist|war|wurde|wird)$/.test(d.keys[j]))) verb = true;
  }
  return at;
}

/** Whether a verb follows the subject, right after it or after the comma that closes its apposition. */
function verbAfter(d: Doc, ph: Phrase, end: number): boolean {
  for (let k = ph.b; k < Math.min(end, ph.b + 16); k++) if ((k === ph.b || commaBefore(d, k)) && verbAt(d, k) && !isCapitalized(d, k)) return true;
  return false;
}

/** Whether "heißen" is the verb of the clause from v ("heißt es", "hatte es geheißen"). */
function saysImpersonally(d: Doc, v: number, end: number): boolean {
  for (let k = v; k < Math.min(end, v + 8); k++) if (/^(heisst|hiess|geheissen|heissen)$/.test(d.keys[k])) return true;
  return false;
}

/** Whether a word is an adverb ("weiter", "wörtlich", "ursprünglich"). */
export function isAdverb(d: Doc, k: number): boolean {
  return k < d.n && adverbLike(d.keys[k]);
}

/** The agent of a passive clause ("wird vom Wetterdienst als „…“ eingestuft", "Es wurde von seinem Sohn geäußert"). */
export function passiveAgent(d: Doc, a: number, end: number): Phrase | null {
  let passive = false;
  // (the last "von" of the clause: "wird die Gefahr von Bränden vom Wetterdienst als „…“ eingestuft" is the service's)
  let agent: Phrase | null = null;
  for (let k = a; k < end; k++) {
    const key = d.keys[k];
    if (breaksBefore(d, k)) {
      passive = false;
      agent = null;
    }
    if (PASSIVE.has(key)) passive = true;
    else if (passive && (key === 'von' || key === 'vom') && !isCapitalized(d, k)) {
      const ph = phraseAfter(d, k + 1, end);
      if (ph && ph.a === k + 1) agent = ph;
    }
  }
  return agent;
}

/** Nouns of saying whose genitive names who said what the clause after them holds (folded). */
const SPEECH_NOUN = /^(?:vorwurf|vorwurfe|forderung|forderungen|behauptung|aussage|warnung|ankundigung|einschatzung|darstellung|einwand|kritik|vorschlag|appell|hinweis|mahnung|drohung)$/;

/**
 * The source of a noun of saying in the genitive before the clause that holds the quotation: "Auf den Vorwurf der
 * Opposition, es handele sich um „…“, …" is the opposition's. Token qa opens the quotation.
 */
export function speechNounSource(d: Doc, a: number, qa: number): Phrase | null {
  let j = qa - 1;
  while (j > a && !commaBefore(d, j)) j--;
  if (j <= a) return null;
  for (let k = j - 2; k >= Math.max(a, j - 6); k--) {
    if (!SPEECH_NOUN.test(d.keys[k]) || !isCapitalized(d, k) || !/^(der|des)$/.test(d.keys[k + 1]) || breaksBefore(d, k + 1)) continue;
    const ph = phraseAfter(d, k + 1, j);
    return ph && ph.a === k + 1 && ph.b === j ? ph : null;
  }
  return null;
}

/** Conjunctions of a subordinate clause whose subject a quotation in it can be the words of. */
const SUBORD_OWN = keySet('weil da dass obwohl nachdem während wenn indem zumal');

/**
 * The subject of the subordinate clause that holds a quotation and closes on a verb of saying after it: "…, weil die
 * Regierung das Land als „…“ bezeichnet hat". Tokens [qa, qe) are the quotation; null when its clause is no such one.
 */
export function subordinateSpeaker(d: Doc, a: number, qa: number, qe: number, end: number): Phrase | null {
  let j = qa - 1;
  while (j > a && !commaBefore(d, j)) j--;
  if (j <= a || j + 1 >= qa || !SUBORD_OWN.has(d.keys[j])) return null;
  const s = j + 1;
  if (!(NOMINATIVE.has(d.keys[s]) || (isCapitalized(d, s) && !(d.flags[s] & (DET | STOP | PRON))))) return null;
  let verb = false;
  for (let k = qe; k < Math.min(end, qe + 6) && !verb; k++) {
    if (breaksBefore(d, k) && !onlyQuoteMarks(d, k)) break;
    if (d.flags[k] & VERB && !isCapitalized(d, k)) verb = true;
  }
  if (!verb) return null;
  const ph = phraseAt(d, s, qa);
  if (!ph || ph.a !== s) return null;
  for (let i = ph.a + 2; i < ph.b; i++) {
    if (OBJECT_ART.has(d.keys[i]) && isCapitalized(d, i - 1) && !(d.flags[i - 1] & (DET | STOP))) return { a: ph.a, b: i };
  }
  return ph;
}
const PASSIVE = keySet('wird werden wurde wurden worden');

/**
 * Whether a clause goes on with someone's reported speech rather than naming a speaker: its verb is in the
 * subjunctive of reported speech ("sei", "habe") and its subject is not a person ("Die Pflichten der Union seien
 * klar festgelegt:", "Die Studie zeige, „…“"). Its quote is the last speaker's.
 */
export function continuesReport(d: Doc, a: number, end: number, moodEnd: number, mood: (k: number) => boolean): boolean {
  let m = false;
  for (let k = a; k < moodEnd; k++) {
    if (k < end && d.flags[k] & VERB && !isCapitalized(d, k)) return false;
    if (mood(k)) m = true;
  }
  if (!m) return false;
  const s = germanSubject(d, a, end);
  return !s || !personOrName(d, s);
}

/** The finite verb of the clause opening at `a` whose subject germanSubject found (the cue), else -1. */
export function verbBefore(d: Doc, a: number, subject: Phrase): number {
  if (subject.a > a && verbAt(d, subject.a - 1)) return subject.a - 1;
  for (let k = subject.a - 1; k > a && k >= subject.a - 4; k--) if (verbAt(d, k) && !isCapitalized(d, k)) return k;
  for (let k = subject.b; k < Math.min(d.n, subject.b + 12); k++) {
    if (breaksBefore(d, k) && !commaBefore(d, k)) break;
    if (!isCapitalized(d, k) && verbAt(d, k)) return k;
  }
  return -1;
}

/** German auxiliaries among the words cues/de.ts lists as such (the others are adverbs: "auch", "noch", "sich"). */
const GERMAN_AUX = /^(?:hat|haben|hatte|hatten|habe|ist|sind|war|wurde|wird|werde)$/;

/**
 * A Vorfeld phrase cut at the finite verb it ran into when the lexicon lacks that verb: a word in lower case right after
 * a noun ("Die Pläne | verteidigte der Verbandschef", "Die Ministerin | verteidigte den Verbandschef"), which in a noun
 * phrase only an article, a preposition or an adjective before its noun would be.
 */
function vorfeldEnd(d: Doc, ph: Phrase): Phrase {
  for (let k = ph.a + 2; k < ph.b; k++) if (!isCapitalized(d, k) && isCapitalized(d, k - 1) && !(d.flags[k - 1] & DET) && !breaksBefore(d, k) && verbAt(d, k)) return { a: ph.a, b: k };
  return ph;
}

/** Separable particles and the adjectives of verbs of saying that close a German clause ("stellte … klar", "räumte … ein"). */
const SEPARABLE = new Set('klar fest ein an zu zurück zuruck hinzu heraus dar vor aus fort deutlich offen infrage'.split(' '));
/** …of them, those that are no article or preposition as well, which a subject's phrase may end on ("der Minister klar"). */
const SEPARABLE_ONLY = new Set('klar fest zurück zuruck hinzu heraus dar fort deutlich offen infrage'.split(' '));

/** Whether token k is a separable particle in lower case ("klar" of "stellte … klar"). */
export function separableParticle(d: Doc, k: number): boolean {
  return SEPARABLE.has(d.keys[k]) && !isCapitalized(d, k);
}

/**
 * A German subject after its verb, less the verb's separable particle it ran on to: "stellte der Minister klar" → "der
 * Minister" (a noun phrase ends at its noun; a word in lower case after it is the clause's).
 */
export function withoutParticle(d: Doc, ph: Phrase): Phrase {
  let b = ph.b;
  while (b - 1 > ph.a && SEPARABLE_ONLY.has(d.keys[b - 1]) && !isCapitalized(d, b - 1) && isCapitalized(d, b - 2)) b--;
  return b === ph.b ? ph : { a: ph.a, b };
}

/** A phrase cut before a verb it ran into ("nach Aussagen eines Zeugen | habe der Fahrer …", "Für den Theologen X | sei …"). */
export function cutAtVerb(d: Doc, ph: Phrase): Phrase {
  for (let k = ph.a + 1; k < ph.b; k++) if ((d.flags[k] & (VERB | MOOD) || (d.flags[k] & AUX && GERMAN_AUX.test(d.keys[k]))) && !isCapitalized(d, k)) return { a: ph.a, b: k };
  return ph;
}

/** A phrase that names a person (personish), or a noun the lexicon lacks as a role before a given name and a surname. */
export function personOrName(d: Doc, ph: Phrase): boolean {
  return personish(d, ph) || givenAndSurname(d, ph);
}

/** Whether a phrase holds a given name followed by a capitalised word ("den Theologen Hans Kunz"). */
function givenAndSurname(d: Doc, ph: Phrase): boolean {
  for (let k = ph.a; k + 1 < ph.b; k++) if (d.names[k] & NAME_GIVEN && isCapitalized(d, k) && isCapitalized(d, k + 1) && !breaksBefore(d, k + 1)) return true;
  return false;
}

/**
 * Whether a Vorfeld phrase says it is the subject itself: a pronoun in the nominative, a masculine article's nominative
 * ("Der Minister", "Ein Sprecher"), or a given name and a surname.
 */
function nominativeOpening(d: Doc, ph: Phrase): boolean {
  const f = d.flags[ph.a];
  if (f & (PRON_M | PRON_F) || /^(ich|wir)$/.test(d.keys[ph.a])) return true;
  return d.keys[ph.a] === 'der' || d.keys[ph.a] === 'ein' || givenAndSurname(d, ph);
}

/** A phrase that names a person: a pronoun, a role noun or a name of two capitalised words that are not nouns after an article. */
/**
 * The subject after German verb v, past its reflexive "sich", when it names someone: the person a Vorfeld of manner
 * leaves after the verb ("Skeptisch äußert sich die Ökonomin Judith Hofer", "Kein Verständnis zeigte eine Unternehmerin
 * aus Augsburg"); null otherwise.
 */
function personAfterVerb(d: Doc, v: number, end: number): Phrase | null {
  const s = subjectAfterVerb(d, d.keys[v + 1] === 'sich' ? v + 1 : v, end);
  return s && namesSomeone(d, s) ? s : null;
}

/** Whether the phrase holds a role, a given name or a German noun of a person ("die Ökonomin Judith Hofer", "eine Unternehmerin aus Augsburg"). */
function namesSomeone(d: Doc, ph: Phrase): boolean {
  for (let k = ph.a; k < ph.b; k++) if (isRole(d, k) || d.names[k] & NAME_GIVEN || (isCapitalized(d, k) && /\p{L}{3}(?:in|er|mann|frau)$/u.test(d.keys[k]))) return true;
  return false;
}

export function personish(d: Doc, ph: Phrase): boolean {
  if (d.flags[ph.a] & PRON) return (d.flags[ph.a] & (PRON_M | PRON_F)) !== 0 || /^(ich|wir)$/.test(d.keys[ph.a]);
  for (let k = ph.a; k < ph.b; k++) if (isRole(d, k)) return true;
  // (an age for a person: "Die 74-Jährige", "der 31-Jährige")
  for (let k = ph.a + 1; k < ph.b; k++) if (/^jahrige/.test(d.keys[k]) && isCapitalized(d, k)) return true;
  // a name: capitalised words with no article ("Katrin Albers", "Merkel"), not a lone adverb that opens the sentence,
  // nor a noun with its genitive ("Ziel der Delegation")
  if (ph.a + 1 < ph.b && d.flags[ph.a + 1] & DET && !(d.flags[ph.a + 1] & PRON)) return false;
  if (QUANTIFIER.has(d.keys[ph.a])) return false;
  return !(d.flags[ph.a] & DET) && isCapitalized(d, ph.a) && !adverbLike(d.keys[ph.a]);
}

/**
 * Whether tokens [a, c) are a subject and the name set off by commas after it, and nothing else: "Die Präsidentin des
 * Gerichts, Doris König, | warnte …", "Der Verteidiger des Angeklagten, Markus Lenz, | kündigte …". German content before
 * ", sagte X" is a clause with its own verb; a noun phrase and its apposition before the verb are the verb's subject.
 */
export function apposedSubject(d: Doc, a: number, c: number): boolean {
  if (nameThenApposition(d, a, c)) return true;
  const ph = phraseAt(d, a, c);
  if (!ph || ph.a !== a || ph.b > c || OBLIQUE.has(d.keys[a]) || PREP.has(d.keys[a]) || !personish(d, ph)) return false;
  // (the phrase may hold the name already: phraseAfter runs a role on to its apposition)
  if (ph.b === c) {
    for (let k = ph.a + 2; k < ph.b - 1; k++) if (commaBefore(d, k)) return true;
    return false;
  }
  // the role's complement up to the comma, with no verb in it ("des Verfassungsgerichts", "der Bundesagentur für Arbeit")
  let j = ph.b;
  while (j < c && j - ph.b < 6 && !commaBefore(d, j)) {
    if (breaksBefore(d, j) || d.flags[j] & (VERB | COMP | AUX | MOOD) || (d.flags[j] & PRON && !(d.flags[j] & DET))) return false;
    j++;
  }
  if (j >= c || !commaBefore(d, j)) return false;
  let e = j;
  while (e < c && e - j < 4 && isCapitalized(d, e) && !(d.flags[e] & (STOP | DET | PRON | VERB)) && (e === j || !breaksBefore(d, e))) e++;
  return e - j >= 2 && e === c;
}

/**
 * Whether tokens [a, c) are a name of two or three words and a role set off after it: "Hansjörg
 * Elshorst, Vorstandsvorsitzender von Transparency International, | äußerte sich …". The name is the verb's subject.
 */
function nameThenApposition(d: Doc, a: number, c: number): boolean {
  if (!isCapitalized(d, a) || d.flags[a] & (STOP | DET | PRON | VERB) || isRole(d, a)) return false;
  let e = a + 1;
  while (e < c && e - a < 3 && isCapitalized(d, e) && !breaksBefore(d, e) && !(d.flags[e] & (STOP | DET | PRON | VERB)) && !isRole(d, e)) e++;
  if (e - a < 2 || e >= c || !commaBefore(d, e) || !isRole(d, e) || c - e > 10) return false;
  for (let k = e + 1; k < c; k++) if (breaksBefore(d, k) || d.flags[k] & (VERB | COMP | AUX | MOOD) || (d.flags[k] & PRON && !(d.flags[k] & DET))) return false;
  return true;
}

/** Nouns of an outlet's kind, which its name follows ("dem Sender n-tv", "dem Portal t-online"). */
const MEDIA_NOUN = /(?:agentur|sender|portal|magazin|zeitung)$/;

/** Nouns of the press a statement is given to ("der Zeitung", "dem Sender", "der Nachrichtenagentur dpa"). */
const MEDIA = /(?:agentur|zeitung|zeitschrift|magazin|sender|senders|rundfunk|fernsehen|radio|blatt|blatts|portal|dpa|afp|reuters|ard|zdf|rnd|bild|spiegel|stern|focus)$/;

/**
 * The end of the addressee that opens at token j when it is the press a statement was given to, in the dative: "sagte
 * der Manager der Deutschen Presse-Agentur", "sagte Lauterbach der „Bild“-Zeitung, er …", "sagte sie dem „Spiegel“".
 * German copy names the outlet right after the speaker; the genitive reading ("the manager of the agency") is not how
 * the press writes it. -1 when no such addressee opens there.
 */
export function mediaAddresseeEnd(d: Doc, j: number, max: number): number {
  if (j >= max || (d.keys[j] !== 'dem' && d.keys[j] !== 'der')) return -1;
  for (let e = j + 1; e < Math.min(max, j + 5); e++) {
    if (e > j + 1 && breaksBefore(d, e) && !onlyQuoteMarks(d, e) && !/^[\s\u201c\u00ab"]*-$/.test(d.text.slice(d.te[e - 1], d.ts[e]))) return -1;
    if (!isCapitalized(d, e) && !(e > j + 1 && d.flags[e] & STOP)) continue;
    if (MEDIA.test(d.keys[e])) {
      let b = e + 1;
      // (a compound the quotation marks part: "der „Bild“-Zeitung")
      while (b < max && /^[\u201c\u00ab"]*-$/.test(d.text.slice(d.te[b - 1], d.ts[b]))) b++;
      // (the outlet's name after its noun: "der Nachrichtenagentur dpa", "dem Sender CNN")
      if (b < max && !breaksBefore(d, b) && /^(dpa|afp|reuters|ap|kna|epd|rnd|cnn|bbc|ard|zdf)$/.test(d.keys[b])) b++;
      // (or any name that fills the gap to the comma before the content: "dem Sender n-tv, die Koalition werde …")
      else if (MEDIA_NOUN.test(d.keys[e])) {
        let n = b;
        while (n < max && n - b < 3 && (n === b || !breaksBefore(d, n) || /^-$/.test(d.text.slice(d.te[n - 1], d.ts[n]))) && !(d.flags[n] & (VERB | COMP | DET | PRON | AUX))) n++;
        if (n > b && n < max && commaBefore(d, n)) b = n;
      }
      return b;
    }
    if (d.flags[e] & (VERB | COMP | PRON)) return -1;
  }
  return -1;
}
