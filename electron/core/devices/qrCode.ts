/**
 * The QR code of a pairing code, as an SVG data URL for the desk's screen (the iPad scans it
 * instead of typing the code). Made with the `qrcode` package; error correction M survives a
 * smudged screen.
 */
import QRCode from 'qrcode';

export async function qrSvgDataUrl(text: string): Promise<string | null> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
