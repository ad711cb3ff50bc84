/**
 * Who said what: `attribute(text, options)` → the statements of the text
 * (see types.ts), in text order.
 *
 * Runs on the matcher's normalisation and segmentation (pass the matcher's
 * `Segmented` to reuse it) and on its actor mentions, so a speaker that names
 * a knowledge-base actor links to it without a second list of names.
 */
import { segment } from '../text/segment';
import { assemble } from './assemble';
import { makeDoc } from './doc';
import { findQuotes } from './quotes';
import { confirmHeadlineSpeakers } from './headline-speakers';
import { speakersOfRepeatedQuotes } from './repeated-quotes';
import { Registry } from './speaker';
import type { AttributeOptions, Statement } from './types';
import { coldTables } from './cold-tables';
import { attributionWarm } from './warm';

export { warmStep, attributionWarm } from './warm';
export type { AttributeOptions, Statement, StatementKind, Span, SpeakerSpan } from './types';

export function attribute(text: string, options: AttributeOptions = {}): Statement[] {
  if (options.whenCold === 'throw' && !attributionWarm()) throw coldTables();
  const seg = options.segmented ?? segment(text);
  const doc = makeDoc(text, seg);
  const quotes = findQuotes(text);
  const actorKind = options.actorKind ?? (() => undefined);
  const registry = new Registry(doc, options.actorMentions ?? [], options.actorName ?? (() => undefined), actorKind);
  const statements = assemble(doc, quotes, registry);
  return options.window ? statements : speakersOfRepeatedQuotes(doc, confirmHeadlineSpeakers(text, statements, actorKind));
}
