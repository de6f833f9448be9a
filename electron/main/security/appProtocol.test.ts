import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { mimeTypeOf, resolveAppPath } from './appProtocol';

const root = path.resolve('/opt/opvangdesk/renderer');

describe('app:// protocol', () => {
  test('serves files inside the renderer folder', () => {
    expect(resolveAppPath('app://opvangdesk/assets/index.js', root)).toBe(path.join(root, 'assets/index.js'));
  });

  test('the root and routes without a file extension serve index.html', () => {
    expect(resolveAppPath('app://opvangdesk/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://opvangdesk/rooster', root)).toBe(path.join(root, 'index.html'));
  });

  test('path traversal out of the renderer folder is refused', () => {
    expect(resolveAppPath('app://opvangdesk/../../etc/passwd.txt', root)?.startsWith(root + path.sep)).toBe(true);
    // the URL parser folds dot segments (also encoded ones) at the root: they stay inside it
    expect(resolveAppPath('app://opvangdesk/%2e%2e/%2e%2e/etc/passwd.txt', root)?.startsWith(root + path.sep)).toBe(true);
    expect(resolveAppPath('app://opvangdesk/..%2f..%2fsecret.db', root)).toBeNull();
  });

  test('another host or scheme is refused', () => {
    expect(resolveAppPath('app://other/index.html', root)).toBeNull();
    expect(resolveAppPath('file:///etc/passwd', root)).toBeNull();
    expect(resolveAppPath('app://opvangdesk/a%00.js', root)).toBeNull();
  });

  test('content types', () => {
    expect(mimeTypeOf('x.js')).toMatch(/javascript/);
    expect(mimeTypeOf('x.html')).toMatch(/html/);
    expect(mimeTypeOf('x.bin')).toBe('application/octet-stream');
  });
});
