/**
 * Electron's answer to a store that cannot be served: a native dialog in Dutch with the same ways
 * out as the browser's fault screen (restore the newest backup, start again from the hub, close).
 * The choices and their order are decided here; the main process only shows the dialog.
 */
import type { MessageBoxOptions } from 'electron';
import type { ApiResult } from '../../shared/contract/errors';
import type { StoreFaultView } from '../../shared/contract/storeFaultViews';
import { storeFaultTitles } from '../../shared/i18n/storeFaultMessages';

export type StoreFaultAction = { kind: 'restore'; file: string } | { kind: 'resync' } | { kind: 'close' };

export type StoreFaultDialog = { options: MessageBoxOptions; actions: StoreFaultAction[] };

export function storeFaultDialog(fault: StoreFaultView, lastFailure: string | null = null): StoreFaultDialog {
  const actions: StoreFaultAction[] = [];
  const buttons: string[] = [];
  const lines = [fault.message, '', `Gegevensmap: ${fault.dataDir}`];
  const newest = fault.backups[0];
  if (fault.rule === 'store.damaged') {
    if (newest) {
      actions.push({ kind: 'restore', file: newest.file });
      buttons.push('Laatste reservekopie terugzetten');
      lines.push('', 'Terugzetten: wat na de reservekopie is veranderd en nog niet naar de hub is verstuurd, staat er niet in.');
    } else {
      lines.push('', 'Er is geen reservekopie in de gegevensmap.');
    }
    if (fault.canResync) {
      actions.push({ kind: 'resync' });
      buttons.push('Opnieuw ophalen van de hub');
      lines.push('Opnieuw ophalen: wijzigingen die nog niet naar de hub zijn verstuurd, kunnen niet worden teruggehaald.');
    }
    lines.push('Het beschadigde bestand blijft bewaard in de map "damaged".');
  }
  actions.push({ kind: 'close' });
  buttons.push('Opvangdesk sluiten');
  if (lastFailure) lines.unshift(lastFailure, '');
  return {
    options: {
      type: fault.rule === 'store.in_use' ? 'info' : 'error',
      title: 'Opvangdesk',
      message: storeFaultTitles.nl[fault.rule],
      detail: lines.join('\n'),
      buttons,
      defaultId: 0,
      cancelId: buttons.length - 1,
      noLink: true,
    },
    actions,
  };
}

export type FaultCore = {
  fault(): StoreFaultView | null;
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
};

/**
 * Asks until the store is served (true) or the manager closes (false). `ask` shows the dialog and
 * returns the index of the button chosen.
 */
export async function settleStoreFault(core: FaultCore, ask: (options: MessageBoxOptions) => Promise<number>): Promise<boolean> {
  let lastFailure: string | null = null;
  for (let fault = core.fault(); fault; fault = core.fault()) {
    const dialog = storeFaultDialog(fault, lastFailure);
    const action = dialog.actions[await ask(dialog.options)] ?? { kind: 'close' };
    if (action.kind === 'close') return false;
    const result =
      action.kind === 'restore'
        ? await core.call('storeFault.restoreBackup', { file: action.file })
        : await core.call('storeFault.resync', {});
    lastFailure = result.ok ? null : result.error.message;
  }
  return true;
}
