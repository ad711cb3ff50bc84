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
 * Nor does the engine evaluate its modules when it is injected. On a fresh
 * browser there is no code cache: the injection's task compiles the whole
 * script, and evaluating the modules there too (the tables they build at load,
 * compiling every function that runs for it) made that task the longest of a
 * cold start, far over a third of the 50 ms budget. So the script leaves its
 * modules unevaluated behind steps (EngineScript: each a dynamic import, which
 * the bundle inlines as a lazy initialiser) that the loader runs one per task,
 * with a yield to the page before each, the one-time compilation of the cue
 * tables among them.
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
  /** ends the task, letting the page run (lib/content/slices.ts: yieldToPage): before each step of the engine's evaluation */
  pause(): Promise<void>;
}

function isEngine(value: unknown): value is Engine {
  return !!value && typeof (value as Engine).createFlatMatcher === 'function';
}

/**
 * What entrypoints/engine.ts leaves in the world: the engine with its modules not yet evaluated. `steps` evaluate
 * them a part at a time (each resolves when its part has run); `engine` evaluates what remains and gives the engine.
 */
export interface EngineScript {
  steps: ReadonlyArray<() => Promise<unknown>>;
  engine(): Promise<Engine>;
}

function isEngineScript(value: unknown): value is EngineScript {
  return !!value && Array.isArray((value as EngineScript).steps) && typeof (value as EngineScript).engine === 'function';
}

/** Called by entrypoints/engine.ts in the content script's world. */
export function installEngine(world: Record<string, unknown>, script: EngineScript): void {
  world[ENGINE_SLOT] = script;
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
    if (!isEngineScript(world[ENGINE_SLOT])) await this.ports.inject();
    const script = world[ENGINE_SLOT];
    if (!isEngineScript(script)) throw new Error('the matching engine did not load');
    for (const step of script.steps) {
      await this.ports.pause();
      await step();
    }
    await this.ports.pause();
    const engine = await script.engine();
    // (released while it loaded: the slot is empty, and the engine goes with this scan)
    if (world[ENGINE_SLOT] === script) world[ENGINE_SLOT] = engine;
    return engine;
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
