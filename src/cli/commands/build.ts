import { TermsError } from '../../errors.js';
import type { Command } from '../io.js';

// Placeholder until the command lands; it is listed so that `terms --help` shows the whole tool.
export const buildCommand: Command = {
  summary: 'ルールセット・差分・通知・サイトを dist/ に構築 / build everything into dist/',
  usage: 'terms build',
  async run() {
    throw new TermsError('terms build: まだ実装されていません / not implemented yet', 2);
  },
};
