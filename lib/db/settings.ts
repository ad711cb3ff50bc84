/** Typed access to the settings table. */
import { DEFAULT_ACTOR_STYLE, DEFAULT_CLAIM_STYLE } from '../highlight-styles';
import type { NewsmarkDatabase } from './database';

export interface Settings {
  /** knowledge-base seed version last applied */
  seedVersion: string | null;
  /** bumped on every knowledge-base edit: the compiled index follows it */
  kbRevision: number;
  /** global pause: nothing is scanned anywhere */
  paused: boolean;
  /** hostnames where the user turned Newsmark off */
  disabledSites: string[];
  /** claim score threshold (sensitivity), null for the matcher's default */
  claimThreshold: number | null;
  /** what is highlighted in pages, and how (ids of lib/highlight-styles.ts) */
  highlightActors: boolean;
  highlightClaims: boolean;
  actorStyle: string;
  claimStyle: string;
}

export const DEFAULT_SETTINGS: Settings = {
  seedVersion: null,
  kbRevision: 0,
  paused: false,
  disabledSites: [],
  claimThreshold: null,
  highlightActors: true,
  highlightClaims: true,
  actorStyle: DEFAULT_ACTOR_STYLE,
  claimStyle: DEFAULT_CLAIM_STYLE,
};

export async function getSetting<K extends keyof Settings>(
  db: NewsmarkDatabase,
  key: K,
): Promise<Settings[K]> {
  const row = await db.settings.get(key);
  return row === undefined ? DEFAULT_SETTINGS[key] : (row.value as Settings[K]);
}

export async function setSetting<K extends keyof Settings>(
  db: NewsmarkDatabase,
  key: K,
  value: Settings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}

export async function getSettings(db: NewsmarkDatabase): Promise<Settings> {
  const rows = await db.settings.toArray();
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    if (row.key in settings) (settings as unknown as Record<string, unknown>)[row.key] = row.value;
  }
  return settings;
}
