/** Messages between `terms check` and its worker threads. */
import type { RuleSet } from '../../ruleset/schema.js';
import type { OutputFormat, OutputSelection } from '../output.js';
import type { ChunkOutput } from './check-chunk.js';

/** What every worker starts with. */
export interface WorkerSetup {
  ruleSets: RuleSet[];
  document: string;
  asOf: string;
  format: OutputFormat;
  only: OutputSelection;
}

/** A piece of input to check. */
export interface ChunkJob {
  seq: number;
  bytes: Uint8Array;
  line: number;
  index: number;
  /** Memory of earlier output, written out and handed back for reuse. */
  returned: ArrayBuffer[];
}

/** Its output. */
export interface ChunkReply extends ChunkOutput {
  seq: number;
  /** The piece's input, handed back for reuse. */
  input: Uint8Array;
}
