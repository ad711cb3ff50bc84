/**
 * The one database of the extension. It lives in the extension's origin: only
 * the background and extension pages open it, never a content script (whose
 * IndexedDB would be the news site's).
 */
import Dexie, { type Table } from 'dexie';
import type {
  ActorRecord,
  ClaimRecord,
  SavedClaimRecord,
  SettingRecord,
  SourceRecord,
} from './records';
import { DB_NAME, declareSchema } from './schema';
import { savedClaimsSearchMiddleware } from './search';

export class NewsmarkDatabase extends Dexie {
  sources!: Table<SourceRecord, string>;
  actors!: Table<ActorRecord, string>;
  claims!: Table<ClaimRecord, string>;
  savedClaims!: Table<SavedClaimRecord, string>;
  settings!: Table<SettingRecord, string>;

  constructor(name = DB_NAME) {
    super(name);
    declareSchema(this);
    this.use(savedClaimsSearchMiddleware);
  }
}

let shared: NewsmarkDatabase | null = null;

/** The extension's database, opened once per JavaScript context. */
export function database(): NewsmarkDatabase {
  shared ??= new NewsmarkDatabase();
  return shared;
}
