/**
 * Speakers: the phrase that names who speaks next to a cue, and what it
 * resolves to — a knowledge-base actor, a person named earlier in the text
 * (for "he", "the minister", a bare surname), or a new name.
 */
import type { ActorMention } from '../match/types';
import { AUX, COMP, DET, FRAME, PRON, PRON_F, PRON_M, STOP, VERB } from './cues';
import { breaksBefore, commaBefore, isCapitalized, isRole, type Doc } from './doc';

export interface Phrase {
  /** token range [a, b) */
  a: number;
  b: number;
}

const MAX_PHRASE = 9;

/** Articles that introduce someone new ("a senior official", "ein Regierungssprecher"): never resolved to an earlier person. */
const INDEFINITE = new Set('a an ein eine einer einem un une uno una um uma'.split(' '));

/** Small words inside names and titles ("Secretary of State", "Jean de La Fontaine", "Ursula von der Leyen"). */
const CONNECTORS = new Set('of de von van der del della di da du des la le y i'.split(' '));

function blocked(d: Doc, k: number): boolean {
  return (d.flags[k] & (VERB | COMP | STOP)) !== 0 && !CONNECTORS.has(d.keys[k]);
}

function nameLike(d: Doc, k: number): boolean {
  return (isCapitalized(d, k) && !(d.flags[k] & STOP)) || isRole(d, k);
}

/**
 * The speaker phrase ending right before token `end` (exclusive), not reaching
 * before `min`: a pronoun, or a run of name/title words ("Russian Foreign
 * Minister Sergei Lavrov", "the Kremlin spokesman"). An apposition between
 * commas right before the cue ("Helena Marsh, a defence analyst, said") gives
 * the name before it.
 */
export function phraseBefore(d: Doc, end: number, min: number, beforeApposition = false): Phrase | null {
  let k = end - 1;
  // "has said", "a-t-il affirmé", "also said"
  while (k >= min && d.flags[k] & AUX && !(d.flags[k] & PRON) && !breaksBefore(d, k + 1)) k--;
  if (k < min) return null;
  if (!beforeApposition && breaksBefore(d, k + 1)) {
    // "Oksana Hrytsenko, a lawmaker from his party, told": skip back over the apposition.
    if (commaBefore(d, k + 1)) {
      let j = k;
      let steps = 0;
      while (j > min && !commaBefore(d, j) && steps < 12) {
        if (breaksBefore(d, j) || d.flags[j] & VERB) return null;
        j--;
        steps++;
      }
      // a clause with its own subject is not an apposition ("Speaking in Ohio, he defended the plan, saying")
      if (d.flags[j] & (PRON_M | PRON_F) && !(d.flags[j] & (DET | STOP))) return null;
      if (j > min && commaBefore(d, j)) {
        const before = phraseBefore(d, j, min, true);
        // "La porte-parole de la diplomatie, Maria Kovalenko, a estimé": the role, then the name in apposition
        if (before && isNameRun(d, j, k + 1)) {
          for (let t = before.a; t < before.b; t++) if (isRole(d, t)) return { a: before.a, b: k + 1 };
        }
        return before;
      }
    }
    return null;
  }
  if (d.flags[k] & PRON) return { a: k, b: k + 1 };
  // a phrase does not end on a preposition or a conjunction ("the crowd and boomed", "the delay by saying")
  if (d.flags[k] & (STOP | COMP) && !(d.flags[k] & DET) && !isCapitalized(d, k)) return null;
  if (!nameLike(d, k)) {
    // "the newspaper said", "the ad claims", "Le ministre russe des Affaires étrangères": a determiner and a few words
    for (let j = k - 1; j >= Math.max(min, k - 6); j--) {
      if (breaksBefore(d, j + 1) || (d.flags[j] & PRON && !(d.flags[j] & DET)) || (blocked(d, j) && !(d.flags[j] & DET))) return null;
      // an article inside a complement ("ministre russe des Affaires") does not open the phrase
      if (d.flags[j] & DET && !(j > min && !breaksBefore(d, j) && !(d.flags[j - 1] & (DET | PRON)) && !blocked(d, j - 1))) return { a: j, b: k + 1 };
    }
    return null;
  }
  let a = k;
  let lower = 0;
  while (a - 1 >= min && k - a + 1 < MAX_PHRASE && !breaksBefore(d, a)) {
    const j = a - 1;
    if (d.flags[j] & PRON && !(d.flags[j] & DET)) break;
    if (d.flags[j] & DET && !(d.flags[j] & (VERB | COMP))) {
      a = j;
      break;
    }
    if (blocked(d, j)) {
      // "Anna Wiśniewska z Ośrodka Studiów Wschodnich uważa": a name, then where the person is from
      if (d.flags[j] & STOP && !(d.flags[j] & (VERB | COMP)) && !isCapitalized(d, j) && isCapitalized(d, a) && j - 1 >= min && nameLike(d, j - 1) && !breaksBefore(d, j)) {
        a = j;
        lower = 0;
        continue;
      }
      break;
    }
    if (d.flags[j] & DET) {
      a = j;
      break;
    }
    if (nameLike(d, j)) lower = 0;
    else if (++lower > 3) break;
    a = j;
  }
  while (a < k && !nameLike(d, a) && !(d.flags[a] & DET)) a++;
  return { a, b: k + 1 };
}

