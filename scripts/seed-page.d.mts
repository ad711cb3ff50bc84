export declare const SEED_SOURCE: string;
export declare function escapeHtml(text: string): string;
export declare function seedParagraphs(sourcePath?: string): string[];
export declare function renderSeedPage(options?: { sourcePath?: string }): string;
export interface SeedServer {
  /** The article page, e.g. http://127.0.0.1:43121/article */
  url: string;
  origin: string;
  port: number;
  close(): Promise<void>;
}
export declare function startSeedServer(options?: { port?: number; host?: string }): Promise<SeedServer>;
