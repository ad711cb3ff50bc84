/**
 * A headline "Name: words" is a statement only when the name is someone who speaks.
 *
 * In an article the headline's speaker speaks again in the body ("Lavrov: …" over "…, Lavrov said").
 * On a real page most lines of that shape are not speech at all: section labels and teasers
 * ("Published: 3 Jan 2019", "Gallery: …", "Quiz: …", "Read: …", "Indonesia: dead whale…"), game ads,
 * bylines. So a headline statement stays when its speaker is a knowledge-base person or
 * organisation, or when one of its words names the speaker of another statement of the text
 * ("Robles: …" and "…, dijo la ministra Margarita Robles"); otherwise it is dropped.
 */
import { foldString } from '../text/normalize';
import { isStopword } from '../text/stopwords';
import type { Statement } from './types';

/** Letters of a word that stay the same when it is inflected: "Ławrow"/"Ławrowa", "Кравчук"/"Кравчука". */
const STEM = 5;

/**
 * Whether two folded words name the same person, one inflected: the same first STEM letters, and at most three letters
 * more or less ("Ławrow"/"Ławrowa", "Зеленський"/"Зеленського"). A longer word that only opens the same way is another
 * word, a compound: "Studie" is not "Studienleiterin", "Schlafmangel" not "Schlafmedizinerin" (a shared stem had read
 * each pair as one name, and a topic as someone who speaks).
 */
