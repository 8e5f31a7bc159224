import { TermsError } from '../../errors.js';
import type { Command } from '../io.js';

// Placeholder until the command lands; it is listed so that `terms --help` shows the whole tool.
export const checkCommand: Command = {
  summary: '契約イベントを規約に照らして評価 / evaluate contract events against the terms',
  usage: 'terms check',
  async run() {
    throw new TermsError('terms check: まだ実装されていません / not implemented yet', 2);
  },
};
