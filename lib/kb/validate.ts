/**
 * Complete validation of a knowledge base: the seed at build time and, later,
 * anything a user imports. Nothing is trusted: every field of every entry is
 * checked for type, enum, emptiness and size, every reference must resolve,
 * and every evidence span must be exactly what its source says.
 *
 * On success the caller gets a fresh copy holding only the known fields, so
 * stray keys of an import (including "__proto__") never reach the database.
 */
import type {
  Actor,
  ActorKind,
  Alias,
  AliasType,
  Claim,
  ClaimPolarity,
  Concept,
  Evidence,
  KnowledgeBase,
  Relation,
  RelationType,
  Source,
  Term,
} from './types';

export type ValidationResult = { ok: true; kb: KnowledgeBase } | { ok: false; errors: string[] };

export interface ValidateOptions {
  /**
   * Accept claims with an empty concept list (a user's saved claims, matched
   * through their summary). Off by default: the seed and full imports need cues.
   */
  allowClaimsWithoutConcepts?: boolean;
}

export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'country', 'organisation', 'group'];
export const ALIAS_TYPES: readonly AliasType[] = [
  'name',
  'surname',
  'variant',
  'inflection',
  'abbreviation',
  'title',
  'metonym',
  'demonym',
];
export const RELATION_TYPES: readonly RelationType[] = [
  'citizen-of',
  'leads',
  'serves',
  'member-of',
  'part-of',
  'allied-with',
];
export const CLAIM_POLARITIES: readonly ClaimPolarity[] = ['affirmative', 'negative'];

/** Size bounds, generous for real use and tight enough to refuse a hostile import. */
export const LIMITS = {
  /** any string except a source's text */
  string: 5000,
  sourceText: 2_000_000,
  aliasesPerActor: 2000,
  wordsPerList: 100,
  relationsPerActor: 200,
  sourceIdsPerEntry: 1000,
  conceptsPerClaim: 50,
  termsPerConcept: 2000,
  subjectsPerClaim: 200,
  evidencePerClaim: 200,
  tagsPerClaim: 50,
  sources: 10_000,
  actors: 50_000,
  claims: 50_000,
  /** errors reported before the rest are summarised */
  errors: 200,
} as const;

const LANG = /^[a-z]{2,3}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export const CATALOGUE_ACTOR_REFS: readonly string[] = Array.from(
  { length: 14 },
  (_, i) => `A${String(i + 1).padStart(2, '0')}`,
);
export const CATALOGUE_CLAIM_REFS: readonly string[] = Array.from(
  { length: 16 },
  (_, i) => `C${String(i + 1).padStart(2, '0')}`,
);

/** Catalogue refs (A01…A14, C01…C16) that no actor or claim of the knowledge base exposes. */
export function missingCatalogueRefs(kb: KnowledgeBase): string[] {
  const actorRefs = new Set(kb.actors.map((a) => a.ref));
  const claimRefs = new Set(kb.claims.map((c) => c.ref));
  return [
    ...CATALOGUE_ACTOR_REFS.filter((ref) => !actorRefs.has(ref)),
    ...CATALOGUE_CLAIM_REFS.filter((ref) => !claimRefs.has(ref)),
  ];
}

type Obj = Record<string, unknown>;

