/**
 * Validation of requests on receipt. A content script runs in a page we do
 * not trust (a compromised page can't forge our messages directly, but a bug
 * in our own script fed by hostile text could send anything), so the
 * background checks every field's type and size before acting on it.
 */
import { ENGINE_FILES } from '../content/engine-parts';
import { REPORT_LIMITS } from '../report';
import type { Request, RequestType } from './protocol';

type Check = (value: unknown, path: string) => string | null;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str =
  (max: number, { allowEmpty = true } = {}): Check =>
  (value, path) => {
    if (typeof value !== 'string') return `${path}: expected a string`;
    if (value.length > max) return `${path}: longer than ${max} characters`;
    if (!allowEmpty && value.length === 0) return `${path}: empty`;
    return null;
  };

const num =
  ({ min = -Infinity, max = Infinity, integer = false } = {}): Check =>
  (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return `${path}: expected a finite number`;
    if (integer && !Number.isInteger(value)) return `${path}: expected an integer`;
    if (value < min || value > max) return `${path}: out of range [${min}, ${max}]`;
    return null;
  };

const bool: Check = (value, path) => (typeof value === 'boolean' ? null : `${path}: expected true or false`);

const optional =
  (check: Check): Check =>
  (value, path) =>
    value === undefined ? null : check(value, path);

const nullable =
  (check: Check): Check =>
  (value, path) =>
    value === null ? null : check(value, path);

const oneOf =
  (values: readonly string[]): Check =>
  (value, path) =>
    typeof value === 'string' && values.includes(value) ? null : `${path}: expected one of ${values.join(', ')}`;

const array =
  (item: Check, max: number): Check =>
  (value, path) => {
    if (!Array.isArray(value)) return `${path}: expected an array`;
    if (value.length > max) return `${path}: more than ${max} items`;
    for (let i = 0; i < value.length; i++) {
      const error = item(value[i], `${path}[${i}]`);
      if (error) return error;
    }
    return null;
  };

const object =
  (shape: Record<string, Check>): Check =>
  (value, path) => {
    if (!isRecord(value)) return `${path}: expected an object`;
    for (const [key, check] of Object.entries(shape)) {
      const error = check(value[key], `${path}.${key}`);
      if (error) return error;
    }
    for (const key of Object.keys(value)) {
      if (!(key in shape)) return `${path}.${key}: unexpected field`;
    }
    return null;
  };

const httpUrl: Check = (value, path) => {
  const error = str(REPORT_LIMITS.url, { allowEmpty: false })(value, path);
  if (error) return error;
  try {
    const protocol = new URL(value as string).protocol;
    return protocol === 'http:' || protocol === 'https:' || protocol === 'file:'
      ? null
      : `${path}: not a web page address`;
  } catch {
    return `${path}: not a URL`;
  }
};

const hostname: Check = (value, path) => {
  const error = str(253, { allowEmpty: false })(value, path);
  if (error) return error;
  return /^[a-z0-9.-]+(:\d+)?$/i.test(value as string) ? null : `${path}: not a hostname`;
};

const id = str(200, { allowEmpty: false });
const offset = num({ min: 0, max: 1e9, integer: true });
const millis = num({ min: 0, max: 1e7 });


const reportShape = object({
  url: httpUrl,
  title: str(REPORT_LIMITS.title),
  kbVersion: str(200),
  textLength: num({ min: 0, max: 1e9, integer: true }),
  actors: array(
    object({
      actorId: id,
      ref: id,
      count: num({ min: 1, max: 1e7, integer: true }),
      forms: array(str(REPORT_LIMITS.form), REPORT_LIMITS.formsPerActor),
    }),
    REPORT_LIMITS.actors,
  ),
  claims: array(
    object({
      claimId: id,
      ref: id,
      score: num({ min: 0, max: 1 }),
      text: str(REPORT_LIMITS.snippet),
      index: offset,
      speaker: optional(object({ actorId: id, ref: id, text: str(REPORT_LIMITS.form, { allowEmpty: false }), isClaimSpeaker: bool })),
    }),
    REPORT_LIMITS.claims,
  ),
  timings: object({ extractMs: millis, matchMs: millis, highlightMs: millis, totalMs: millis }),
  saved: optional(
    array(
      object({ id, state: oneOf(['found', 'changed', 'orphaned']), text: str(REPORT_LIMITS.snippet) }),
      REPORT_LIMITS.saved,
    ),
  ),
});

/** A saved quote: 100,000 characters is far beyond any sentence, and keeps a pasted book out. */
export const MAX_SAVED_TEXT = 100_000;

