/** Actors, claims and sources from the extension's database, for display. */
import { useEffect, useState } from 'preact/hooks';
import { database } from '@/lib/db/database';
import type { ActorRecord, ClaimRecord, SourceRecord } from '@/lib/db/records';

export interface KnowledgeBaseView {
  actors: Map<string, ActorRecord>;
  claims: Map<string, ClaimRecord>;
  sources: Map<string, SourceRecord>;
  /** claims keyed by the actor who said them */
  claimsBySpeaker: Map<string, ClaimRecord[]>;
}

export async function loadKnowledgeBaseView(): Promise<KnowledgeBaseView> {
  const db = database();
  const [actors, claims, sources] = await Promise.all([db.actors.toArray(), db.claims.toArray(), db.sources.toArray()]);
  const claimsBySpeaker = new Map<string, ClaimRecord[]>();
  for (const claim of claims) {
    if (!claim.speakerId) continue;
    const list = claimsBySpeaker.get(claim.speakerId) ?? [];
    list.push(claim);
    claimsBySpeaker.set(claim.speakerId, list);
  }
  return {
    actors: new Map(actors.map((a) => [a.id, a])),
    claims: new Map(claims.map((c) => [c.id, c])),
    sources: new Map(sources.map((s) => [s.id, s])),
    claimsBySpeaker,
  };
}

export function useKnowledgeBase(reloadKey: unknown = 0): KnowledgeBaseView | null {
  const [view, setView] = useState<KnowledgeBaseView | null>(null);
  useEffect(() => {
    let cancelled = false;
    loadKnowledgeBaseView().then((loaded) => {
      if (!cancelled) setView(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [reloadKey]);
  return view;
}
