import { useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import { tabRequest } from '@/lib/messaging/tab-client';
import type { ReportedClaim } from '@/lib/report';
import type { KnowledgeBaseView } from '../use-knowledge-base';
import { errorMessage } from './page-access';
import { quoteKey } from './save-form';

export interface PageClaimsProps {
  found: Array<ReportedClaim & { sentences?: number }>;
  kb: KnowledgeBaseView;
  tabId: number | undefined;
  /** quote key → saved item id */
  saved: Map<string, string>;
  /** reads the saved list again; resolves when shown */
  reload: () => Promise<void>;
  /** a sentence for the popup's status line */
  announce: (message: string, tone?: 'ok' | 'error') => void;
  /** the site is off or the page unreadable: saving from it would be refused */
  blocked: string | null;
}

/** The claims found on the page, each with Save, or Saved and Undo. */
export function PageClaims({ found, kb, tabId, saved, reload, announce, blocked }: PageClaimsProps) {
  const [busy, setBusy] = useState<string | null>(null);
  if (found.length === 0) return null;

  const save = async (item: ReportedClaim, label: string) => {
    if (tabId === undefined) return;
    setBusy(item.claimId);
    try {
      const { created } = await tabRequest(tabId, 'tab/save-match', { claimId: item.claimId, index: item.index });
      await reload();
      announce(created ? `Saved: ${label}` : `Already saved: ${label}`);
    } catch (error) {
      announce(`Could not save: ${errorMessage(error)}`, 'error');
    } finally {
      setBusy(null);
    }
  };

  const undo = async (item: ReportedClaim, id: string, label: string) => {
    setBusy(item.claimId);
    try {
      await request('saved/delete', { id });
      await reload();
      announce(`Removed from your saved claims: ${label}`);
    } catch (error) {
      announce(`Could not undo: ${errorMessage(error)}`, 'error');
    } finally {
      setBusy(null);
    }
  };

  return (
    <ul class="plain stack" data-testid="page-claims" aria-label="Claims on this page">
      {found.map((item) => {
        const claim = kb.claims.get(item.claimId);
        const speaker = claim?.speakerId ? kb.actors.get(claim.speakerId) : null;
        const label = claim?.summary ?? item.ref;
        const savedId = saved.get(quoteKey(item.text)) ?? null;
        const working = busy === item.claimId;
        return (
          <li
            key={item.claimId}
            data-ref={item.ref}
            data-claim-id={item.claimId}
            data-saved={savedId ? 'true' : 'false'}
            class="card"
          >
            <div class="spread">
              <strong>{label}</strong>
              <span class="small muted" title="How sure the match is">
                {Math.round(item.score * 100)}%
              </span>
            </div>
            <div class="spread claim-meta">
              <span class="small muted">
                {speaker ? speaker.name : claim?.attribution}
                {item.sentences && item.sentences > 1 ? ` · ${item.sentences} sentences on this page` : ''}
              </span>
              <span class="row claim-actions">
                {savedId ? (
                  <>
                    <span class="saved-mark small" data-testid="claim-saved">
                      <span aria-hidden="true">✓ </span>Saved
                    </span>
                    <button
                      type="button"
                      data-testid="claim-undo"
                      disabled={working}
                      aria-label={`Undo saving: ${label}`}
                      onClick={() => undo(item, savedId, label)}
                    >
                      Undo
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    data-testid="claim-save"
                    disabled={working || tabId === undefined || blocked !== null}
                    title={blocked ?? undefined}
                    aria-label={`Save: ${label}`}
                    onClick={() => save(item, label)}
                  >
                    {working ? 'Saving…' : 'Save'}
                  </button>
                )}
              </span>
            </div>
            <p class="quote small clamp" title={item.text}>
              {item.text}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
