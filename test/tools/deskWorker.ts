/**
 * A desk core in its own process, for the crash tests: it opens the store in a data folder,
 * enrols with the hub on its first run, signs in, and then keeps making changes while the sync
 * engine runs, printing `SAVED <shift id>` for every change the core reported as saved. The test
 * kills it with SIGKILL at random moments and starts it again on the same folder.
 *
 *   deskWorker <dataDir> <hubUrl> <enrolmentCode> <email> <password> <locationId> <groupId> <staffId> [--drain]
 *
 * With --drain it makes no changes: it syncs until nothing is pending and prints `DRAINED`.
 */
import { createCore } from '../../electron/core/core';
import { createLogger } from '../../electron/core/logger';
import { addDays } from '../../shared/domain/time/localDate';

async function main(): Promise<void> {
  const [dataDir, hubUrl, code, email, password, locationId, groupId, staffId] = process.argv.slice(2);
  const drain = process.argv.includes('--drain');
  if (!dataDir || !hubUrl || !code || !email || !password || !locationId || !groupId || !staffId) throw new Error('missing arguments');
  const core = await createCore({
    dataDir,
    transport: 'bridge',
    version: '0.0.0-test',
    log: createLogger(null),
    syncTiming: { debounceMs: 5, intervalMs: 40, backoff: { baseMs: 20, maxMs: 100 }, random: Math.random },
  });
  const integrity = core.context.db.pragma('integrity_check', { simple: true });
  console.log(`INTEGRITY ${String(integrity)}`);
  const status = await core.call('sync.status', {});
  if (status.ok && (status.value as { state: string }).state === 'local_only') {
    const enrolled = await core.call('sync.enrol', { hubUrl, code, deskName: 'Crashdesk' });
    if (!enrolled.ok) throw new Error(`enrol: ${JSON.stringify(enrolled.error)}`);
  }
  const signedIn = await core.call('auth.signIn', { email, password });
  if (!signedIn.ok) throw new Error(`sign-in: ${JSON.stringify(signedIn.error)}`);
  console.log('READY');

  if (drain) {
    for (let i = 0; i < 200; i++) {
      const s = await core.call('sync.now', {});
      if (s.ok && (s.value as { pending: number }).pending === 0 && (s.value as { state: string }).state === 'online') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    console.log('DRAINED');
    await core.close();
    return;
  }

  for (;;) {
    // a new day per change: shifts never overlap, whatever survived the last crash
    const done = (core.context.db.prepare('SELECT count(*) AS n FROM shifts').get() as { n: number }).n;
    const id = crypto.randomUUID();
    const result = await core.call('mutate', {
      name: 'shift.assign',
      args: { id, locationId, staffId, groupId, date: addDays('2030-01-01', done), start: 420, end: 900, breaks: [] },
    });
    if (result.ok) console.log(`SAVED ${id}`);
    else console.log(`REFUSED ${JSON.stringify(result.error)}`);
    await new Promise((r) => setTimeout(r, Math.random() * 10));
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : String(err));
  process.exit(1);
});
