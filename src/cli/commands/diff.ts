import { TermsError } from '../../errors.js';
import type { Command } from '../io.js';

// Placeholder until the command lands; it is listed so that `terms --help` shows the whole tool.
export const diffCommand: Command = {
  summary: '二つの版を比較 / compare two versions',
  usage: 'terms diff',
  async run() {
    throw new TermsError('terms diff: まだ実装されていません / not implemented yet', 2);
  },
};
