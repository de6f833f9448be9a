import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { RELEASE_NOTES_FILE, saveReleaseNotes, takeReleaseNotes } from './releaseNotesFile';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-notes-'));
  dirs.push(dir);
  return dir;
}

describe('release notes file: kept across the restart, shown once', () => {
  test('saved at download, handed out once when the new version runs', () => {
    const dir = dataDir();
    saveReleaseNotes(dir, { version: '1.1.0', notes: 'Sneller rooster' });
    expect(takeReleaseNotes(dir, '1.0.0')).toBeNull();
    expect(fs.existsSync(path.join(dir, RELEASE_NOTES_FILE))).toBe(true);
    expect(takeReleaseNotes(dir, '1.1.0')).toEqual({ version: '1.1.0', notes: 'Sneller rooster' });
    expect(takeReleaseNotes(dir, '1.1.0')).toBeNull();
    expect(fs.existsSync(path.join(dir, RELEASE_NOTES_FILE))).toBe(false);
  });

  test('a missing or damaged file is no notes, and a damaged one is removed', () => {
    const dir = dataDir();
    expect(takeReleaseNotes(dir, '1.0.0')).toBeNull();
    fs.writeFileSync(path.join(dir, RELEASE_NOTES_FILE), '{ kapot');
    expect(takeReleaseNotes(dir, '1.0.0')).toBeNull();
    expect(fs.existsSync(path.join(dir, RELEASE_NOTES_FILE))).toBe(false);
  });
});
