import path from 'node:path';

export const APP_NAME = 'Opvangdesk';

/**
 * The per-user data folder when OPVANGDESK_DATA is not set: the same folder Electron's
 * `app.getPath('userData')` gives, so browser mode and the desktop app share one store.
 */
export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (env.OPVANGDESK_DATA) return path.resolve(env.OPVANGDESK_DATA);
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), APP_NAME);
}