class Errors {
  readonly list: string[] = [];
  private dropped = 0;
  add(path: string, message: string): void {
    if (this.list.length < LIMITS.errors) this.list.push(`${path}: ${message}`);
    else this.dropped++;
  }
  result(): string[] {
    return this.dropped > 0 ? [...this.list, `… and ${this.dropped} more errors`] : this.list;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? 'a string' : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Entry label for messages: `actors[3] (A04)` when the entry has a usable id. */
function label(collection: string, index: number, entry: unknown): string {
  const id = isObject(entry) ? entry.id : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= 80
    ? `${collection}[${index}] (${id})`
    : `${collection}[${index}]`;
}

class Checker {
  constructor(private readonly e: Errors) {}

  object(value: unknown, path: string, allowed: readonly string[]): Obj | null {
    if (!isObject(value)) {
      this.e.add(path, `expected an object, got ${describe(value)}`);
      return null;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.e.add(`${path}.${key}`, 'unknown field');
    }
    return value;
  }

  string(
    value: unknown,
    path: string,
    opts: { empty?: boolean; max?: number } = {},
  ): string | undefined {
    if (typeof value !== 'string') {
      this.e.add(path, `expected a string, got ${describe(value)}`);
      return undefined;
    }
    if (!opts.empty && value.trim().length === 0) {
      this.e.add(path, 'expected a non-empty string');
      return undefined;
    }
    const max = opts.max ?? LIMITS.string;
    if (value.length > max) {
      this.e.add(path, `string too long: ${value.length} characters, at most ${max}`);
      return undefined;
    }
    return value;
  }

  optionalString(value: unknown, path: string): string | undefined {
    return value === undefined ? undefined : this.string(value, path);
  }

  lang(value: unknown, path: string): string | undefined {
    const s = this.string(value, path);
    if (s === undefined) return undefined;
    if (!LANG.test(s)) {
      this.e.add(path, `expected a language code of 2–3 lowercase letters (en, ru, uk…), got ${describe(s)}`);
      return undefined;
    }
    return s;
  }

  oneOf<T extends string>(value: unknown, path: string, options: readonly T[]): T | undefined {
    if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
      this.e.add(path, `expected one of ${options.join('|')}, got ${describe(value)}`);
      return undefined;
    }
    return value as T;
  }

  optionalBoolean(value: unknown, path: string): boolean | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') {
      this.e.add(path, `expected true or false, got ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  array(value: unknown, path: string, max: number, min = 0): unknown[] | null {
    if (!Array.isArray(value)) {
      this.e.add(path, `expected an array, got ${describe(value)}`);
      return null;
    }
    if (value.length > max) {
      this.e.add(path, `too many entries: ${value.length}, at most ${max}`);
      return null;
    }
    if (value.length < min) {
      this.e.add(path, min === 1 ? 'expected at least one entry' : `expected at least ${min} entries`);
    }
    return value;
  }

  stringList(value: unknown, path: string, max: number): string[] | undefined {
    const list = this.array(value, path, max);
    if (!list) return undefined;
    const out: string[] = [];
    list.forEach((item, i) => {
      const s = this.string(item, `${path}[${i}]`);
      if (s !== undefined) out.push(s);
    });
    return out;
  }

  integer(value: unknown, path: string): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      this.e.add(path, `expected a non-negative integer, got ${describe(value)}`);
      return undefined;
    }
    return value;
  }
}

const SOURCE_FIELDS = ['id', 'title', 'publisher', 'url', 'published', 'lang', 'text'] as const;
const ACTOR_FIELDS = ['id', 'ref', 'kind', 'name', 'role', 'description', 'aliases', 'relations', 'sourceIds'] as const;
const ALIAS_FIELDS = ['text', 'lang', 'type', 'caseSensitive', 'unlessFollowedBy', 'unlessPrecededBy', 'requiresPriorName'] as const;
const RELATION_FIELDS = ['type', 'target', 'label'] as const;
const CLAIM_FIELDS = ['id', 'ref', 'speakerId', 'attribution', 'subjectIds', 'summary', 'lang', 'polarity', 'concepts', 'evidence', 'tags'] as const;
const CONCEPT_FIELDS = ['label', 'weight', 'required', 'terms'] as const;
const TERM_FIELDS = ['text', 'lang'] as const;
const EVIDENCE_FIELDS = ['sourceId', 'start', 'end', 'text'] as const;
const KB_FIELDS = ['version', 'sources', 'actors', 'claims'] as const;

/** Drops undefined optional fields so the copy round-trips through JSON unchanged. */
function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}

function checkSource(c: Checker, e: Errors, value: unknown, path: string): Source | null {
  const o = c.object(value, path, SOURCE_FIELDS);
  if (!o) return null;
  const id = c.string(o.id, `${path}.id`);
  const title = c.string(o.title, `${path}.title`);
  const publisher = c.string(o.publisher, `${path}.publisher`);
  const lang = c.lang(o.lang, `${path}.lang`);
  const text = c.string(o.text, `${path}.text`, { max: LIMITS.sourceText });
  const url = c.optionalString(o.url, `${path}.url`);
  if (url !== undefined) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      e.add(`${path}.url`, `expected an http(s) URL, got ${describe(url)}`);
    }
  }
  const published = c.optionalString(o.published, `${path}.published`);
  if (published !== undefined && !ISO_DATE.test(published)) {
    e.add(`${path}.published`, `expected an ISO date (YYYY-MM-DD…), got ${describe(published)}`);
  }
  if (id === undefined || title === undefined || publisher === undefined || lang === undefined || text === undefined) {
    return null;
  }
  return compact({ id, title, publisher, url, published, lang, text });
}

/** A term token may end in "*" (prefix wildcard); the prefix must say something. */
function checkTermText(e: Errors, text: string, path: string): void {
  for (const token of text.trim().split(/\s+/)) {
    const star = token.indexOf('*');
    if (star === -1) continue;
    if (star !== token.length - 1) {
      e.add(path, `"*" may only end a word, got ${describe(token)}`);
    } else if (token.length - 1 < 2) {
      e.add(path, `a wildcard needs at least 2 characters before "*", got ${describe(token)}`);
    }
  }
}

function checkAlias(c: Checker, value: unknown, path: string): Alias | null {
  const o = c.object(value, path, ALIAS_FIELDS);
  if (!o) return null;
  const text = c.string(o.text, `${path}.text`);
  const lang = c.lang(o.lang, `${path}.lang`);
  const type = c.oneOf(o.type, `${path}.type`, ALIAS_TYPES);
  const caseSensitive = c.optionalBoolean(o.caseSensitive, `${path}.caseSensitive`);
  const requiresPriorName = c.optionalBoolean(o.requiresPriorName, `${path}.requiresPriorName`);
  const unlessFollowedBy =
    o.unlessFollowedBy === undefined
      ? undefined
      : c.stringList(o.unlessFollowedBy, `${path}.unlessFollowedBy`, LIMITS.wordsPerList);
  const unlessPrecededBy =
    o.unlessPrecededBy === undefined
      ? undefined
      : c.stringList(o.unlessPrecededBy, `${path}.unlessPrecededBy`, LIMITS.wordsPerList);
  if (text === undefined || lang === undefined || type === undefined) return null;
  return compact({ text, lang, type, caseSensitive, unlessFollowedBy, unlessPrecededBy, requiresPriorName });
}

function checkActor(c: Checker, e: Errors, value: unknown, path: string): Actor | null {
  const o = c.object(value, path, ACTOR_FIELDS);
  if (!o) return null;
  const id = c.string(o.id, `${path}.id`);
  const ref = c.string(o.ref, `${path}.ref`);
  const kind = c.oneOf(o.kind, `${path}.kind`, ACTOR_KINDS);
  const name = c.string(o.name, `${path}.name`);
  // Role and description may be blank for an actor a user adds in a hurry.
  const role = c.string(o.role, `${path}.role`, { empty: true });
  const description = c.string(o.description, `${path}.description`, { empty: true });

  const aliases: Alias[] = [];
  const aliasList = c.array(o.aliases, `${path}.aliases`, LIMITS.aliasesPerActor, 1);
  aliasList?.forEach((a, i) => {
    const alias = checkAlias(c, a, `${path}.aliases[${i}]`);
    if (alias) aliases.push(alias);
  });
  if (aliasList && aliasList.length > 0 && !aliasList.some((a) => isObject(a) && a.type === 'name')) {
    e.add(`${path}.aliases`, 'expected at least one alias of type "name"');
  }

  const relations: Relation[] = [];
  c.array(o.relations, `${path}.relations`, LIMITS.relationsPerActor)?.forEach((r, i) => {
    const p = `${path}.relations[${i}]`;
    const ro = c.object(r, p, RELATION_FIELDS);
    if (!ro) return;
    const type = c.oneOf(ro.type, `${p}.type`, RELATION_TYPES);
    const target = c.string(ro.target, `${p}.target`);
    const relLabel = c.optionalString(ro.label, `${p}.label`);
    if (type !== undefined && target !== undefined) relations.push(compact({ type, target, label: relLabel }));
  });

  const sourceIds = c.stringList(o.sourceIds, `${path}.sourceIds`, LIMITS.sourceIdsPerEntry);
  if (
    id === undefined || ref === undefined || kind === undefined || name === undefined ||
    role === undefined || description === undefined || sourceIds === undefined
  ) {
    return null;
  }
  return { id, ref, kind, name, role, description, aliases, relations, sourceIds };
}

function checkConcept(c: Checker, e: Errors, value: unknown, path: string): Concept | null {
  const o = c.object(value, path, CONCEPT_FIELDS);
  if (!o) return null;
  const conceptLabel = c.string(o.label, `${path}.label`);
  let weight: number | undefined;
  if (typeof o.weight !== 'number' || !Number.isFinite(o.weight) || o.weight <= 0) {
    e.add(`${path}.weight`, `expected a number > 0, got ${describe(o.weight)}`);
  } else {
    weight = o.weight;
  }
  const required = c.optionalBoolean(o.required, `${path}.required`);
  const terms: Term[] = [];
  c.array(o.terms, `${path}.terms`, LIMITS.termsPerConcept, 1)?.forEach((t, i) => {
    const p = `${path}.terms[${i}]`;
    const to = c.object(t, p, TERM_FIELDS);
    if (!to) return;
    const text = c.string(to.text, `${p}.text`);
    const lang = c.lang(to.lang, `${p}.lang`);
    if (text !== undefined) checkTermText(e, text, `${p}.text`);
    if (text !== undefined && lang !== undefined) terms.push({ text, lang });
  });
  if (conceptLabel === undefined || weight === undefined) return null;
  return compact({ label: conceptLabel, weight, required, terms });
}

function checkClaim(c: Checker, e: Errors, value: unknown, path: string, minConcepts: number): Claim | null {
  const o = c.object(value, path, CLAIM_FIELDS);
  if (!o) return null;
  const id = c.string(o.id, `${path}.id`);
  const ref = c.string(o.ref, `${path}.ref`);
  let speakerId: string | null | undefined;
  if (o.speakerId === null) speakerId = null;
  else if (typeof o.speakerId === 'string') speakerId = c.string(o.speakerId, `${path}.speakerId`);
  else e.add(`${path}.speakerId`, `expected an actor id or null, got ${describe(o.speakerId)}`);
  const attribution = c.string(o.attribution, `${path}.attribution`, { empty: true });
  const subjectIds = c.stringList(o.subjectIds, `${path}.subjectIds`, LIMITS.subjectsPerClaim);
  const summary = c.string(o.summary, `${path}.summary`);
  const lang = c.lang(o.lang, `${path}.lang`);
  const polarity = c.oneOf(o.polarity, `${path}.polarity`, CLAIM_POLARITIES);

  const concepts: Concept[] = [];
  c.array(o.concepts, `${path}.concepts`, LIMITS.conceptsPerClaim, minConcepts)?.forEach((x, i) => {
    const concept = checkConcept(c, e, x, `${path}.concepts[${i}]`);
    if (concept) concepts.push(concept);
  });

  const evidence: Evidence[] = [];
  c.array(o.evidence, `${path}.evidence`, LIMITS.evidencePerClaim)?.forEach((x, i) => {
    const p = `${path}.evidence[${i}]`;
    const eo = c.object(x, p, EVIDENCE_FIELDS);
    if (!eo) return;
    const sourceId = c.string(eo.sourceId, `${p}.sourceId`);
    const start = c.integer(eo.start, `${p}.start`);
    const end = c.integer(eo.end, `${p}.end`);
    const text = c.string(eo.text, `${p}.text`);
    if (sourceId !== undefined && start !== undefined && end !== undefined && text !== undefined) {
      evidence.push({ sourceId, start, end, text });
    }
  });

  const tags = o.tags === undefined ? undefined : c.stringList(o.tags, `${path}.tags`, LIMITS.tagsPerClaim);
  if (
    id === undefined || ref === undefined || speakerId === undefined || attribution === undefined ||
    subjectIds === undefined || summary === undefined || lang === undefined || polarity === undefined
  ) {
    return null;
  }
  return compact({ id, ref, speakerId, attribution, subjectIds, summary, lang, polarity, concepts, evidence, tags });
}

/** Reports every id (or ref) used twice within its collection. */
function checkUnique(e: Errors, entries: { path: string; key: string | undefined }[], what: string): void {
  const seen = new Map<string, string>();
  for (const { path, key } of entries) {
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first !== undefined) e.add(`${path}.${what}`, `duplicate ${what} "${key}" (also at ${first})`);
    else seen.set(key, path);
  }
}

function checkReferences(e: Errors, kb: KnowledgeBase, paths: { actors: string[]; claims: string[] }): void {
  const actorIds = new Set(kb.actors.map((a) => a.id));
  const sources = new Map(kb.sources.map((s) => [s.id, s]));

  kb.actors.forEach((actor, i) => {
    const path = paths.actors[i];
    actor.relations.forEach((r, j) => {
      if (!actorIds.has(r.target)) {
        e.add(`${path}.relations[${j}].target`, `no actor with id "${r.target}"`);
      } else if (r.target === actor.id) {
        e.add(`${path}.relations[${j}].target`, 'an actor cannot relate to itself');
      }
    });
    actor.sourceIds.forEach((sid, j) => {
      if (!sources.has(sid)) e.add(`${path}.sourceIds[${j}]`, `no source with id "${sid}"`);
    });
  });

  kb.claims.forEach((claim, i) => {
    const path = paths.claims[i];
    if (claim.speakerId !== null && !actorIds.has(claim.speakerId)) {
      e.add(`${path}.speakerId`, `no actor with id "${claim.speakerId}"`);
    }
    const seenSubjects = new Set<string>();
    claim.subjectIds.forEach((sid, j) => {
      if (!actorIds.has(sid)) e.add(`${path}.subjectIds[${j}]`, `no actor with id "${sid}"`);
      if (seenSubjects.has(sid)) e.add(`${path}.subjectIds[${j}]`, `duplicate subject "${sid}"`);
      seenSubjects.add(sid);
    });
    claim.evidence.forEach((ev, j) => {
      const p = `${path}.evidence[${j}]`;
      const source = sources.get(ev.sourceId);
      if (!source) {
        e.add(`${p}.sourceId`, `no source with id "${ev.sourceId}"`);
        return;
      }
      if (ev.start >= ev.end || ev.end > source.text.length) {
        e.add(p, `offsets ${ev.start}..${ev.end} are not a non-empty span inside source ${source.id} (length ${source.text.length})`);
        return;
      }
      const actual = source.text.slice(ev.start, ev.end);
      if (actual !== ev.text) {
        const shown = actual.length > 60 ? `${actual.slice(0, 57)}…` : actual;
        e.add(`${p}.text`, `does not match source ${source.id} at ${ev.start}..${ev.end}, which reads ${JSON.stringify(shown)}`);
      }
    });
  });
}

export function validateKnowledgeBase(value: unknown, options: ValidateOptions = {}): ValidationResult {
  const e = new Errors();
  const c = new Checker(e);
  const root = c.object(value, 'knowledge base', KB_FIELDS);
  if (!root) return { ok: false, errors: e.result() };

  const version = c.string(root.version, 'version', { max: 100 });

  const sources: Source[] = [];
  const sourcePaths: { path: string; key: string | undefined }[] = [];
  c.array(root.sources, 'sources', LIMITS.sources)?.forEach((s, i) => {
    const path = label('sources', i, s);
    const source = checkSource(c, e, s, path);
    sourcePaths.push({ path, key: source?.id });
    if (source) sources.push(source);
  });

  const actors: Actor[] = [];
  const actorPaths: string[] = [];
  const actorKeys: { path: string; id: string | undefined; ref: string | undefined }[] = [];
  c.array(root.actors, 'actors', LIMITS.actors)?.forEach((a, i) => {
    const path = label('actors', i, a);
    const actor = checkActor(c, e, a, path);
    actorKeys.push({ path, id: actor?.id, ref: actor?.ref });
    if (actor) {
      actors.push(actor);
      actorPaths.push(path);
    }
  });

  const claims: Claim[] = [];
  const claimPaths: string[] = [];
  const claimKeys: { path: string; id: string | undefined; ref: string | undefined }[] = [];
  c.array(root.claims, 'claims', LIMITS.claims)?.forEach((x, i) => {
    const path = label('claims', i, x);
    const claim = checkClaim(c, e, x, path, options.allowClaimsWithoutConcepts ? 0 : 1);
    claimKeys.push({ path, id: claim?.id, ref: claim?.ref });
    if (claim) {
      claims.push(claim);
      claimPaths.push(path);
    }
  });

  checkUnique(e, sourcePaths, 'id');
  // Ids and refs are unique across actors and claims together: the UI and
  // the evaluation look entries up by either without knowing which kind.
  const entries = [...actorKeys, ...claimKeys];
  checkUnique(e, entries.map(({ path, id }) => ({ path, key: id })), 'id');
  checkUnique(e, entries.map(({ path, ref }) => ({ path, key: ref })), 'ref');

  if (version === undefined || e.list.length > 0) return { ok: false, errors: e.result() };

  const kb: KnowledgeBase = { version, sources, actors, claims };
  checkReferences(e, kb, { actors: actorPaths, claims: claimPaths });
  if (e.list.length > 0) return { ok: false, errors: e.result() };
  return { ok: true, kb };
}
