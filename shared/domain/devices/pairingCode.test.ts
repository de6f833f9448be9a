import { describe, expect, it } from 'vitest';
import { formatPairingCode, isWellFormedPairingCode, normalisePairingCode, pairingUri } from './pairingCode';

describe('pairing codes', () => {
  it('a person may type the code in any case, with or without the dash or spaces', () => {
    expect(normalisePairingCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(normalisePairingCode(' ab cd ef gh ')).toBe('ABCDEFGH');
    expect(formatPairingCode('abcdefgh')).toBe('ABCD-EFGH');
  });

  it('only 8 characters of the unambiguous alphabet (no 0/O, 1/I/L) are well formed', () => {
    expect(isWellFormedPairingCode('ABCD-EFGH')).toBe(true);
    expect(isWellFormedPairingCode('ABCD-EFG0')).toBe(false);
    expect(isWellFormedPairingCode('ABCD-EFGI')).toBe(false);
    expect(isWellFormedPairingCode('ABCD-EFG')).toBe(false);
  });

  it('the QR code holds the hub and the plain code', () => {
    expect(pairingUri('https://hub.example/', 'abcd-efgh')).toBe('opvangdesk-pair:?hub=https%3A%2F%2Fhub.example%2F&code=ABCDEFGH');
  });
});
