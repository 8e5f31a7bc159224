import { TermsError } from '../../errors.js';
import type { Command } from '../io.js';

// Placeholder until the command lands; it is listed so that `terms --help` shows the whole tool.
export const lintCommand: Command = {
  summary: '規約を検査 / lint the terms',
  usage: 'terms lint',
  async run() {
    throw new TermsError('terms lint: まだ実装されていません / not implemented yet', 2);
  },
};
