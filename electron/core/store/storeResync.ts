/**
 * Starting again from the hub when the store is damaged: an empty store with the same enrolment,
 * filled by the next pull. Changes that were in the damaged store and not yet sent cannot be
 * recovered this way (the damaged file is kept aside, see storeBackups.ts).
 *
 * The hub numbers this desk's mutations; the new outbox continues after the last one it holds
 * (`lastMutationId` of a first pull), or the hub would take the desk's next changes for repeats.
 */
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import type { Clock } from '../../../shared/domain/time/clock';
import type { CredentialStore } from '../sync/credentialStore';
import { HubClient } from '../sync/hubClient';
import { readEnrolment, writeEnrolment, type HubEnrolment } from '../sync/syncRepository';
import { applyKey, closeDatabase, openDatabase, type StoreKey } from './database';
import { migrate } from './migrate';
import { BACKUP_DIR, listBackups, moveStoreAside } from './storeBackups';

/** The enrolment as the damaged store still tells it, or else the newest backup; null when neither can. */
export function findEnrolment(dataDir: string, storeFile: string, key: StoreKey): HubEnrolment | null {
  const candidates = [path.join(dataDir, storeFile), ...listBackups(dataDir).map((b) => path.join(dataDir, BACKUP_DIR, b.file))];
  for (const file of candidates) {
    try {
      const db = new Database(file, { readonly: true, fileMustExist: true });
      if (key !== 'unencrypted') applyKey(db, key, file);
      try {
        const enrolment = readEnrolment(db);
        if (enrolment) return enrolment;
      } finally {
        db.close();
      }
    } catch {
      // this copy cannot tell it: try the next
    }
  }
  return null;
}

export type ResyncOutcome = { ok: true; movedTo: string } | { ok: false; message: string };

/**
 * Asks the hub first (nothing is moved when it cannot be reached), then moves the damaged store
 * aside and leaves an empty, enrolled store in its place for the core to open and fill.
 */
export async function prepareResync(
  dataDir: string,
  storeFile: string,
  enrolment: HubEnrolment,
  credentials: CredentialStore,
  clock: Clock,
  key: StoreKey,
): Promise<ResyncOutcome> {
  const credential = credentials.load();
  if (!credential) return { ok: false, message: 'Deze desk heeft geen sleutel voor de hub meer: koppel hem opnieuw.' };
  const answer = await new HubClient(enrolment.hubUrl, credential, clock).pull({
    protocolVersion: PROTOCOL_VERSION,
    deviceId: enrolment.deviceId,
    cursors: {},
  });
  if (!answer.ok) {
    const detail = answer.failure.kind === 'refused' ? answer.failure.error.message : answer.failure.message;
    return { ok: false, message: `De hub is nu niet bereikbaar, dus er is niets gewijzigd (${detail}). Probeer het zo opnieuw.` };
  }
  const movedTo = moveStoreAside(dataDir, storeFile, clock().toISOString());
  const db = openDatabase(path.join(dataDir, storeFile), key);
  try {
    await migrate(db, path.join(dataDir, BACKUP_DIR));
    writeEnrolment(db, enrolment);
    db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', ?)").run(answer.value.lastMutationId);
  } finally {
    closeDatabase(db);
  }
  return { ok: true, movedTo };
}
