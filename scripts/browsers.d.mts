import type { BrowserContext, Worker } from 'playwright-core';
import type { Browser, Page } from 'puppeteer-core';

export declare const ROOT: string;
export declare const CHROME_BUILD: string;
export declare const FIREFOX_BUILD: string;
export declare const FIREFOX_EXTENSION_UUID: string;
/** the local test servers' origins, granted to the extension in e2e runs and the demo */
export declare const LOCAL_SITE_ORIGINS: string[];
/** a private copy of a build, with `origins` granted at install; every launch runs on one */
export declare function buildWithGrantedSites(buildDir: string, origins: string[]): { dir: string; remove(): void };

export interface BuiltManifest {
  manifest_version: number;
  name: string;
  version: string;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
  [key: string]: unknown;
}
export declare function readBuiltManifest(buildDir: string): BuiltManifest;
export declare function chromiumArgs(extensionDir: string, options?: { headless?: boolean }): string[];

interface LaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /** more Chromium switches, e.g. --log-net-log=FILE (Chromium only) */
  extraArgs?: string[];
  /** host permissions the loaded copy is installed with (default LOCAL_SITE_ORIGINS; [] for the build as shipped) */
  grantedSites?: string[];
  /** more Firefox preferences (Firefox only) */
  extraPrefs?: Record<string, unknown>;
  /** a Firefox profile directory kept across launches, for a restart (Firefox only; default: a fresh one) */
  profileDir?: string;
}
export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}
export declare function launchChromium(options?: LaunchOptions): Promise<ChromiumSession>;

export interface FirefoxVersion {
  text: string;
  major: number;
  parts: number[];
}
export declare function firefoxVersion(executablePath: string): FirefoxVersion;
export declare function checkFirefoxVersion(executablePath: string, manifest: BuiltManifest): FirefoxVersion;
export interface FirefoxSession {
  browser: Browser;
  version: FirefoxVersion;
  extensionOrigin: string;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}
export declare function launchFirefox(options?: LaunchOptions): Promise<FirefoxSession>;
export declare function setFirefoxViewport(page: Page, viewport: { width: number; height: number }): Promise<void>;
export declare function gotoFirefoxExtensionPage(page: Page, url: string, options?: { timeout?: number }): Promise<void>;
