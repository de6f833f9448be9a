/**
 * The child process of importCrash.test.ts: opens the desk in `argv[2]`, previews `argv[3]`,
 * prints APPLYING and applies it; the test kills it with SIGKILL somewhere in between.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../../electron/core/core';
import { createLogger } from '../../electron/core/logger';
import type { ImportPreview } from '../../shared/contract/importViews';

async function main(): Promise<void> {
  const [dataDir, file] = process.argv.slice(2) as [string, string];
  const core = await createCore({
    dataDir,
    transport: 'bridge',
    version: 'crash-test',
    log: createLogger(null),
    clock: () => new Date('2026-11-23T08:00:00Z'),
  });
  const location = core.context.store.find('locations', {})[0]!;
  const input = { locationId: location.id, fileName: path.basename(file), base64: fs.readFileSync(file).toString('base64'), mapping: {} };
  const preview = await core.call('import.preview', input);
  if (!preview.ok) throw new Error(preview.error.message);
  process.stdout.write('APPLYING\n');
  const applied = await core.call('import.apply', { ...input, digest: (preview.value as ImportPreview).digest });
  process.stdout.write(applied.ok ? 'APPLIED\n' : `REFUSED ${applied.error.message}\n`);
  await core.close();
}

void main();
