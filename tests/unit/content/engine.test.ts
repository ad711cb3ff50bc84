import { describe, expect, it } from 'vitest';
import { ENGINE_SLOT, EngineLoader, installEnginePart, type Engine } from '../../../lib/content/engine';
import { ENGINE_SHARED_SLOT } from '../../../lib/content/engine-parts';

function setup(options: { failFirst?: boolean; onPause?: () => void } = {}) {
  const world: Record<string, unknown> = {};
  const engine = { createFlatMatcher: () => ({ version: 'v', scan: () => ({ actors: [], claims: [] }) }) } as unknown as Engine;
  let injections = 0;
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  // what ran, in order: the pauses (each ends a task) and the steps of the engine's evaluation
  const log: string[] = [];
  const loader = new EngineLoader({
    world,
    inject: async (part) => {
      log.push(`inject ${part}`);
      if (part === 0) {
        injections++;
        if (options.failFirst && injections === 1) throw new Error('tab closed');
        const shared: Record<string, unknown> = {};
        world[ENGINE_SHARED_SLOT] = shared;
        installEnginePart(world, { steps: [async () => log.push('text'), async () => log.push('speakers')] });
      } else {
        installEnginePart(world, {
          steps: [async () => log.push('attribution')],
          engine: async () => {
            log.push('engine');
            return engine;
          },
        });
      }
    },
    pause: async () => {
      log.push('pause');
      options.onPause?.();
    },
    setTimer: (run) => {
      const id = nextTimer++;
      timers.set(id, run);
      return id;
    },
    clearTimer: (id) => timers.delete(id as number),
  });
  const fireTimers = () => {
    for (const [id, run] of [...timers]) {
      timers.delete(id);
      run();
    }
  };
  return { world, engine, loader, log, injections: () => injections, pendingTimers: () => timers.size, fireTimers };
}

describe('the engine loader (the matching engine injected on demand)', () => {
  it('asks for the engine once, however many scans want it at the same time', async () => {
    const { loader, engine, injections } = setup();
    const [a, b] = await Promise.all([loader.get(), loader.get()]);
    expect(a).toBe(engine);
    expect(b).toBe(engine);
    expect(await loader.get()).toBe(engine);
    expect(injections()).toBe(1);
  });

  it('lets the engine go a while after the page drops its matcher, and loads it again when needed', async () => {
    const { loader, world, injections, fireTimers } = setup();
    await loader.get();
    loader.release();
    expect(loader.loaded).toBe(true); // not at once: a page that changes often rescans soon
    fireTimers();
    expect(world[ENGINE_SLOT]).toBeUndefined();
    expect(loader.loaded).toBe(false);
    await loader.get();
    expect(injections()).toBe(2);
  });

  it('keeps the engine when a scan needs it before the delay is over', async () => {
    const { loader, injections, pendingTimers, fireTimers } = setup();
    await loader.get();
    loader.release();
    await loader.get();
    expect(pendingTimers()).toBe(0);
    fireTimers();
    expect(loader.loaded).toBe(true);
    expect(injections()).toBe(1);
  });

  it('fails a scan whose injection failed, and tries again on the next', async () => {
    const { loader, engine, injections } = setup({ failFirst: true });
    await expect(loader.get()).rejects.toThrow('tab closed');
    expect(await loader.get()).toBe(engine);
    expect(injections()).toBe(2);
  });

  it('refuses an injection that left no engine behind', async () => {
    const world: Record<string, unknown> = {};
    const loader = new EngineLoader({ world, inject: async () => {}, setTimer: () => 0, clearTimer: () => {}, pause: async () => {} });
    await expect(loader.get()).rejects.toThrow('did not load');
  });

  it("injects the engine's parts one after the other, and evaluates their modules a step at a time, each after a pause", async () => {
    const { loader, engine, world, log } = setup();
    expect(await loader.get()).toBe(engine);
    expect(log).toEqual(['inject 0', 'pause', 'text', 'pause', 'speakers', 'inject 1', 'pause', 'attribution', 'pause', 'engine']);
    expect(world[ENGINE_SLOT]).toBe(engine);
    log.length = 0;
    expect(await loader.get()).toBe(engine);
    expect(log).toEqual([]);
  });

  it('keeps what the first part shared while the engine loads, and lets it all go with the engine', async () => {
    let letGo = () => {};
    const { loader, world, fireTimers } = setup({ onPause: () => letGo() });
    // a release whose delay ends while a scan loads the engine: the second part still needs what the first shared
    letGo = () => {
      letGo = () => {};
      loader.release();
      fireTimers();
    };
    await loader.get();
    expect(world[ENGINE_SHARED_SLOT]).toBeDefined();
    expect(loader.loaded).toBe(true);
    loader.release();
    fireTimers();
    expect(world[ENGINE_SLOT]).toBeUndefined();
    expect(world[ENGINE_SHARED_SLOT]).toBeUndefined();
    expect(loader.loaded).toBe(false);
  });
});