/** Whether tokens [a, b) are a name: two or three capitalised words, no role noun or small word. */
function isNameRun(d: Doc, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 3) return false;
  for (let k = a; k < b; k++) if (!isCapitalized(d, k) || d.flags[k] & (STOP | DET | PRON | VERB) || isRole(d, k) || (k > a && breaksBefore(d, k))) return false;
  return true;
}

/**
 * A lower-case word that may sit inside a speaker phrase: an adjective before a role noun ("the national security
 * spokesman", "a former senior police official"), a connector before a name. At the head of the phrase, also the
 * descriptors a name follows ("said retired teacher Anne Lowell", "said pollster Frank Bell").
 */
function innerWord(d: Doc, b: number, max: number, head = false): number {
  if (blocked(d, b)) return -1;
  for (let j = b + 1; j < Math.min(max, b + 4); j++) {
    if (breaksBefore(d, j)) return -1;
    if (isRole(d, j) || (CONNECTORS.has(d.keys[b]) && isCapitalized(d, j) && !(d.flags[j] & STOP))) return j;
    // (a word, not a preposition: "interrogé par l'AFP" names no speaker)
    if (head && j <= b + 2 && d.keys[b].length >= 4 && nameLike(d, j) && !(d.flags[j] & (DET | PRON | VERB))) return j;
    if (blocked(d, j) || d.flags[j] & PRON) return -1;
  }
  return -1;
}

