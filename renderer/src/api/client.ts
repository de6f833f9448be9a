/**
 * The renderer's one way to the core, and the only file that touches `window.api`: under
 * Electron the preload's IPC methods, in browser mode the bridge. Screens cannot tell them apart.
 */
import { createBridgeTransport } from './bridgeTransport';
import type { Transport } from './transport';

declare global {
  interface Window {
    api?: Transport;
  }
}

const TOKEN_KEY = 'opvangdesk.token';

/** The bridge token arrives once in the address; keep it for reloads and take it out of sight. */
function bridgeToken(): string {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export const api: Transport = window.api ?? createBridgeTransport(bridgeToken());
