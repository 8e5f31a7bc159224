import { TermsError } from '../../errors.js';
import type { Command } from '../io.js';

// Placeholder until the command lands; it is listed so that `terms --help` shows the whole tool.
export const noticeCommand: Command = {
  summary: '変更通知を作成・送信 / generate and send change notices',
  usage: 'terms notice',
  async run() {
    throw new TermsError('terms notice: まだ実装されていません / not implemented yet', 2);
  },
};