/** The speaker phrase right after the cue ("said Mark Delaney, the spokesman", "sagte sie", "ha spiegato l'analista Marco Bellini"). */
export function phraseAfter(d: Doc, start: number, max: number): Phrase | null {
  let k = start;
  while (k < max && d.flags[k] & AUX && !(d.flags[k] & PRON) && !breaksBefore(d, k)) k++;
  // time words between the cue and an inverted subject: "a averti jeudi le président"
  for (let skip = 0; skip < 2 && k + 1 < max && d.flags[k] & STOP && !(d.flags[k] & (PRON | DET | COMP)) && !breaksBefore(d, k + 1); skip++) {
    const nx = d.flags[k + 1];
    if (nx & (DET | PRON) || nameLike(d, k + 1)) k++;
    else break;
  }
  if (k >= max || (k > start && breaksBefore(d, k))) return null;
  // "il" is a pronoun in French and an article in Italian: an article when a noun follows
  const article = d.flags[k] & DET && k + 1 < max && !breaksBefore(d, k + 1) && nameLike(d, k + 1);
  // "on" is a pronoun in French and a preposition in English: a preposition before a name or an article ("said on Sunday")
  const preposition = d.flags[k] & STOP && k + 1 < max && !breaksBefore(d, k + 1) && (isCapitalized(d, k + 1) || d.flags[k + 1] & DET);
  if (preposition && !article) return null;
  if (d.flags[k] & PRON && !article) return { a: k, b: k + 1 };
  if (d.flags[k] & FRAME && !isCapitalized(d, k)) return null;
  let b: number;
  if (d.flags[k] & DET && k + 1 < max && !nameLike(d, k + 1)) {
    // "according to the newspaper", "said the ad": a determiner and a few lower-case words
    b = k + 1;
    while (b < max && b - k <= 3 && !breaksBefore(d, b) && !blocked(d, b) && !(d.flags[b] & (PRON | AUX | DET)) && !nameLike(d, b)) b++;
    if (b < max && !breaksBefore(d, b) && nameLike(d, b)) b++;
    else if (b < max && !breaksBefore(d, b) && !(d.flags[b] & STOP)) return null;
    return b > k + 1 ? { a: k, b } : null;
  }
  if (d.flags[k] & DET || nameLike(d, k)) b = k + 1;
  else {
    const j = innerWord(d, k, max, true);
    if (j < 0) return null;
    b = j + 1;
  }
  while (b < max && b - k < MAX_PHRASE && !breaksBefore(d, b)) {
    if (nameLike(d, b)) {
      b++;
      continue;
    }
    if (d.flags[b] & PRON) break;
    const j = innerWord(d, b, max);
    if (j < 0) break;
    b = j + 1;
  }
  // an adjective after the role that ends the phrase ("d'après un diplomate européen, …")
  if (b < max && b > k && isRole(d, b - 1) && !breaksBefore(d, b) && !isCapitalized(d, b) && !(d.flags[b] & (STOP | DET | PRON | VERB | COMP | AUX)) && (b + 1 >= max || breaksBefore(d, b + 1))) b++;
  while (b > k && d.flags[b - 1] & DET) b--;
  if (b === k) return null;
  if (b - k === 1 && d.flags[k] & DET) return null;
  return { a: k, b };
}

/** A speaker phrase that opens a clause ("Daniel Price, a former official, put it this way:"). */
export function phraseAt(d: Doc, start: number, max: number): Phrase | null {
  if (start >= max) return null;
  if (d.flags[start] & PRON) return { a: start, b: start + 1 };
  return phraseAfter(d, start, max);
}

// ---------- resolution ----------

export interface Person {
  name: string;
  actorId?: string;
  ref?: string;
  gender: 'm' | 'f' | null;
  /** folded words said of the person (title, apposition), for "the minister" */
  words: Set<string>;
  /** folded last token of the name, for a bare surname */
  surname: string;
}

export interface Resolved {
  name: string | null;
  actorId?: string;
  ref?: string;
}

const FEMALE_NAMES_NOT_A = new Set(
  ('katrin ingrid sarah claire beatrice miriam ines carmen lucia elisabeth karin helen helene ellen kim ' +
    // names ending in -e are mostly women's in French and German copy (Anne, Marie, Sophie), not all (Pierre, Uwe)
    'anne marie sophie julie nicole christine caroline catherine charlotte louise alice elise celine aurelie nathalie ' +
    'valerie isabelle emilie stephanie melanie virginie delphine sandrine laurence florence agnes chloe zoe irene ' +
    'pauline justine margaux amelie juliette josephine annette brigitte heike silke anke elke ute renate gabriele ' +
    'ulrike susanne sabine simone stefanie nicole denise jacqueline michelle danielle rachel ruth esther judith ' +
    'ingrid astrid sigrid gudrun doris iris agnieszka beatrix'
  ).split(' '),
);
const MALE_NAMES_A = new Set('luca andrea nikita ilya kuba sasha mustafa joshua jona jonah'.split(' '));

function guessGender(first: string): 'm' | 'f' | null {
  const f = first.toLowerCase();
  if (f.length < 2) return null;
  if (FEMALE_NAMES_NOT_A.has(f)) return 'f';
  if (MALE_NAMES_A.has(f)) return 'm';
  return /[aая]$/.test(f) ? 'f' : 'm';
}

