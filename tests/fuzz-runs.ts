/**
 * How hard the property-based tests push: a quick pass in `npm test`, many
 * more runs in `npm run fuzz` (FUZZ_RUNS). The seed is fixed so a failure
 * reproduces; FUZZ_SEED explores others.
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 60);
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20251127);
export const fuzzParams = { numRuns: FUZZ_RUNS, seed: FUZZ_SEED };
