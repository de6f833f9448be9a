/**
 * `npm run -s icons`: renders resources/icon.svg to the PNGs electron-builder uses, in Debian's
 * Chromium (the same browser the e2e suite drives): resources/icon.png (1024 px; electron-builder
 * makes the macOS .icns and the Windows .ico from it) and resources/icons/<n>x<n>.png (Linux).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const resources = path.resolve(__dirname, '../../resources');
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

async function main(): Promise<void> {
  const svg = fs.readFileSync(path.join(resources, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    fs.mkdirSync(path.join(resources, 'icons'), { recursive: true });
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`);
      await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      fs.writeFileSync(path.join(resources, 'icons', `${size}x${size}.png`), png);
      if (size === 1024) fs.writeFileSync(path.join(resources, 'icon.png'), png);
      console.log(`resources/icons/${size}x${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
