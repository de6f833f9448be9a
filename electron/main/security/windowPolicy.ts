/**
 * The window's security policy as pure decisions (tested under Node; electron/main/index.ts only
 * wires them to Electron's events). Electron security checklist: sandbox, context isolation,
 * no Node in the renderer, no navigation away, no new windows, no webviews, no permissions,
 * external links only to allow-listed https hosts, opened in the system browser.
 */

/** The renderer's origin under the custom protocol. */
export const APP_ORIGIN = 'app://opvangdesk';

export const secureWebPreferences = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  // no Blink features switched on; middle-click (auxclick) off, so it cannot open a link in a new window
  disableBlinkFeatures: 'Auxclick',
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
} as const;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The app is a single page: any navigation away from our own origin is refused. */
export function isAllowedNavigation(url: string, devServerOrigin: string | null = null): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.origin === APP_ORIGIN || (u.protocol === 'app:' && u.host === 'opvangdesk')) return true;
  return devServerOrigin !== null && u.origin === devServerOrigin;
}

/** Hosts whose https pages may open in the system browser (help pages, the inspectorate). */
export const externalAllowList: readonly string[] = [
  'opvangdesk.nl',
  'www.opvangdesk.nl',
  'www.landelijkregisterkinderopvang.nl',
  'www.rijksoverheid.nl',
];

export function isAllowedExternalUrl(url: string, allowList: readonly string[] = externalAllowList): boolean {
  const u = parse(url);
  return u !== null && u.protocol === 'https:' && u.username === '' && u.password === '' && allowList.includes(u.hostname);
}

/** New windows are never created; an allow-listed link opens in the system browser instead. */
export function decideWindowOpen(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isAllowedExternalUrl(url) };
}

/** No camera, microphone, notifications, geolocation, ...: the desk needs none. */
export function isPermissionAllowed(_permission: string): boolean {
  return false;
}

/** IPC is answered only for our own top frame, never for another origin or a sub frame. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean, devServerOrigin: string | null = null): boolean {
  return isMainFrame && frameUrl !== undefined && isAllowedNavigation(frameUrl, devServerOrigin);
}
