/**
 * Reading a Newsmark export back. Everything is checked before anything is
 * written: size before reading, nesting before parsing, then every field of
 * every item. A file with one problem is refused whole, with messages naming
 * where the problem is. Pure: lib/io/backup.ts writes what this accepts.
 */
import { dedupeKeyFor } from '../db/dedupe';
import type { SavedClaimRecord } from '../db/records';
import { ACTOR_STYLES, CLAIM_STYLES } from '../highlight-styles';
import { cleanTags } from '../db/saved-list';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  IMPORT_LIMITS,
  type ExportedEntryMeta,
  type ExportedSavedClaim,
  type ExportedSettings,
} from './format';

export interface ParsedImport {
  exportedAt: string;
  savedClaims: ExportedSavedClaim[];
  /** KB entries still to be checked by the knowledge-base validator, with their bookkeeping apart */
  actors: Array<{ entry: Record<string, unknown>; meta: ExportedEntryMeta }>;
  claims: Array<{ entry: Record<string, unknown>; meta: ExportedEntryMeta }>;
  /** the reader's sources (version 2), still to be checked by the knowledge-base validator */
  sources: Array<Record<string, unknown>>;
  settings: ExportedSettings;
}

export type ImportCheck = { ok: true; data: ParsedImport } | { ok: false; message: string; errors: string[] };

const MAX_ERRORS = 50;

