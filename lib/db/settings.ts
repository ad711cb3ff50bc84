/** Typed access to the settings table. */
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
}

export const DEFAULT_SETTINGS: Settings = {
  seedVersion: null,
  kbRevision: 0,
  paused: false,
  disabledSites: [],
  claimThreshold: null,
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