function sameName(a: string, b: string): boolean {
  // (two compounds of one body's name and a role: "Verdi-Landeschefin", "Verdi-Landesbezirksleiterin")
  // (or "IG-Metall-Sprecher", "IG-Metall-Bezirksleiter": the same words up to the last hyphen)
  const ha = a.lastIndexOf('-');
  if (ha >= 3 && ha === b.lastIndexOf('-') && a.startsWith(b.slice(0, ha + 1))) return true;
  if (Math.abs(a.length - b.length) > 3) return false;
  if (a.length < STEM || b.length < STEM) return a === b;
  for (let i = 0; i < STEM; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** Whether one of `words` names the same person as w (sameName). */
function amongNames(words: Iterable<string>, w: string): boolean {
  for (const x of words) if (sameName(x, w)) return true;
  return false;
}
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

/** The speaker of a headline "Name: words": a cue inside the speaker's span, then a colon. */
export function isColonHeadline(text: string, st: Statement): boolean {
  const { cue, speaker } = st;
  if (!cue || !speaker || cue.start < speaker.start || st.start < speaker.end) return false;
  const colon = cue.end <= speaker.end && /^[\s\u00a0\u202f]*:/.test(text.slice(speaker.end, speaker.end + 3));
  if (!colon) {
    // (or the topic between, which holds the cue: "Tusk o Nawrockim: …", "Песков о переговорах: …")
    const topic = HEADLINE_TOPIC.exec(text.slice(speaker.end, speaker.end + 48));
    return topic !== null && cue.end <= speaker.end + topic[0].length;
  }
  // (not inside a paragraph, after a sentence of its own: "… redoutent un été sec. Même son de cloche chez le président,
  // Denis Lagarde : « … »" introduces a quote in the body, not a line of the page)
  // (a headline may hold two sentences, "Rimborsi gonfiati, bufera sulla Federghiaccio. Ferrante: «Non mi dimetto»": a
  // body sentence closes its quote with a stop, or its paragraph goes on)
  const before = text.slice(Math.max(0, speaker.start - 400), speaker.start);
  const line = before.lastIndexOf('\n');
  if (!/[.!?…]["»”]*[\s\u00a0]/.test(before.slice(line + 1))) return true;
  const after = text.slice(st.end, st.end + 400);
  const nl = after.indexOf('\n');
  // (whatever mark closes the quote: German „…“ and ‚…‘ close on “ and ‘, Swiss and French on », ›)
  return !(/[.!?…][\s\u00a0]*["»”“‘’›]$/.test(st.text) || /\S/.test(nl < 0 ? after : after.slice(0, nl)));
}

/** One or two capitalised words. */
const SURNAME = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?$/u;

/** Whether the text is Polish, Russian or Ukrainian copy (language.ts's test of a Doc, on the text). */
function slavic(text: string): boolean {
  // (one class, not two alternatives: the same characters, and half the time on a text that holds none of them)
  return /[\u0400-\u04ffąęłńśźżĄĘŁŃŚŹŻ]/.test(text.slice(0, 4000));
}

/** A Slavic headline's topic after its speaker, up to the colon: " o Nawrockim:", " про вибори:". */
const HEADLINE_TOPIC = /^[\s\u00a0\u202f]+(?:o|ws\.|об|обо|о|про)\s[^:\n.!?]{1,40}:/;

/** An ASCII word folds to its lower case: no need for foldString's offset maps. */
function ascii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 128) return false;
  return true;
}

function asciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The end of WORD's match in an ASCII text that opens at the letter at i: letters, apostrophes and hyphens after it. */
function asciiWordEnd(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length && (asciiLetter(s.charCodeAt(j)) || s.charCodeAt(j) === 39 || s.charCodeAt(j) === 45)) j++;
  return j;
}

/** Adds a folded word to a speaker's list (a function of the module: a closure made for every speaker folded cost more under tsx, which names each). */
function addWord(list: string[], w: string): void {
  // (articles and prepositions name nobody: "The Silent Killer: …" is not "the minister")
  if (w.length >= 3 && !isStopword(w)) list.push(w);
}

/** The folded words of a text that may name someone, in their order (a word twice, twice), remembered by `memo`. */
function wordsOf(s: string, memo: Map<string, string[]>): string[] {
  let list = memo.get(s);
  if (!list) {
    list = [];
    if (ascii(s)) {
      // WORD's matches in ASCII, read by char code
      for (let i = 0; i < s.length; ) {
        if (!asciiLetter(s.charCodeAt(i))) {
          i++;
          continue;
        }
        const j = asciiWordEnd(s, i);
        addWord(list, s.slice(i, j).toLowerCase());
        i = j;
      }
    } else for (const m of s.matchAll(WORD)) addWord(list, ascii(m[0]) ? m[0].toLowerCase() : foldString(m[0]).toLowerCase());
    memo.set(s, list);
  }
  return list;
}

/**
 * wordsOf(s) less the words whose first letter opens none of `firsts` (char codes): what a body speaker's name is asked for
 * is only whether it holds a headline speaker's word, and most of its words open with another letter, so they are
 * neither sliced nor folded. A word opening with an ASCII letter folds to that letter in lower case (foldString folds code
 * point by code point); one opening otherwise is folded whole, as wordsOf folds it.
 */
function wordsAmong(s: string, firsts: ReadonlySet<number>, memo: Map<string, string[]>): string[] {
  let list = memo.get(s);
  if (!list) {
    list = [];
    if (ascii(s)) {
      for (let i = 0; i < s.length; ) {
        const c = s.charCodeAt(i);
        if (!asciiLetter(c)) {
          i++;
          continue;
        }
        const j = asciiWordEnd(s, i);
        if (firsts.has(c | 32)) addWord(list, s.slice(i, j).toLowerCase());
        i = j;
      }
    } else
      for (const m of s.matchAll(WORD)) {
        const c = m[0].charCodeAt(0);
        if (c < 128) {
          if (firsts.has(c | 32)) addWord(list, ascii(m[0]) ? m[0].toLowerCase() : foldString(m[0]).toLowerCase());
          continue;
        }
        const w = foldString(m[0]).toLowerCase();
        if (firsts.has(w.charCodeAt(0))) addWord(list, w);
      }
    memo.set(s, list);
  }
  return list;
}

/** The first char codes of the words of the headlines' speakers (wordsAmong). */
function firstsOf(statements: Statement[], headline: boolean[], memo: Map<string, string[]>): Set<number> {
  const out = new Set<number>();
  statements.forEach((st, i) => {
    if (headline[i] && st.speaker) for (const w of wordsOf(st.speaker.text, memo)) out.add(w.charCodeAt(0));
  });
  return out;
}

/**
 * The statements, less the colon headlines whose speaker does not speak in the text; a headline
 * whose speaker does takes the fullest name the article gives them ("Robles:" → "Margarita
 * Robles"), which it names only further down.
 * `actorKind` tells a knowledge-base person or organisation (kept) from a country, which heads
 * topic labels ("Russia: space ship breaks up") as often as it speaks.
 */
export function confirmHeadlineSpeakers(text: string, statements: Statement[], actorKind: (actorId: string) => string | undefined): Statement[] {
  const headline = statements.map((st) => isColonHeadline(text, st));
  if (!headline.includes(true)) return describedInHeadline(text, statements);
  // the body is read only when a headline's speaker is not a knowledge-base person or organisation (below)
  if (!statements.some((st, i) => headline[i] && !(st.actorId && actorKind(st.actorId) !== 'country'))) return statements;
  // (the same few speakers speak all through a page: each is folded once per call)
  const memo = new Map<string, string[]>();
  // (only the headlines' speakers' words are looked up below: the body's speakers give no others)
  const firsts = firstsOf(statements, headline, memo);
  const bodyMemo = new Map<string, string[]>();
  // words of the body's speakers as written and as named; word → the body statement with the
  // longest name holding it, for a headline to take ("Fenprof:" is confirmed by "o secretário-geral
  // da Fenprof, Rui Sarmento" but stays Fenprof: his name does not hold the word)
  const speaking = new Set<string>();
  const named = new Map<string, Statement>();
  statements.forEach((st, i) => {
    if (headline[i]) return;
    if (st.speaker) for (const w of wordsAmong(st.speaker.text, firsts, bodyMemo)) speaking.add(w);
    if (!st.speakerName) return;
    // (a word twice in a name changes nothing the second time: no set of each name's words)
    for (const w of wordsAmong(st.speakerName, firsts, bodyMemo)) {
      speaking.add(w);
      const had = named.get(w);
      if (!had || st.speakerName.length > had.speakerName!.length) named.set(w, st);
    }
  });
  // (a page's headlines may each be looked for in the same body statements: breitbart's six in nine)
  const flats: (string | undefined)[] = [];
  const out: Statement[] = [];
  statements.forEach((st, i) => {
    if (!headline[i]) return out.push(st);
    // the headline's words said again in the body ("Rail union chief: ‘We have been left with no choice’" over "‘We
    // have been left with no choice. …’" in Denise Marlow's paragraph of quotes): the body's speaker said them, when the
    // headline describes them (a word in lower case); a name stays ("Fenprof:" over its secretary-general's words)
    // (or by a word the body never uses, a topic: "Schockanruf-Prozess: »Ich dachte, …«" over the witness's "»Ich dachte,
    // … Da überlegt man nicht lange.«"; not "Mbaye : « … »" over "…, sourit le joueur", Ousmane Mbaye named in the body)
    const described = /\s\p{Ll}/u.test(st.speaker!.text) || (st.kind === 'direct' && !text.includes(st.speaker!.text, st.end));
    const again = !st.actorId && described ? sameWordsInBody(st, statements, headline, flats) : undefined;
    // (and a topic, "Piscine de Landivisiau : « … »", is no mention of them)
    if (again) return out.push({ ...st, ...(namesSpeaker(st, speaking, memo) ? {} : { speaker: null }), speakerName: again.speakerName, actor: again.actor, ...(again.actorId ? { actorId: again.actorId } : {}) });
    // (a known actor whose kind the caller did not say counts as someone who speaks)
    if (st.actorId && actorKind(st.actorId) !== 'country') return out.push(st);
    const words = wordsOf(st.speaker!.text, memo);
    // (a surname and words in marks in Slavic copy, as a live blog's entries run: "Pieskow: „Kreml nie otrzymał planu”";
    // its section labels do not quote)
    if (!words.some((w) => amongNames(speaking, w)) && !(st.kind === 'direct' && SURNAME.test(st.speaker!.text) && slavic(text))) return;
    let body: Statement | undefined;
    for (const w of words) for (const [x, b] of named) if (!body && sameName(x, w)) body = b;
    const fuller = !st.actorId && body && body.speakerName!.length > (st.speakerName?.length ?? 0);
    out.push(fuller ? { ...st, speakerName: body!.speakerName, actor: body!.actor, ...(body!.actorId ? { actorId: body!.actorId } : {}) } : st);
  });
  return out;
}

/** Folded words of a text, joined by single spaces. */
function flat(s: string): string {
  // (an ASCII text's words read by char code, as wordsOf reads them: a page's statements are folded whole here, one
  // match and one string per word through the pattern)
  if (ascii(s)) {
    let out = '';
    for (let i = 0; i < s.length; ) {
      if (!asciiLetter(s.charCodeAt(i))) {
        i++;
        continue;
      }
      const j = asciiWordEnd(s, i);
      // (not the closing mark of a quote in single marks, which the pattern reads as the word's apostrophe: "bad deal'")
      let e = j;
      while (s.charCodeAt(e - 1) === 39 || s.charCodeAt(e - 1) === 45) e--;
      out += out.length === 0 ? s.slice(i, e) : ' ' + s.slice(i, e);
      i = j;
    }
    return out.toLowerCase();
  }
  return [...s.matchAll(WORD)].map((m) => foldString(m[0].replace(TRAILING_MARKS, '')).toLowerCase()).join(' ');
}

/** Apostrophes and hyphens that end a word: a quote's closing single mark read with it ("deal’"). */
const TRAILING_MARKS = /['’-]+$/;

/**
 * The body statement with a speaker's name that repeats a headline's words (four words or more), if any. `flats` keeps
 * flat() of the statements by index, from one call to the next for the same statements.
 */
function sameWordsInBody(st: Statement, statements: Statement[], headline: boolean[], flats: (string | undefined)[] = []): Statement | undefined {
  const words = flat(st.text);
  const head = words.split(' ');
  if (head.length < 4) return undefined;
  return statements.find((b, j) => {
    if (headline[j] || b.start <= st.end || b.speakerName === null || b.speakerName === st.speakerName) return false;
    const body = ` ${(flats[j] ??= flat(b.text))} `;
    // (a desk trims the words it puts in a headline: "‘We will not be bullied into a bad deal’" over "we will not be
    // bullied into accepting a bad deal": in order, a few words left out between them)
    return body.includes(` ${words} `) || (body.includes(` ${head[0]} `) && inOrderWithin(body.trim().split(' '), head, HEADLINE_TRIMMED));
  });
}

/** Words of a body statement a headline may leave out between the ones it keeps. */
const HEADLINE_TRIMMED = 3;

/** Whether `head` stands in `body` in order, with at most `slack` other words among them. */
function inOrderWithin(body: string[], head: string[], slack: number): boolean {
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== head[0]) continue;
    let h = 1;
    let j = i + 1;
    for (; j < body.length && h < head.length && j - i - h <= slack; j++) if (body[j] === head[h]) h++;
    if (h === head.length && j - i - head.length <= slack) return true;
  }
  return false;
}

/**
 * A quote on the first line, the headline, whose speaker is only described, in words with one in lower case
 * ("Landerneau : « On demande aux habitants … », s'indigne le maire", "die Landrätin"; named "le maire, Yann Le Goff"
 * further down): when the body quotes the same words, its speaker said them.
 */
function describedInHeadline(text: string, statements: Statement[]): Statement[] {
  const nl = text.indexOf('\n');
  const first = statements[0];
  // (a description resolved to someone else than its words name, "Kickers-Trainer" to the other side's trainer, is
  // only described too: not a speaker named in it, "Trainer Müller" for "Martin Müller")
  if (!first || nl < 0 || first.end > nl || first.actorId || !first.speaker || first.speakerName === null) return statements;
  const memo = new Map<string, string[]>();
  if (first.speakerName !== first.speaker.text) {
    const own = wordsOf(first.speaker.text, memo);
    if (wordsOf(first.speakerName, memo).some((w) => own.includes(w))) return statements;
  }
  // (or a topic, "Parkdeck-Streit in Feldbach: „…“", "Piscine de Landivisiau : « … »": words none of the body's speakers
  // is named by)
  const speaking = new Set<string>();
  for (const b of statements.slice(1)) for (const s of [b.speaker?.text, b.speakerName]) if (s) for (const w of wordsOf(s, memo)) speaking.add(w);
  const topic = !namesSpeaker(first, speaking, memo);
  const again = sameWordsInBody(first, statements, statements.map((st) => st === first));
  if (!again) return statements;
  // (a name, or a word one of the body's speakers is named by, stays the speaker, unless the body gives the same words to
  // someone it does not name: "Studie zu Hitzetoten: „…“" over "„…“, sagte Studienleiterin Lena Hartwig", when "die Autoren
  // der Studie" speak too)
  if (!topic && !/(?:^|\s)\p{Ll}/u.test(first.speaker.text)) {
    const theirs = new Set<string>();
    for (const s of [again.speaker?.text, again.speakerName]) if (s) for (const w of wordsOf(s, memo)) theirs.add(w);
    if (namesSpeaker(first, theirs, memo)) return statements;
  }
  // (a topic is no mention of the speaker: the headline names no one)
  return [{ ...first, ...(topic ? { speaker: null } : {}), speakerName: again.speakerName, actor: again.actor, ...(again.actorId ? { actorId: again.actorId } : {}) }, ...statements.slice(1)];
}

/** Whether a word of a headline's speaker names one of the body's speakers (as written or as resolved). */
function namesSpeaker(st: Statement, speaking: ReadonlySet<string>, memo: Map<string, string[]>): boolean {
  const words = wordsOf(st.speaker!.text, memo);
  return words.length === 0 || words.some((w) => amongNames(speaking, w));
}
