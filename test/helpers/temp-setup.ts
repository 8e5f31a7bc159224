/**
 * Setup file (vitest.config.ts): setup files run again for every test file, isolated or not, so each
 * file's temporary folders (test/helpers/temp.ts) go when that file ends.
 */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.js';

afterAll(removeTempDirs);
