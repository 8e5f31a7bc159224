/**
 * Every property test and fuzzer runs with a fixed seed, so that a run in CI can be repeated exactly:
 * FUZZ_SEED=<n> to try others (scripts/soak.sh).
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env['FUZZ_SEED'] ?? 20_161_016) });
