/**
 * Building the three export formats from stored rows. Pure: the caller reads
 * the database (lib/io/backup.ts) and saves the file.
 */
import type { ActorRecord, ClaimRecord, SavedClaimRecord, SourceRecord } from '../db/records';
import type { Settings } from '../db/settings';
import type { Actor, Claim } from '../kb/types';
import { toCsv } from './csv';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  EXPORTED_SETTING_KEYS,
  type ExportedActor,
  type ExportedClaim,
  type ExportedSavedClaim,
  type ExportedSettings,
  type NewsmarkExport,
} from './format';

export function toExportedSavedClaim(row: SavedClaimRecord): ExportedSavedClaim {
  return {
    id: row.id,
    text: row.text,
    url: row.url,
    pageTitle: row.pageTitle,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    claimId: row.claimId,
    actorIds: [...row.actorIds],
    note: row.note,
    tags: [...row.tags],
    selector: { ...row.selector },
  };
}

const ENTRY_BOOKKEEPING = ['origin', 'edited', 'disabled', 'retired', 'seedVersion', 'updatedAt', 'seedCopy'];

function entryOf<T extends Actor | Claim>(row: ActorRecord | ClaimRecord): T {
  const copy = { ...row } as Record<string, unknown>;
  for (const key of ENTRY_BOOKKEEPING) delete copy[key];
  return copy as unknown as T;
}

/** What the reader made or changed: their entries, and seed entries they edited or turned off. */
export function isUserWork(row: ActorRecord | ClaimRecord): boolean {
  return row.origin === 'user' || row.edited || row.disabled;
}

export function toExportedActor(row: ActorRecord): ExportedActor {
  return { ...entryOf<Actor>(row), origin: row.origin, edited: row.edited, disabled: row.disabled };
}

export function toExportedClaim(row: ClaimRecord): ExportedClaim {
  return { ...entryOf<Claim>(row), origin: row.origin, edited: row.edited, disabled: row.disabled };
}

export function toExportedSettings(settings: Settings): ExportedSettings {
  const out: Record<string, unknown> = {};
  for (const key of EXPORTED_SETTING_KEYS) out[key] = settings[key];
  return out as ExportedSettings;
}

export interface ExportInput {
  savedClaims: readonly SavedClaimRecord[];
  actors: readonly ActorRecord[];
  claims: readonly ClaimRecord[];
  /** every stored source: the reader's that exported claims cite are carried */
  sources?: readonly SourceRecord[];
  settings: Settings;
  now?: Date;
}

export function buildJsonExport(input: ExportInput): NewsmarkExport {
  const claims = input.claims.filter(isUserWork).map(toExportedClaim);
  // The reader's sources (a tracked claim's page) come with the claims citing them; the seed's
  // come with every install.
  const cited = new Set(claims.flatMap((c) => c.evidence.map((e) => e.sourceId)));
  const sources = (input.sources ?? []).filter((s) => s.origin === 'user' && cited.has(s.id)).map(({ origin: _o, seedVersion: _v, updatedAt: _u, ...source }) => source);
  return {
    format: EXPORT_FORMAT,
    version: sources.length > 0 ? EXPORT_VERSION : 1,
    exportedAt: (input.now ?? new Date()).toISOString(),
    savedClaims: input.savedClaims.map(toExportedSavedClaim),
    actors: input.actors.filter(isUserWork).map(toExportedActor),
    claims,
    ...(sources.length > 0 ? { sources } : {}),
    settings: toExportedSettings(input.settings),
  };
}

export function jsonExportText(data: NewsmarkExport): string {
  return `${JSON.stringify(data, null, 1)}\n`;
}

/** Names for the ids a saved claim points at. */
export interface ExportNames {
  actorName(id: string): string | undefined;
  claim(id: string): { ref: string; summary: string } | undefined;
}

export const CSV_HEADER = [
  'id',
  'saved',
  'edited',
  'sentence',
  'claim ref',
  'claim',
  'actors',
  'page title',
  'url',
  'site',
  'note',
  'tags',
] as const;

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

export function csvExport(rows: readonly SavedClaimRecord[], names: ExportNames): string {
  return toCsv(
    CSV_HEADER,
    rows.map((row) => {
      const claim = row.claimId ? names.claim(row.claimId) : undefined;
      return [
        row.id,
        new Date(row.createdAt).toISOString(),
        new Date(row.updatedAt).toISOString(),
        row.text,
        claim?.ref ?? row.claimId ?? '',
        claim?.summary ?? '',
        row.actorIds.map((id) => names.actorName(id) ?? id).join('; '),
        row.pageTitle,
        row.url,
        hostOf(row.url),
        row.note,
        row.tags.join('; '),
      ];
    }),
  );
}

/**
 * Markdown text with every character that could start markup escaped, so a
 * saved sentence reads as text in any Markdown viewer (no links, emphasis or
 * raw HTML sneaking in from a page).
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&]/g, (ch) => (ch === '&' ? '&amp;' : `\\${ch}`));
}

/** A link target: only web addresses, with the characters that would end it encoded. */
function markdownUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.href.replace(/[()<> ]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  } catch {
    return null;
  }
}

function blockquote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${markdownText(line)}`.trimEnd())
    .join('\n');
}

export function markdownExport(rows: readonly SavedClaimRecord[], names: ExportNames, now = new Date()): string {
  const out: string[] = [`# Newsmark: saved claims`, '', `${rows.length} saved claims, exported ${now.toISOString()}.`, ''];
  for (const row of rows) {
    const claim = row.claimId ? names.claim(row.claimId) : undefined;
    const url = markdownUrl(row.url);
    const title = markdownText(row.pageTitle || row.url);
    out.push(`## ${markdownText(new Date(row.createdAt).toISOString().slice(0, 10))}: ${title}`, '');
    out.push(blockquote(row.text), '');
    if (url) out.push(`- Page: [${title}](${url})`);
    else out.push(`- Page: ${markdownText(row.url)}`);
    if (claim) out.push(`- Claim ${markdownText(claim.ref)}: ${markdownText(claim.summary)}`);
    if (row.actorIds.length > 0) {
      out.push(`- Actors: ${row.actorIds.map((id) => markdownText(names.actorName(id) ?? id)).join(', ')}`);
    }
    if (row.tags.length > 0) out.push(`- Tags: ${row.tags.map(markdownText).join(', ')}`);
    if (row.note) out.push(`- Note: ${markdownText(row.note).replace(/\r?\n/g, ' ')}`);
    out.push('');
  }
  return out.join('\n');
}
