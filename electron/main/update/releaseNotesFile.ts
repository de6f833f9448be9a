/**
 * The release notes of a downloaded update, kept in the data folder across the restart that
 * installs it, and handed out once when that version runs (updatePolicy decides).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { releaseNotesAfterStart, type SavedReleaseNotes } from './updatePolicy';

export const RELEASE_NOTES_FILE = 'update-release-notes.json';

const SavedSchema = z.object({ version: z.string().min(1).max(50), notes: z.string().max(10_000) });

export function saveReleaseNotes(dataDir: string, notes: SavedReleaseNotes): void {
  const file = path.join(dataDir, RELEASE_NOTES_FILE);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(notes), { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
}

/** The notes to show now (then forgotten), or null; a missing or damaged file is no notes. */
export function takeReleaseNotes(dataDir: string, currentVersion: string): SavedReleaseNotes | null {
  const file = path.join(dataDir, RELEASE_NOTES_FILE);
  let saved: SavedReleaseNotes | null = null;
  try {
    saved = SavedSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    saved = null;
  }
  const { show, keep } = releaseNotesAfterStart(saved, currentVersion);
  if (!keep) fs.rmSync(file, { force: true });
  return show;
}
