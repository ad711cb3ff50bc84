/** Turns a scan's raw matches into the compact report the background keeps. */
import type { ScanResult } from '../match/types';
import { REPORT_LIMITS, type PageReport, type ReportedActor, type ScanTimings } from '../report';

const clip = (text: string) => (text.length > REPORT_LIMITS.snippet ? text.slice(0, REPORT_LIMITS.snippet) : text);

export function buildReport(
  page: { url: string; title: string; kbVersion: string; textLength: number },
  result: ScanResult,
  timings: ScanTimings,
): Omit<PageReport, 'scannedAt'> {
  const actors = new Map<string, ReportedActor>();
  for (const mention of result.actors) {
    let entry = actors.get(mention.actorId);
    if (!entry) {
      entry = { actorId: mention.actorId, ref: mention.ref, count: 0, mentions: [] };
      actors.set(mention.actorId, entry);
    }
    entry.count++;
    if (entry.mentions.length < REPORT_LIMITS.mentionsPerActor) {
      entry.mentions.push({ start: mention.start, end: mention.end, text: clip(mention.text) });
    }
  }
  return {
    url: page.url.slice(0, REPORT_LIMITS.url),
    title: page.title.slice(0, REPORT_LIMITS.title),
    kbVersion: page.kbVersion,
    textLength: page.textLength,
    actors: [...actors.values()].sort((a, b) => b.count - a.count).slice(0, REPORT_LIMITS.actors),
    claims: result.claims
      .slice()
      .sort((a, b) => b.score - a.score)
      .slice(0, REPORT_LIMITS.claims)
      .map((claim) => ({
        claimId: claim.claimId,
        ref: claim.ref,
        score: Math.round(claim.score * 1000) / 1000,
        text: clip(claim.text),
        start: claim.start,
        end: claim.end,
      })),
    timings,
  };
}
