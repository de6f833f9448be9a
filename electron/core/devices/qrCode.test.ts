import { describe, expect, test } from 'vitest';
import { qrSvgDataUrl } from './qrCode';

describe('pairing QR code', () => {
  test('a pairing code becomes an SVG image the screen can show', async () => {
    const url = await qrSvgDataUrl('ABCD-EFGH');
    expect(url).toMatch(/^data:image\/svg\+xml;base64,/);
    const svg = Buffer.from(url!.split(',')[1]!, 'base64').toString('utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('<path');
  });
});
