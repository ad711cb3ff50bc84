/**
 * The shapes of the knowledge base, declared once and used by the seed, the
 * database, the compiler, the matcher and the UI.
 *
 * Ids: every entry has a stable internal `id` and a public `ref`. Seed entries
 * use the catalogue id for both ("A01", "C07"); entries a user adds get a
 * generated id and a ref of their own ("U-…"). Everything that points at
 * another entry (relations, speakers, subjects) points at its `id`.
 */

/** BCP-47 primary language subtag: "en", "ru", "uk", "de", "fr", "es", "pt", "it", "pl"… */
export type Lang = string;

export type ActorKind = 'person' | 'country' | 'organisation' | 'group';

/**
 * How an alias refers to its actor. The matcher gives names more confidence
 * than titles, and titles more than metonyms and demonyms.
 * - name: a full name or the canonical form ("Sergei Lavrov", "Сергей Лавров")
 * - surname: a bare surname ("Lavrov"); safe alone for distinctive surnames
 * - variant: another spelling or transliteration of a name ("Zelenskyy", "Selenskyj")
 * - inflection: a grammatical case form ("Лаврова", "Зеленського", "Putins")
 * - abbreviation: "US", "U.S.", "UK", "NATO", "ОТАН"
 * - title: a role description that designates the actor ("the Russian foreign minister")
 * - metonym: a place standing for a government ("Moscow", "Kyiv", "Kiev", "Washington", "the Kremlin")
 * - demonym: an adjective of nationality used for the state ("Russian", "Ukrainian")
 */
export type AliasType =
  | 'name'
  | 'surname'
  | 'variant'
  | 'inflection'
  | 'abbreviation'
  | 'title'
  | 'metonym'
  | 'demonym';

export interface Alias {
  text: string;
  lang: Lang;
  type: AliasType;
  /**
   * Match only with the capitalisation written here (first letter of each
   * word, or all caps for acronyms). Keeps "trump card" from matching "Trump"
   * and "us" from matching "US". Defaults: true for name, surname, variant,
   * inflection, abbreviation, metonym; false for title and demonym.
   */
  caseSensitive?: boolean;
  /**
   * The mention is rejected when the next word is one of these (compared
   * case-insensitively): "Post", "Times" for "Washington"; "Open" for "U.S.".
   */
  unlessFollowedBy?: string[];
  /** The mention is rejected when the previous word is one of these: "George" for "Washington". */
  unlessPrecededBy?: string[];
  /**
   * Only recognised after a name or variant of the same actor earlier in the
   * text: for common surnames that are also ordinary words or other people's names.
   */
  requiresPriorName?: boolean;
}

export type RelationType =
  | 'citizen-of' // a person of a country
  | 'leads' // a person leads a country or organisation
  | 'serves' // a person is a minister / envoy of a country
  | 'member-of' // a country in an organisation or group
  | 'part-of' // an organisation within a state (armed forces → Russia)
  | 'allied-with';

export interface Relation {
  type: RelationType;
  /** id of the target actor */
  target: string;
  /** a few words in plain language ("foreign minister of") */
  label?: string;
}

export interface Actor {
  id: string;
  ref: string;
  kind: ActorKind;
  name: string;
  role: string;
  description: string;
  aliases: Alias[];
  relations: Relation[];
  /** ids of the sources that mention this actor */
  sourceIds: string[];
}

/** A span of a source document that supports a claim. Offsets are UTF-16 indices into Source.text. */
export interface Evidence {
  sourceId: string;
  start: number;
  end: number;
  /** must equal source.text.slice(start, end): checked by the validator */
  text: string;
}

/**
 * A term of a concept, in one language. Written as it appears in text; a token
 * ending in "*" matches any word starting with what precedes it, which is how
 * inflected forms are covered ("гаранти*" → гарантии, гарантий, гарантиями).
 */
export interface Term {
  text: string;
  lang: Lang;
}

/**
 * One idea the claim needs a sentence to express, with its wordings across
 * languages: for C06 "peacekeepers" (peacekeeping troops, миротворцы,
 * Friedenstruppen, casques bleus…) and "reject" (rule out, отвергает, lehnt ab…).
 * A sentence matches a claim when it covers enough of the claim's weight.
 */
export interface Concept {
  /** short label for debugging and the UI ("peacekeepers") */
  label: string;
  /** relative importance, > 0; the matcher normalises over the claim */
  weight: number;
  /** a sentence lacking a required concept cannot match the claim */
  required?: boolean;
  terms: Term[];
}

export type ClaimPolarity = 'affirmative' | 'negative';

export interface Claim {
  id: string;
  ref: string;
  /** actor id of who said it, or null for reporting / commentators */
  speakerId: string | null;
  /** who is quoted and through whom, in plain words ("Lavrov, reporting Putin's words") */
  attribution: string;
  /** actor ids the claim is about */
  subjectIds: string[];
  /** the claim in plain words */
  summary: string;
  /**
   * Optional headline of the claim (e.g. a fact-check's title). For claims
   * without concepts, the matcher indexes it with the summary.
   */
  title?: string;
  lang: Lang;
  /**
   * Whether the claim itself is a refusal or denial. Lets the matcher tell
   * "Lavrov rejected peacekeepers" (negative claim, matched) from a sentence
   * that negates an affirmative claim.
   */
  polarity: ClaimPolarity;
  /** paraphrase cues: the concepts a matching sentence expresses */
  concepts: Concept[];
  /** evidence from source documents (at least one for seed claims) */
  evidence: Evidence[];
  tags?: string[];
}

export interface Source {
  id: string;
  title: string;
  /** publisher or origin in plain words */
  publisher: string;
  url?: string;
  /** ISO date, when known */
  published?: string;
  lang: Lang;
  /** the full document text; evidence offsets index into it */
  text: string;
}

export interface KnowledgeBase {
  /** bumped whenever the seed changes; drives re-seeding and index rebuilds */
  version: string;
  sources: Source[];
  actors: Actor[];
  claims: Claim[];
}