/** The people named so far, in text order, and what their mentions resolve to. */
export class Registry {
  people: Person[] = [];
  private mentions: ActorMention[];
  private mi = 0;
  constructor(
    private d: Doc,
    actorMentions: ActorMention[],
    private actorName: (id: string) => string | undefined,
    private actorKind: (id: string) => string | undefined,
  ) {
    this.mentions = [...actorMentions].sort((x, y) => x.start - y.start);
  }

  private scanned = 0;

  /** Registers the people named before `pos`: knowledge-base people, and names introduced by a role ("the analyst Katrin Albers", "Katrin Albers, a security analyst"). */
  advance(pos: number): void {
    const d = this.d;
    const upto = this.tokenAt(pos);
    for (let k = this.scanned; k < upto - 1; k++) {
      if (!isCapitalized(d, k + 1) || breaksBefore(d, k + 1)) continue;
      // a role right before the name, or a role and its adjective ("le député européen Thomas Girard")
      const adjective = k > 0 && isRole(d, k - 1) && !isCapitalized(d, k) && !(d.flags[k] & (STOP | DET | PRON | VERB | COMP)) && !breaksBefore(d, k);
      const titled = isRole(d, k) || adjective;
      const opens = titled || (isCapitalized(d, k) && (k === 0 || breaksBefore(d, k) || d.sentenceStart[d.sentenceOf[k]] === k));
      if (!opens) continue;
      let a = titled ? k + 1 : k;
      let b = a;
      while (b < upto && b - a < 5 && isCapitalized(d, b) && !(d.flags[b] & (STOP | DET | PRON)) && !isRole(d, b) && !isOrgWord(d.keys[b]) && (b === a || !breaksBefore(d, b))) b++;
      if (b - a < 2) continue;
      // a longer run is an institution, then the name: "Ekspertka Ośrodka Studiów Wschodnich Marta Zielińska"
      if (b - a > 3) a = b - 2;
      // without a role before it, a name needs an apposition after it: ", a security analyst"
      if (!titled && !(b < d.n && commaBefore(d, b) && (d.flags[b] & DET || isRole(d, b)))) continue;
      if (this.mentionCovers(d.ts[a], d.te[b - 1])) continue;
      const name = d.text.slice(d.ts[a], d.te[b - 1]);
      const surname = d.keys[b - 1];
      if (!this.people.some((p) => p.surname === surname)) {
        this.touch({ name, gender: guessGender(d.keys[b - 2]), words: new Set(titled ? [d.keys[adjective ? k - 1 : k]] : []), surname }, new Set());
      }
      k = b - 1;
    }
    if (upto > this.scanned) this.scanned = upto;
    while (this.mi < this.mentions.length && this.mentions[this.mi].start < pos) {
      const m = this.mentions[this.mi++];
      if (this.actorKind(m.actorId) === 'person') this.touch(this.personOfActor(m), this.contextWords(m.start, m.end));
    }
  }

