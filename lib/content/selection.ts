/**
 * Turning the reader's selection into a claim to save: the sentence, where it
 * sits in the page, the actors it names and the knowledge-base claim it
 * matches, ready for the reader to edit before saving. Bad input gets a
 * reason in words, and nothing is saved.
 */
import { MAX_SAVED_TEXT } from '../messaging/validate';
import type { TabRequestMap } from '../messaging/tab-protocol';
import { SELECTION_MESSAGES, type SelectionRefusal } from '../messaging/tab-protocol';
import type { ContentController } from './controller';

type Answer = TabRequestMap['tab/selection']['response'];

const refuse = (reason: SelectionRefusal): Answer => ({ ok: false, reason, message: SELECTION_MESSAGES[reason] });

export async function selectionToSave(doc: Document, controller: ContentController): Promise<Answer> {
  if (!controller.enabled) return refuse('disabled');
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return refuse('empty');
  const range = selection.getRangeAt(0);
  const raw = range.toString();
  // Measured before any clean-up: a megabyte selection is refused without copying it around.
  if (raw.length > MAX_SAVED_TEXT) return refuse('too-long');
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length === 0) return refuse('empty');
  const selector = await controller.describe(range);
  if (!selector || selector.exact.trim().length === 0) return refuse('not-in-page');
  const found = await controller.analyse(text);
  const best = found?.claims.slice().sort((a, b) => b.score - a.score)[0] ?? null;
  return {
    ok: true,
    item: {
      text,
      url: doc.location.href,
      pageTitle: doc.title,
      claimId: best?.claimId ?? null,
      actorIds: [...new Set(found?.actors.map((a) => a.actorId) ?? [])],
      note: '',
      tags: [],
      selector,
    },
  };
}
