/**
 * The devices audit log as CSV for the export: one line per entry, with both hashes so the chain
 * can be checked elsewhere (sha256 of the canonical payload, shared/domain/devices/auditChain.ts).
 * Semicolon-separated (Dutch Excel opens it as columns), UTF-8 with BOM, CRLF line ends.
 */
import type { DeviceAuditEntryView } from '../../../shared/contract/views';

const HEADER = [
  'volgnummer',
  'tijdstip',
  'gebeurtenis',
  'door',
  'apparaat',
  'apparaat-id',
  'groep',
  'reden',
  'toelichting',
  'vorige hash',
  'hash',
];

const eventNames: Record<DeviceAuditEntryView['event'], string> = {
  code_issued: 'koppelcode gemaakt',
  paired: 'gekoppeld',
  revoked: 'ingetrokken',
  wiped: 'gewist',
};

const reasonNames = { lost: 'kwijt', stolen: 'gestolen', broken: 'kapot', other: 'anders' } as const;

function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // a cell a spreadsheet would run as a formula is quoted as text
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function auditCsv(entries: readonly DeviceAuditEntryView[]): string {
  const lines = [HEADER.join(';')];
  for (const e of entries) {
    lines.push(
      [
        e.seq,
        e.at,
        eventNames[e.event],
        e.actorName,
        e.deviceName,
        e.deviceId,
        e.groupName ?? e.groupId,
        e.reason ? reasonNames[e.reason] : null,
        e.note,
        e.prevHash,
        e.hash,
      ]
        .map(cell)
        .join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
