import { TermsError } from '../../errors.js';
import type { Command } from '../io.js';

// Placeholder until the command lands; it is listed so that `terms --help` shows the whole tool.
export const ciCommand: Command = {
  summary: '法務チームの CI 検査 / the legal team CI compliance checks',
  usage: 'terms ci',
  async run() {
    throw new TermsError('terms ci: まだ実装されていません / not implemented yet', 2);
  },
};
