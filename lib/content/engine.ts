/**
 * The matching engine (lib/match, lib/text: most of our code) is not part of
 * the content script. It is a script of its own (entrypoints/engine.ts) that
 * the background injects into the content script's world when a scan needs it,
 * and that the page lets go of once it keeps no matcher: on a page with nothing
 * to show, no function of the engine stays reachable, so its compiled and
 * optimised code is collected with it. One bundle would keep every function of
 * the engine alive for the life of the tab, through the module scope that the
 * content script's listeners hold.
 */
import type { attribute } from '../attribution';
import type { pageStatements, roleFor, splitTitleAndName } from '../attribution/page-statements';
import type { FlatIndex } from '../match/flat';
import type { Matcher } from '../match/types';
import type { guessLang } from '../text/guess-lang';

/** What the content script uses of lib/match, lib/attribution and lib/text: reached only through the engine. */
export interface Engine {
  createFlatMatcher(flat: FlatIndex): Matcher;
  attribute: typeof attribute;
  pageStatements: typeof pageStatements;
  splitTitleAndName: typeof splitTitleAndName;
  roleFor: typeof roleFor;
  guessLang: typeof guessLang;
}

/** Where the injected engine puts itself: a property of the extension's isolated world, out of the page's reach. */
export const ENGINE_SLOT = '__newsmarkEngine';

/**
 * How long a page keeps the engine after its last use when it holds no
 * matcher: pages that change often rescan without loading it every time.
 */
export const ENGINE_KEEP_MS = 15_000;

export interface EnginePorts {
  /** the content script's global object (its isolated world) */
  world: Record<string, unknown>;
  /** asks the background to inject entrypoints/engine.ts into this frame */
  inject(): Promise<void>;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
  keepMs?: number;
}

function isEngine(value: unknown): value is Engine {
  return !!value && typeof (value as Engine).createFlatMatcher === 'function';
}

/** Called by entrypoints/engine.ts in the content script's world. */
export function installEngine(world: Record<string, unknown>, engine: Engine): void {
  world[ENGINE_SLOT] = engine;
}

export class EngineLoader {
  private loading: Promise<Engine> | null = null;
  private dropTimer: unknown = null;

  constructor(private readonly ports: EnginePorts) {}

  /** The engine, injected first if the page has none (concurrent callers share one injection). */
  get(): Promise<Engine> {
    this.cancelDrop();
    const present = this.ports.world[ENGINE_SLOT];
    if (isEngine(present)) return Promise.resolve(present);
    this.loading ??= this.ports
      .inject()
      .then(() => {
        const engine = this.ports.world[ENGINE_SLOT];
        if (!isEngine(engine)) throw new Error('the matching engine did not load');
        return engine;
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  /** The page keeps no matcher: the engine goes after ENGINE_KEEP_MS unless it is needed again. */
  release(): void {
    this.cancelDrop();
    this.dropTimer = this.ports.setTimer(() => {
      this.dropTimer = null;
      delete this.ports.world[ENGINE_SLOT];
    }, this.ports.keepMs ?? ENGINE_KEEP_MS);
  }

  get loaded(): boolean {
    return isEngine(this.ports.world[ENGINE_SLOT]);
  }

  private cancelDrop(): void {
    if (this.dropTimer !== null) this.ports.clearTimer(this.dropTimer);
    this.dropTimer = null;
  }
}