const saveItem = object({
  text: str(MAX_SAVED_TEXT, { allowEmpty: false }),
  url: httpUrl,
  pageTitle: str(REPORT_LIMITS.title),
  claimId: nullable(id),
  actorIds: array(id, 500),
  note: str(10_000),
  tags: array(str(100, { allowEmpty: false }), 50),
  selector: object({
    exact: str(MAX_SAVED_TEXT, { allowEmpty: false }),
    prefix: str(200),
    suffix: str(200),
    start: offset,
    end: offset,
  }),
});

const quoteSelector = object({
  exact: str(MAX_SAVED_TEXT, { allowEmpty: false }),
  prefix: str(200),
  suffix: str(200),
  start: offset,
  end: offset,
});

/** A statement to track: at most a long paragraph (a claim, not an article). */
export const MAX_TRACKED_TEXT = 2_000;

/** The quote a tracked claim keeps as evidence: no longer than the claim may be, its offsets its length apart. */
const trackedQuote: Check = (value, path) => {
  const error = object({
    exact: str(MAX_TRACKED_TEXT, { allowEmpty: false }),
    prefix: str(200),
    suffix: str(200),
    start: offset,
    end: offset,
  })(value, path);
  if (error) return error;
  const q = value as { exact: string; start: number; end: number };
  return q.end - q.start === q.exact.length ? null : `${path}: start and end do not span the quote`;
};

const trackItem = object({
  text: (v, path) => str(MAX_TRACKED_TEXT, { allowEmpty: false })(v, path) ?? (typeof v === 'string' && v.trim() ? null : `${path}: empty`),
  speaker: nullable((v, path) => {
    if (!isRecord(v)) return `${path}: expected an object`;
    if ('actorId' in v) return object({ actorId: id })(v, path);
    return object({ name: str(200, { allowEmpty: false }), role: optional(str(200)) })(v, path);
  }),
  lang: nullable((v, path) => (typeof v === 'string' && /^[a-z]{2,3}$/.test(v) ? null : `${path}: expected a language code`)),
  url: httpUrl,
  pageTitle: str(REPORT_LIMITS.title),
  published: nullable((v, path) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) && v.length <= 40 ? null : `${path}: expected an ISO date`)),
  selector: trackedQuote,
  terms: nullable(array(str(200, { allowEmpty: false }), 50)),
});

const addPerson = object({
  name: str(200, { allowEmpty: false }),
  role: str(200),
  forms: array(str(200, { allowEmpty: false }), 10),
  lang: (v, path) => (typeof v === 'string' && /^[a-z]{2,3}$/.test(v) ? null : `${path}: expected a language code`),
  url: httpUrl,
});

const trackReceipt = object({ claimId: id, actorIds: array(id, 10), sourceId: nullable(id) });

const REQUEST_SHAPES: { [T in RequestType]: Record<string, Check> } = {
  'index/get': { knownVersion: nullable(str(200)) },
  'engine/load': { part: num({ min: 0, max: ENGINE_FILES.length - 1, integer: true }) },
  'page/config': { url: httpUrl },
  'page/report': { report: reportShape },
  'kb/status': {},
  'kb/entries': { actorIds: array(id, 200), claimIds: array(id, 200) },
  'claim/save': { item: saveItem },
  'saved/for-url': { url: httpUrl },
  'saved/delete': { id },
  'claim/track': { item: trackItem },
  'claim/untrack': { receipt: trackReceipt },
  'actor/add': { person: addPerson },
  'actor/remove': { actorId: id },
  'panel/open': {
    focus: nullable(object({ kind: (v, path) => (v === 'actor' || v === 'claim' ? null : `${path}: expected actor or claim`), id })),
  },
  'tab/state': { tabId: num({ min: 0, max: Number.MAX_SAFE_INTEGER, integer: true }) },
  'site/set-enabled': { hostname, enabled: bool },
};

export type Validated = { ok: true; request: Request } | { ok: false; error: string };

export function validateRequest(message: unknown): Validated {
  if (!isRecord(message)) return { ok: false, error: 'message: expected an object' };
  const type = message.type;
  if (typeof type !== 'string' || !Object.hasOwn(REQUEST_SHAPES, type)) {
    return { ok: false, error: `message.type: unknown request ${JSON.stringify(String(type)).slice(0, 60)}` };
  }
  const shape = REQUEST_SHAPES[type as RequestType];
  const error = object({ type: str(40), ...shape })(message, 'message');
  if (error) return { ok: false, error };
  return { ok: true, request: message as unknown as Request };
}
