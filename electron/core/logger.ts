/**
 * Structured logs (pino): to a file in the data folder when running, silent in tests. Written
 * synchronously: a desk logs little, and the last lines before a crash are the ones that matter.
 */
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(dataDir: string | null, level = process.env.OPVANGDESK_LOG_LEVEL ?? 'info'): Logger {
  if (dataDir === null) return pino({ level: 'silent' });
  const dir = path.join(dataDir, 'logs');
  fs.mkdirSync(dir, { recursive: true });
  const destination = pino.destination({ dest: path.join(dir, 'opvangdesk.log'), sync: true, mkdir: true });
  // A log line that cannot be written (a full disk) is lost, never thrown into the call that logged it.
  destination.on('error', () => undefined);
  return pino({ level }, destination);
}
