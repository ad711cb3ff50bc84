export interface BrowserPaths {
  chromium: string | null;
  firefox: string | null;
}
export declare const BROWSER_PACKAGES: string[];
export declare function which(command: string): string | null;
export declare function browserPaths(): BrowserPaths;
export declare function ensureBrowsers(options?: { log?: (message: string) => void }): BrowserPaths;
export declare function installBrowsers(): void;