function fail(message: string, errors: string[] = []): ImportCheck {
  return { ok: false, message, errors: errors.slice(0, MAX_ERRORS) };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Before reading a file: is it small enough to be one of ours? */
export function checkImportSize(bytes: number): string | null {
  if (bytes > IMPORT_LIMITS.bytes) {
    return `The file is too large to import (${megabytes(bytes)}; at most ${megabytes(IMPORT_LIMITS.bytes)}). Nothing was imported.`;
  }
  if (bytes === 0) return 'The file is empty. Nothing was imported.';
  return null;
}

/**
 * The deepest nesting of arrays and objects in a JSON text, found without
 * parsing it, stopping as soon as it passes `limit` (so a hostile
 * "[[[[…" never reaches JSON.parse).
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > limit) return true;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return false;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 30 ? 'a long text' : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

class Problems {
  readonly list: string[] = [];
  count = 0;
  add(path: string, message: string) {
    this.count++;
    if (this.list.length < MAX_ERRORS) this.list.push(`${path}: ${message}`);
  }
}

function unknownFields(p: Problems, value: Obj, path: string, allowed: readonly string[]) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) p.add(`${path}.${key}`, 'unknown field');
  }
}

function str(p: Problems, value: unknown, path: string, max: number, { empty = true } = {}): string | undefined {
  if (typeof value !== 'string') {
    p.add(path, `expected text, got ${describe(value)}`);
    return undefined;
  }
  if (!empty && value.trim() === '') {
    p.add(path, 'is empty');
    return undefined;
  }
  if (value.length > max) {
    p.add(path, `too long (${value.length} characters, at most ${max})`);
    return undefined;
  }
  return value;
}

function time(p: Problems, value: unknown, path: string): number | undefined {
  // From 1990 to 2200: anything else is not a time Newsmark wrote.
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 631_152_000_000 || value > 7_258_118_400_000) {
    p.add(path, `expected a time in milliseconds, got ${describe(value)}`);
    return undefined;
  }
  return value;
}

function offset(p: Problems, value: unknown, path: string): number | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1e9) {
    p.add(path, `expected a position (a whole number ≥ 0), got ${describe(value)}`);
    return undefined;
  }
  return value;
}

function list(p: Problems, value: unknown, path: string, max: number): unknown[] | undefined {
  if (!Array.isArray(value)) {
    p.add(path, `expected a list, got ${describe(value)}`);
    return undefined;
  }
  if (value.length > max) {
    p.add(path, `too many items (${value.length}, at most ${max})`);
    return undefined;
  }
  return value;
}

function stringList(p: Problems, value: unknown, path: string, maxItems: number, maxLength: number): string[] | undefined {
  const items = list(p, value, path, maxItems);
  if (!items) return undefined;
  const out: string[] = [];
  let ok = true;
  items.forEach((item, i) => {
    const s = str(p, item, `${path}[${i}]`, maxLength, { empty: false });
    if (s === undefined) ok = false;
    else out.push(s);
  });
  return ok ? out : undefined;
}

const SAVED_FIELDS = ['id', 'text', 'url', 'pageTitle', 'createdAt', 'updatedAt', 'claimId', 'actorIds', 'note', 'tags', 'selector'];
const SELECTOR_FIELDS = ['exact', 'prefix', 'suffix', 'start', 'end'];

function webAddress(p: Problems, value: unknown, path: string): string | undefined {
  const url = str(p, value, path, IMPORT_LIMITS.url, { empty: false });
  if (url === undefined) return undefined;
  try {
    const protocol = new URL(url).protocol;
    if (protocol === 'http:' || protocol === 'https:' || protocol === 'file:') return url;
  } catch {
    // reported below
  }
  p.add(path, `expected a web page address, got ${describe(url)}`);
  return undefined;
}

function checkSavedClaim(p: Problems, value: unknown, path: string): ExportedSavedClaim | null {
  if (!isObject(value)) {
    p.add(path, `expected an object, got ${describe(value)}`);
    return null;
  }
  const before = p.count;
  unknownFields(p, value, path, SAVED_FIELDS);
  const L = IMPORT_LIMITS;
  const id = str(p, value.id, `${path}.id`, L.id, { empty: false });
  const text = str(p, value.text, `${path}.text`, L.text, { empty: false });
  const url = webAddress(p, value.url, `${path}.url`);
  const pageTitle = str(p, value.pageTitle, `${path}.pageTitle`, L.title);
  const createdAt = time(p, value.createdAt, `${path}.createdAt`);
  const updatedAt = time(p, value.updatedAt, `${path}.updatedAt`);
  let claimId: string | null | undefined = null;
  if (value.claimId === undefined) p.add(`${path}.claimId`, 'expected a claim id or null, got nothing');
  else if (value.claimId !== null) claimId = str(p, value.claimId, `${path}.claimId`, L.id, { empty: false });
  const actorIds = stringList(p, value.actorIds, `${path}.actorIds`, L.actorIds, L.id);
  const note = str(p, value.note, `${path}.note`, L.note);
  const tags = stringList(p, value.tags, `${path}.tags`, L.tags, L.tag);
  let selector: ExportedSavedClaim['selector'] | undefined;
  const s = value.selector;
  if (!isObject(s)) {
    p.add(`${path}.selector`, `expected an object, got ${describe(s)}`);
  } else {
    unknownFields(p, s, `${path}.selector`, SELECTOR_FIELDS);
    const exact = str(p, s.exact, `${path}.selector.exact`, L.text, { empty: false });
    const prefix = str(p, s.prefix, `${path}.selector.prefix`, L.selectorContext);
    const suffix = str(p, s.suffix, `${path}.selector.suffix`, L.selectorContext);
    const start = offset(p, s.start, `${path}.selector.start`);
    const end = offset(p, s.end, `${path}.selector.end`);
    if (exact !== undefined && prefix !== undefined && suffix !== undefined && start !== undefined && end !== undefined) {
      if (end < start) p.add(`${path}.selector`, 'ends before it starts');
      else selector = { exact, prefix, suffix, start, end };
    }
  }
  if (p.count > before) return null;
  return {
    id: id!,
    text: text!,
    url: url!,
    pageTitle: pageTitle!,
    createdAt: createdAt!,
    updatedAt: updatedAt!,
    claimId: claimId!,
    actorIds: actorIds!,
    note: note!,
    tags: tags!,
    selector: selector!,
  };
}

const META_FIELDS = ['origin', 'edited', 'disabled'] as const;

function checkEntry(
  p: Problems,
  value: unknown,
  path: string,
): { entry: Record<string, unknown>; meta: ExportedEntryMeta } | null {
  if (!isObject(value)) {
    p.add(path, `expected an object, got ${describe(value)}`);
    return null;
  }
  const before = p.count;
  if (value.origin !== 'seed' && value.origin !== 'user') p.add(`${path}.origin`, `expected "seed" or "user", got ${describe(value.origin)}`);
  for (const key of ['edited', 'disabled'] as const) {
    if (typeof value[key] !== 'boolean') p.add(`${path}.${key}`, `expected true or false, got ${describe(value[key])}`);
  }
  if (p.count > before) return null;
  const entry: Record<string, unknown> = {};
  // Own keys only, copied one by one: a "__proto__" key stays a plain key and
  // is refused as unknown by the knowledge-base validator.
  for (const key of Object.keys(value)) {
    if (!(META_FIELDS as readonly string[]).includes(key)) Object.defineProperty(entry, key, { value: value[key], enumerable: true, writable: true, configurable: true });
  }
  return {
    entry,
    meta: { origin: value.origin as 'seed' | 'user', edited: value.edited as boolean, disabled: value.disabled as boolean },
  };
}

const HOST = /^[a-z0-9.-]+(:\d+)?$/i;

function checkSettings(p: Problems, value: unknown): ExportedSettings {
  const out: ExportedSettings = {};
  if (!isObject(value)) {
    p.add('settings', `expected an object, got ${describe(value)}`);
    return out;
  }
  unknownFields(p, value, 'settings', [
    'paused',
    'disabledSites',
    'claimThreshold',
    'highlightActors',
    'highlightClaims',
    'actorStyle',
    'claimStyle',
  ]);
  for (const key of ['paused', 'highlightActors', 'highlightClaims'] as const) {
    if (value[key] === undefined) continue;
    if (typeof value[key] === 'boolean') out[key] = value[key] as boolean;
    else p.add(`settings.${key}`, `expected true or false, got ${describe(value[key])}`);
  }
  if (value.disabledSites !== undefined) {
    const sites = stringList(p, value.disabledSites, 'settings.disabledSites', 10_000, 253);
    if (sites) {
      const bad = sites.findIndex((site) => !HOST.test(site));
      if (bad >= 0) p.add(`settings.disabledSites[${bad}]`, `not a site name: ${describe(sites[bad])}`);
      else out.disabledSites = sites.map((site) => site.toLowerCase());
    }
  }
  if (value.claimThreshold !== undefined) {
    const t = value.claimThreshold;
    if (t === null || (typeof t === 'number' && Number.isFinite(t) && t > 0 && t <= 1)) out.claimThreshold = t;
    else p.add('settings.claimThreshold', `expected a number between 0 and 1, or null, got ${describe(t)}`);
  }
  const styles = { actorStyle: ACTOR_STYLES, claimStyle: CLAIM_STYLES } as const;
  for (const key of ['actorStyle', 'claimStyle'] as const) {
    if (value[key] === undefined) continue;
    const ids = styles[key].map((s) => s.id);
    if (typeof value[key] === 'string' && ids.includes(value[key] as string)) out[key] = value[key] as string;
    else p.add(`settings.${key}`, `expected one of ${ids.join(', ')}, got ${describe(value[key])}`);
  }
  return out;
}

const TOP_FIELDS = ['format', 'version', 'exportedAt', 'savedClaims', 'actors', 'claims', 'sources', 'settings'];

function parseFailure(error: unknown, text: string): ImportCheck {
  const message = error instanceof Error ? error.message : String(error);
  const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
  const end = text.trimEnd().length;
  const truncated = /end of (JSON|data)|Unterminated/i.test(message) || (Number.isFinite(position) && position >= end - 1);
  return fail(
    truncated
      ? 'The file is cut short: its JSON ends before the data is complete (was the download interrupted?). Nothing was imported.'
      : `The file is not valid JSON (${message}). Nothing was imported.`,
    [message],
  );
}

/** Checks a whole export file. Nothing is written here; on success the data is ready for one transaction. */
export function parseImport(text: string): ImportCheck {
  const sizeProblem = checkImportSize(text.length);
  if (sizeProblem) return fail(sizeProblem);
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{')) {
    return fail(
      trimmed.startsWith('[') || trimmed.startsWith('"')
        ? 'This is JSON, but not a Newsmark export (it should be one object with "format": "newsmark"). Nothing was imported.'
        : 'This is not a Newsmark export: the file is not JSON (CSV and Markdown exports are for reading, only JSON exports can be imported). Nothing was imported.',
    );
  }
  if (jsonDepthExceeds(text, IMPORT_LIMITS.depth)) {
    return fail(
      `The file nests lists and objects deeper than a Newsmark export does (more than ${IMPORT_LIMITS.depth} levels). Nothing was imported.`,
    );
  }
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    return parseFailure(error, text);
  }
  if (!isObject(root)) return fail('This is JSON, but not a Newsmark export. Nothing was imported.');
  if (root.format !== EXPORT_FORMAT) {
    return fail(`This is not a Newsmark export ("format" is ${describe(root.format)}, expected "newsmark"). Nothing was imported.`);
  }
  if (typeof root.version !== 'number' || !Number.isInteger(root.version) || root.version < 1) {
    return fail(`The export's version is ${describe(root.version)}, which no Newsmark writes. Nothing was imported.`);
  }
  if (root.version > EXPORT_VERSION) {
    return fail(
      `This export was made by a newer Newsmark (file version ${root.version}; this one reads version ${EXPORT_VERSION}). Update Newsmark and try again. Nothing was imported.`,
    );
  }

  const p = new Problems();
  unknownFields(p, root, 'file', TOP_FIELDS);
  const exportedAt = str(p, root.exportedAt, 'exportedAt', 64, { empty: false });
  if (exportedAt !== undefined && Number.isNaN(Date.parse(exportedAt))) p.add('exportedAt', `not a date: ${describe(exportedAt)}`);

  const savedClaims: ExportedSavedClaim[] = [];
  const savedList = list(p, root.savedClaims, 'savedClaims', IMPORT_LIMITS.savedClaims);
  savedList?.forEach((item, i) => {
    const checked = checkSavedClaim(p, item, `savedClaims[${i}]`);
    if (checked) savedClaims.push(checked);
  });
  const entries = (key: 'actors' | 'claims') => {
    const out: ParsedImport['actors'] = [];
    list(p, root[key] ?? [], key, IMPORT_LIMITS[key])?.forEach((item, i) => {
      const checked = checkEntry(p, item, `${key}[${i}]`);
      if (checked) out.push(checked);
    });
    return out;
  };
  const actors = entries('actors');
  const claims = entries('claims');
  const sources: ParsedImport['sources'] = [];
  list(p, root.sources ?? [], 'sources', IMPORT_LIMITS.sources)?.forEach((item, i) => {
    if (!isObject(item)) return p.add(`sources[${i}]`, `expected an object, got ${describe(item)}`);
    // Own keys only, as for entries: the knowledge-base validator refuses what a source is not.
    const source: Record<string, unknown> = {};
    for (const key of Object.keys(item)) Object.defineProperty(source, key, { value: item[key], enumerable: true, writable: true, configurable: true });
    sources.push(source);
  });
  const settings = root.settings === undefined ? {} : checkSettings(p, root.settings);

  if (p.count > 0) {
    const more = p.count > p.list.length ? ` (showing the first ${p.list.length})` : '';
    return fail(
      `The file has ${p.count} problem${p.count === 1 ? '' : 's'}${more}, so nothing was imported. First: ${p.list[0]}`,
      p.list,
    );
  }
  return { ok: true, data: { exportedAt: exportedAt!, savedClaims, actors, claims, sources, settings } };
}

