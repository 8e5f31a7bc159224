import { TermsError } from '../../errors.js';
import type { Command } from '../io.js';

// Placeholder until the command lands; it is listed so that `terms --help` shows the whole tool.
export const importCommand: Command = {
  summary: '既存の規約を取り込む / import existing terms from text or Markdown',
  usage: 'terms import',
  async run() {
    throw new TermsError('terms import: まだ実装されていません / not implemented yet', 2);
  },
};
