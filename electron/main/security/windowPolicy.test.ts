import { describe, expect, test } from 'vitest';
import {
  decideWindowOpen,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isPermissionAllowed,
  isTrustedSender,
  secureWebPreferences,
} from './windowPolicy';

describe('window policy (Electron security checklist)', () => {
  test('the renderer runs sandboxed, context-isolated, without Node', () => {
    expect(secureWebPreferences.sandbox).toBe(true);
    expect(secureWebPreferences.contextIsolation).toBe(true);
    expect(secureWebPreferences.nodeIntegration).toBe(false);
    expect(secureWebPreferences.webviewTag).toBe(false);
    expect(secureWebPreferences.webSecurity).toBe(true);
  });

  test('no experimental Blink features; middle-click cannot open links in a new window', () => {
    expect(secureWebPreferences.experimentalFeatures).toBe(false);
    expect('enableBlinkFeatures' in secureWebPreferences).toBe(false);
    expect(secureWebPreferences.disableBlinkFeatures).toBe('Auxclick');
  });

  test('navigation: only our own app:// origin', () => {
    expect(isAllowedNavigation('app://opvangdesk/index.html')).toBe(true);
    expect(isAllowedNavigation('app://opvangdesk/#/rooster')).toBe(true);
    expect(isAllowedNavigation('https://evil.example/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('app://other/index.html')).toBe(false);
    expect(isAllowedNavigation('not a url')).toBe(false);
  });

  test('navigation: the dev server only when it is the configured one', () => {
    expect(isAllowedNavigation('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/', null)).toBe(false);
  });

  test('new windows are always denied; allow-listed https links open in the system browser', () => {
    expect(decideWindowOpen('https://www.rijksoverheid.nl/kinderopvang')).toEqual({ action: 'deny', openExternally: true });
    expect(decideWindowOpen('http://www.rijksoverheid.nl/')).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen('https://evil.example/')).toEqual({ action: 'deny', openExternally: false });
  });

  test('external URLs: https only, exact host, no credentials', () => {
    expect(isAllowedExternalUrl('https://opvangdesk.nl/help')).toBe(true);
    expect(isAllowedExternalUrl('https://opvangdesk.nl.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@opvangdesk.nl/')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
  });

  test('permission requests are all denied', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      expect(isPermissionAllowed(p)).toBe(false);
    }
  });

  test('IPC sender: our main frame only', () => {
    expect(isTrustedSender('app://opvangdesk/index.html', true)).toBe(true);
    expect(isTrustedSender('app://opvangdesk/index.html', false)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });
});