export interface SavedMerge {
  /** rows to put: new ones and existing ones the import added to */
  puts: SavedClaimRecord[];
  /** new items */
  added: number;
  /** imported items folded into one already stored or earlier in the file */
  merged: number;
}

/**
 * Folds imported saved claims into what is stored. Two items are the same
 * when their dedupe key is (same page, same words): the stored one stays,
 * gains the imported tags, and keeps the longer note. An imported id that a
 * different stored item already has gets a fresh id.
 */
export function mergeSavedClaims(
  incoming: readonly ExportedSavedClaim[],
  existingByKey: ReadonlyMap<string, SavedClaimRecord>,
  takenIds: ReadonlySet<string>,
  newId: () => string = () => crypto.randomUUID(),
): SavedMerge {
  const result = new Map<string, SavedClaimRecord>();
  const changed = new Set<string>();
  const usedIds = new Set<string>();
  for (const item of incoming) {
    const dedupeKey = dedupeKeyFor(item.url, item.text);
    const current = result.get(dedupeKey) ?? existingByKey.get(dedupeKey);
    if (!current) {
      let id = item.id;
      if (takenIds.has(id) || usedIds.has(id)) id = newId();
      usedIds.add(id);
      result.set(dedupeKey, {
        ...item,
        id,
        dedupeKey,
        actorIds: [...new Set(item.actorIds)],
        tags: cleanTags(item.tags),
        selector: { ...item.selector },
      });
      changed.add(dedupeKey);
      continue;
    }
    const tags = cleanTags([...current.tags, ...item.tags]);
    const note = item.note.length > current.note.length ? item.note : current.note;
    const actorIds = [...new Set([...current.actorIds, ...item.actorIds])];
    const claimId = current.claimId ?? item.claimId;
    const same =
      tags.length === current.tags.length &&
      note === current.note &&
      actorIds.length === current.actorIds.length &&
      claimId === current.claimId;
    if (same) {
      result.set(dedupeKey, current);
      continue;
    }
    result.set(dedupeKey, {
      ...current,
      tags,
      note,
      actorIds,
      claimId,
      updatedAt: Math.max(current.updatedAt, item.updatedAt),
    });
    changed.add(dedupeKey);
  }
  const puts = [...changed].map((key) => result.get(key)!);
  const added = puts.filter((row) => !existingByKey.has(row.dedupeKey)).length;
  return { puts, added, merged: incoming.length - added };
}