  /** Whether an actor mention spans [start, end) (mentions are sorted and short). */
  private mentionCovers(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < start - 400) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.mentions.length && this.mentions[i].start <= start; i++) if (this.mentions[i].end >= end) return true;
    return false;
  }

  private contextWords(pos: number, end: number): Set<string> {
    // the mention's words and the few before it: its title ("Russian Foreign Minister Sergei Lavrov")
    const out = new Set<string>();
    for (let j = this.tokenAt(pos); j < this.d.n && this.d.ts[j] < end; j++) out.add(this.d.keys[j]);
    let k = this.tokenAt(pos) - 1;
    for (let i = 0; i < 4 && k >= 0; i++, k--) {
      if (breaksBefore(this.d, k + 1)) break;
      out.add(this.d.keys[k]);
    }
    return out;
  }

  private tokenAt(pos: number): number {
    let lo = 0;
    let hi = this.d.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.d.ts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private personOfActor(m: ActorMention): Person {
    const existing = this.people.find((p) => p.actorId === m.actorId);
    if (existing) return existing;
    const name = this.actorName(m.actorId) ?? m.text;
    return { name, actorId: m.actorId, ref: m.ref, gender: guessGender(name.split(/\s+/)[0]), words: new Set(), surname: '' };
  }

  private touch(p: Person, words: Set<string>): void {
    const i = this.people.indexOf(p);
    if (i >= 0) this.people.splice(i, 1);
    for (const w of words) p.words.add(w);
    this.people.push(p);
  }

  /**
   * What the phrase [a, b) names. `context` are words said of the speaker
   * (an apposition); `feminine` when the verb's form says so.
   */
  resolve(ph: Phrase, context: number[], feminine: boolean): Resolved {
    const d = this.d;
    const start = d.ts[ph.a];
    const end = d.te[ph.b - 1];
    const words = new Set<string>();
    for (let k = ph.a; k < ph.b; k++) words.add(d.keys[k]);
    for (const k of context) words.add(d.keys[k]);
    // 1. a knowledge-base actor named in the phrase
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].end <= start - 400) lo = mid + 1;
      else hi = mid;
    }
    // a person named in it first; a country or an institution only when no person is named or described beside it
    // ("l'Élysée", "Paris"; not "La porte-parole de la diplomatie ukrainienne, Maria Kovalenko")
    let other: ActorMention | null = null;
    let passed: ActorMention | null = null;
    for (let i = lo; i < this.mentions.length; i++) {
      const m = this.mentions[i];
      if (m.start >= end) break;
      if (m.end <= start) continue;
      if (this.actorKind(m.actorId) === 'person') {
        // "Пресс-секретарь президента России Дмитрий Песков": the person named after is the speaker, not the one the role belongs to
        if (this.nameAfter(ph, m)) {
          passed = m;
          continue;
        }
        const p = this.personOfActor(m);
        this.touch(p, words);
        return { name: p.name, actorId: m.actorId, ref: m.ref };
      }
      other ??= m;
    }
    if (other && !this.describesPerson(ph, other)) {
      const p = this.personOfActor(other);
      return { name: p.name, actorId: other.actorId, ref: other.ref };
    }
    // 2. a name: capitalised words that are not role nouns or articles
    // the run of name words after a role noun ("Kremlin spokesman Pavel Orlov"), else the first run
    let na = -1;
    let nb = -1;
    let afterTitle = false;
    for (let k = ph.a; k < ph.b; k++) {
      const title = isRole(d, k);
      const inPassed = passed !== null && d.ts[k] >= passed.start && d.te[k] <= passed.end;
      const nameWord = !inPassed && isCapitalized(d, k) && !(d.flags[k] & (DET | PRON | STOP)) && !title && !isOrgWord(d.keys[k]);
      if (nameWord) {
        const fresh = na < 0 || nb !== k;
        if (fresh && (na < 0 || (k > ph.a && isRole(d, k - 1) && !afterTitle))) {
          afterTitle = na >= 0 || (k > ph.a && isRole(d, k - 1));
          na = k;
          nb = k + 1;
        } else if (nb === k) nb = k + 1;
      }
    }
    // a longer run is an institution, then the name ("Ekspertka Ośrodka Studiów Wschodnich Marta Zielińska")
    if (na >= 0 && nb - na > 3) na = nb - 2;
    if (na >= 0 && !(na === ph.a && ph.b - ph.a > 1 && nb - na === 1 && d.sentenceStart[d.sentenceOf[na]] === na && !isLikelyName(d, na))) {
      const surname = d.keys[nb - 1];
      if (nb - na === 1) {
        const known = this.findSurname(surname);
        if (known) {
          this.touch(known, words);
          return { name: known.name, actorId: known.actorId, ref: known.ref };
        }
      }
      const name = d.text.slice(d.ts[na], d.te[nb - 1]);
      // the first name stands before the surname ("депутат Рады Алла Кравец")
      const p: Person = { name, gender: feminine ? 'f' : guessGender(d.keys[nb - 1 > na ? nb - 2 : na]), words, surname };
      if (nb - na > 1) this.touch(p, words);
      return { name };
    }
    // 3. a pronoun: the last person of a compatible gender
    if (ph.b - ph.a === 1 && d.flags[ph.a] & PRON) {
      const g = d.flags[ph.a] & PRON_F || feminine ? 'f' : d.flags[ph.a] & PRON_M ? 'm' : null;
      for (let i = this.people.length - 1; i >= 0; i--) {
        const p = this.people[i];
        if (g === null || p.gender === null || p.gender === g) return { name: p.name, actorId: p.actorId, ref: p.ref };
      }
      return { name: null };
    }
    // 4. a role noun with a definite article: the last person described with it, else the last person
    const text = d.text.slice(start, end);
    if (INDEFINITE.has(d.keys[ph.a])) return { name: text };
    let title = '';
    for (let k = ph.a; k < ph.b; k++) if (isRole(d, k)) title = d.keys[k];
    if (title) {
      const stem = title.slice(0, Math.max(4, Math.min(title.length, 6)));
      for (let i = this.people.length - 1; i >= 0; i--) {
        const p = this.people[i];
        for (const w of p.words) if (w.startsWith(stem)) return { name: p.name, actorId: p.actorId, ref: p.ref };
      }
      const last = this.people[this.people.length - 1];
      if (last && !isCollective(title)) return { name: last.name, actorId: last.actorId, ref: last.ref };
    }
    return { name: text };
  }

  /** Whether a name of two words follows the actor mention in the phrase. */
  private nameAfter(ph: Phrase, m: ActorMention): boolean {
    const d = this.d;
    let run = 0;
    for (let k = ph.a; k < ph.b; k++) {
      if (d.ts[k] < m.end) continue;
      if (isCapitalized(d, k) && !(d.flags[k] & (DET | PRON | STOP)) && !isRole(d, k) && !isOrgWord(d.keys[k])) {
        if (++run >= 2) return true;
      } else run = 0;
    }
    return false;
  }

  /** Whether a phrase names a person beside an actor mention in it: a name of two words, or a role the mention only qualifies ("la diplomatie ukrainienne"). */
  private describesPerson(ph: Phrase, m: ActorMention): boolean {
    const d = this.d;
    let run = 0;
    let role = false;
    for (let k = ph.a; k < ph.b; k++) {
      const inMention = d.ts[k] >= m.start && d.te[k] <= m.end;
      if (inMention) {
        run = 0;
        continue;
      }
      if (isRole(d, k) && !isOrgWord(d.keys[k])) role = true;
      if (isCapitalized(d, k) && !(d.flags[k] & (DET | PRON | STOP)) && !isRole(d, k) && !isOrgWord(d.keys[k])) {
        if (++run >= 2) return true;
      } else run = 0;
    }
    const mentionLower = d.text[m.start] === d.text[m.start].toLowerCase();
    return role && mentionLower;
  }

  /** The speaker of a verb with no subject ("— powiedziała.", "explicó"): the last person of the verb's gender. */
  resolveDropped(feminine: boolean): Resolved {
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i];
      if (!feminine || p.gender !== 'm') return { name: p.name, actorId: p.actorId, ref: p.ref };
    }
    return { name: null };
  }

  private findSurname(surname: string): Person | null {
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i];
      if (p.surname && sameStem(p.surname, surname)) return p;
    }
    return null;
  }
}

function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const l = Math.min(a.length, b.length);
  if (l < 4) return false;
  const p = Math.max(4, l - 2);
  return a.slice(0, p) === b.slice(0, p);
}

const COLLECTIVE = /^(sources?|officials?|experts?|analysts?|diplomats?|quellen|fontes|fuentes|fonti|источник|джерел)/;
function isCollective(title: string): boolean {
  return COLLECTIVE.test(title);
}

/** Words that name institutions, not people ("Kremlin", "Ministry"). */
const ORG = /^(etat|estado|stato|kremlin|kreml|cremlin|white|house|ministry|ministerium|ministere|ministerio|ministero|government|regierung|gouvernement|gobierno|governo|police|polizei|policia|polizia|court|gericht|tribunal|tribunale)$/;
function isOrgWord(key: string): boolean {
  return ORG.test(key);
}

/** A capitalised first word of a sentence that is likely a name: followed by another capitalised word. */
function isLikelyName(d: Doc, k: number): boolean {
  return k + 1 < d.n && isCapitalized(d, k + 1);
}
