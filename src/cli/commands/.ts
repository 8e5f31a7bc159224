import { TermsError } from '../../errors.js';
import type { Command } from '../io.js';

// Placeholder until the command lands; it is listed so that `terms --help` shows the whole tool.
export const /Command: Command = {
  summary: '/',
  usage: 'terms /',
  async run() {
    throw new TermsError('terms /: まだ実装されていません / not implemented yet', 2);
  },
};
