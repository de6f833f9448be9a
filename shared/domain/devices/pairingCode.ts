/**
 * One-time pairing codes for group iPads (spec/devices.md, "Pairing"): 8 characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L), about 40 bits, shown as `XXXX-XXXX`. A person may
 * type it in any case, with or without the dash or spaces. The hub makes them (with a secure
 * random source) and keeps only the hash of the normalised code.
 */
export const PAIRING_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const PAIRING_CODE_LENGTH = 8;

export function normalisePairingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** `ABCD-EFGH` for display; anything else as it is. */
export function formatPairingCode(code: string): string {
  const plain = normalisePairingCode(code);
  return plain.length === PAIRING_CODE_LENGTH ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}

export function isWellFormedPairingCode(input: string): boolean {
  const plain = normalisePairingCode(input);
  return plain.length === PAIRING_CODE_LENGTH && [...plain].every((c) => PAIRING_CODE_ALPHABET.includes(c));
}

/** What the QR code on the desk holds: the iPad app reads the code from it (and the hub, to check it pairs with the right one). */
export function pairingUri(hubUrl: string, code: string): string {
  return `opvangdesk-pair:?hub=${encodeURIComponent(hubUrl)}&code=${normalisePairingCode(code)}`;
}
