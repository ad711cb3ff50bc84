/**
 * Who said what: the statements an article reports, with their speakers.
 *
 * Offsets are UTF-16 indices into the text given to `attribute()`, end
 * exclusive, like the matcher's (lib/match/types.ts).
 */
import type { ActorMention } from '../match/types';
import type { Segmented } from '../text/segment';

export interface Span {
  start: number;
  end: number;
}

export interface SpeakerSpan extends Span {
  /** text.slice(start, end): the speaker as written next to the cue ("he", "the minister", "Lavrov") */
  text: string;
}

/**
 * - direct: the words are quoted (quotation marks, or a dash-introduced line in Russian/Ukrainian);
 * - indirect: reported speech ("X said that …", "according to X, …");
 * - mixed: reported speech that quotes a part of four words or more.
 */
export type StatementKind = 'direct' | 'indirect' | 'mixed';

export interface Statement {
  /** the content: the words said, not the attribution; a quote interrupted by its cue runs from its first mark to its last */
  start: number;
  end: number;
  kind: StatementKind;
  /** text.slice(start, end) */
  text: string;
  /** the reporting words ("said", "according to", "заявил", "so"), or null (a quote in a paragraph of quotes) */
  cue: Span | null;
  /** the mention that names the speaker at this statement; for a quote with no cue of its own, the previous quote's speaker */
  speaker: SpeakerSpan | null;
  /** who it resolves to: the knowledge-base name when `actorName` is given, else the fullest name the text uses */
  speakerName: string | null;
  /** the knowledge-base actor's catalogue ref ("A01") when the speaker is one, else null */
  actor: string | null;
  /** the knowledge-base actor's id, when `actor` is set */
  actorId?: string;
  /** German copy: the speaker's own words quoted inside this indirect or mixed statement („…“), in text order */
  quotes?: Span[];
}

export interface AttributeOptions {
  /**
   * The text already segmented (lib/text/segment.ts) — the matcher's own
   * segmentation of the same text, so a page is normalised once.
   */
  segmented?: Segmented;
  /** the matcher's actor mentions in this text (scan().actors): speakers that name an actor link to it */
  actorMentions?: ActorMention[];
  /** the knowledge-base name of an actor id, for `speakerName` */
  actorName?: (actorId: string) => string | undefined;
  /** kind of an actor id ("person", "country"…): pronouns and titles resolve to people only */
  actorKind?: (actorId: string) => string | undefined;
  /**
   * The text is a window cut from a longer one (the matcher's sentences and the few before them):
   * a headline "Name: words" is kept as it is, since the rest of the article, where its speaker
   * would speak again, is not there to ask (headline-speakers.ts).
   */
  window?: boolean;
  /**
   * 'throw': when the lexicon tables are not built yet, throw the ColdTables error (lib/attribution/cold-tables.ts)
   * instead of building them here, all at once. A scan in the content script takes this, and builds them a task
   * at a time (warmStep, lib/attribution/warm.ts) before it asks again.
   */
  whenCold?: 'build' | 'throw';
}
