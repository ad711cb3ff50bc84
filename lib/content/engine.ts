/**
 * The matching engine (lib/match, lib/text: most of our code) is not part of
 * the content script. It is a script of its own (entrypoints/engine.ts) that
 * the background injects into the content script's world when a scan needs it,
 * and that the page lets go of once it keeps no matcher: on a page with nothing
 * to show, no function of the engine stays reachable, so its compiled and
 * optimised code is collected with it. One bundle would keep every function of
 * the engine alive for the life of the tab, through the module scope that the
 * content script's listeners hold.
 *
 * Nor does the engine load in one task. On a fresh browser there is no code
 * cache: the task that runs an injected script first compiles all of it, and
 * then evaluated its modules (the tables they build at load, compiling every
 * function that runs for it), which made the engine's injection the longest
 * task of a cold start, far over a third of the 50 ms budget. So the engine
 * comes in two scripts (lib/content/engine-parts.ts), injected one after the
 * other, each compiled in a task of its own; and neither evaluates its modules
 * when injected: each leaves them behind steps (EnginePart: dynamic imports,
 * which the bundle inlines as lazy initialisers) that the loader runs one per
 * task, with a yield to the page before each.
 */
import type { attribute, warmStep } from '../attribution';
import type { pageStatements, roleFor, splitTitleAndName } from '../attribution/page-statements';
import type { FlatIndex } from '../match/flat';
import type { Matcher } from '../match/types';
import type { guessLang } from '../text/guess-lang';
import { ENGINE_SHARED_SLOT } from './engine-parts';

/** What the content script uses of lib/match, lib/attribution and lib/text: reached only through the engine. */
export interface Engine {
  createFlatMatcher(flat: FlatIndex): Matcher;
  attribute: typeof attribute;
  /** builds a piece of attribute's tables (lib/attribution/warm.ts); true when none is left */
  warmStep: typeof warmStep;
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
  /** asks the background to inject part `part` of the engine (0: entrypoints/engine-base.ts, 1: entrypoints/engine.ts) into this frame */
  inject(part: number): Promise<void>;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
  keepMs?: number;
  /** ends the task, letting the page run (lib/content/slices.ts: yieldToPage): before each step of the engine's evaluation */
  pause(): Promise<void>;
}

function isEngine(value: unknown): value is Engine {
  return !!value && typeof (value as Engine).createFlatMatcher === 'function';
}

/**
 * What an injected part of the engine leaves in the world: `steps` evaluate its modules a few at a time (each
 * resolves when its part has run); the last part's `engine` evaluates what remains and gives the engine.
 */
export interface EnginePart {
  steps: ReadonlyArray<() => Promise<unknown>>;
  engine?: () => Promise<Engine>;
}

/** Where an injected part puts itself until the loader takes it. */
export const ENGINE_PART_SLOT = '__newsmarkEnginePart';

function isEnginePart(value: unknown): value is EnginePart {
  return !!value && Array.isArray((value as EnginePart).steps) && ['undefined', 'function'].includes(typeof (value as EnginePart).engine);
}

/** Called by entrypoints/engine-base.ts and entrypoints/engine.ts in the content script's world. */
export function installEnginePart(world: Record<string, unknown>, part: EnginePart): void {
  world[ENGINE_PART_SLOT] = part;
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
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async load(): Promise<Engine> {
    const { world } = this.ports;
    for (let i = 0; ; i++) {
      delete world[ENGINE_PART_SLOT];
      await this.ports.inject(i);
      const part = world[ENGINE_PART_SLOT];
      delete world[ENGINE_PART_SLOT];
      if (!isEnginePart(part)) throw new Error('the matching engine did not load');
      for (const step of part.steps) {
        await this.ports.pause();
        await step();
      }
      if (part.engine) {
        await this.ports.pause();
        const engine = await part.engine();
        world[ENGINE_SLOT] = engine;
        return engine;
      }
    }
  }

  /** The page keeps no matcher: the engine goes after ENGINE_KEEP_MS unless it is needed again. */
  release(): void {
    this.cancelDrop();
    this.dropTimer = this.ports.setTimer(() => {
      this.dropTimer = null;
      // (a scan loading the engine now releases it again when done; the parts it is loading need what the first shared)
      if (this.loading) return;
      delete this.ports.world[ENGINE_SLOT];
      delete this.ports.world[ENGINE_SHARED_SLOT];
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
