import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AuditEntryWire } from '../../sync/deviceProtocol';
import { auditEntryHash, canonicalJson, GENESIS_HASH, verifyAuditChain, type AuditEntryFields } from './auditChain';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function chain(n: number): AuditEntryWire[] {
  const entries: AuditEntryWire[] = [];
  for (let i = 1; i <= n; i++) {
    const fields: AuditEntryFields = {
      locationId: 'loc-1',
      seq: i,
      at: new Date(Date.UTC(2026, 10, 23, 8, i)).toISOString(),
      event: i === 1 ? 'paired' : 'revoked',
      actorUserId: 'u-1',
      actorName: 'Manager',
      deskId: 'desk-1',
      deviceId: 'dev-1',
      groupId: 'g-1',
      details: { reason: 'lost', note: `regel ${i}` },
      prevHash: entries[i - 2]?.hash ?? GENESIS_HASH,
    };
    entries.push({ ...fields, hash: auditEntryHash(fields, sha256) });
  }
  return entries;
}

describe('device audit chain', () => {
  it('canonical JSON sorts keys at every level, so a database that reorders them changes nothing', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });

  it('an intact chain verifies and reports its head', () => {
    const entries = chain(4);
    expect(verifyAuditChain(entries, sha256)).toEqual({
      ok: true,
      checked: 4,
      brokenAtSeq: null,
      problem: null,
      headHash: entries[3]!.hash,
    });
    expect(verifyAuditChain([], sha256)).toMatchObject({ ok: true, checked: 0, headHash: null });
  });

  it('a changed field breaks the chain at that entry (hash_mismatch)', () => {
    const entries = chain(4);
    entries[1] = { ...entries[1]!, details: { ...entries[1]!.details, reason: 'broken' } };
    expect(verifyAuditChain(entries, sha256)).toMatchObject({ ok: false, brokenAtSeq: 2, problem: 'hash_mismatch', checked: 1 });
  });

  it('an entry rewritten with a fresh hash breaks the link to the next one (prev_hash_mismatch)', () => {
    const entries = chain(4);
    const { hash: _old, ...fields } = { ...entries[1]!, actorName: 'Iemand anders' };
    entries[1] = { ...fields, hash: auditEntryHash(fields, sha256) };
    expect(verifyAuditChain(entries, sha256)).toMatchObject({ ok: false, brokenAtSeq: 3, problem: 'prev_hash_mismatch' });
  });

  it('a removed entry is a gap in the sequence', () => {
    const entries = chain(4);
    entries.splice(2, 1);
    expect(verifyAuditChain(entries, sha256)).toMatchObject({ ok: false, brokenAtSeq: 4, problem: 'sequence_gap' });
  });
});
