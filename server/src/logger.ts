/** Structured logs (pino, JSON lines) with secrets redacted wherever they might be attached. */
import { pino, type Logger } from 'pino';

export function createLogger(level: string = process.env.HUB_LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: 'hub',
    level,
    redact: { paths: ['req.headers.authorization', 'credential', 'password', '*.credential', '*.password'], censor: '[redacted]' },
  });
}
