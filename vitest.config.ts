import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './test/helpers/sequencer.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/helpers/temp-setup.ts removes each file's temporary folders: setup files run for every file.
    setupFiles: ['test/setup/fast-check.ts', 'test/helpers/temp-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: keep workers to what the machine has.
    maxWorkers: 2,
    // One worker runs file after file with its modules loaded: the compiler, remark, kuromoji, docx and
    // pdfjs are loaded once per worker instead of once per file (a third of the suite's time went to
    // loading them). Each file still gets its own tests, hooks and setup files; test files keep no state
    // in shared modules that another file could see (a file that changes process.env puts it back).
    isolate: false,
    // Slow files first (Chromium, SMTP, npm install), so the two workers end together.
    sequence: { sequencer: SlowFirstSequencer },
  },
});
