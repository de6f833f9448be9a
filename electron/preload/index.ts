/**
 * The preload: exposes `window.api` with exactly the contract's named methods and an event
 * subscription, never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, channelOf, methodNames } from '../../shared/contract/methodNames';

const api: Record<string, unknown> = {};
for (const name of methodNames) {
  api[name] = (input: unknown) => ipcRenderer.invoke(channelOf(name), input);
}
api.onEvent = (listener: (event: unknown) => void) => {
  const handler = (_e: IpcRendererEvent, event: unknown) => listener(event);
  ipcRenderer.on(EVENT_CHANNEL, handler);
  return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
};

contextBridge.exposeInMainWorld('api', Object.freeze(api));
