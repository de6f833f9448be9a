/**
 * The store-fault methods on a desk whose store opened fine: there is no fault, and nothing to
 * restore. The fault state itself is served by faultCore.ts.
 */
import { apiError, apiOk } from '../../../shared/contract/errors';
import type { HandlersOf } from '../handlers';

const NOTHING_TO_REPAIR = 'De gegevens van Opvangdesk zijn in orde; er is niets te herstellen.';

export function storeFaultService(): HandlersOf<'storeFault.view' | 'storeFault.restoreBackup' | 'storeFault.resync' | 'storeFault.close'> {
  return {
    'storeFault.view': async () => apiOk({ fault: null }),
    'storeFault.restoreBackup': async () => apiError('conflict', NOTHING_TO_REPAIR, { rule: 'store.no_fault' }),
    'storeFault.resync': async () => apiError('conflict', NOTHING_TO_REPAIR, { rule: 'store.no_fault' }),
    'storeFault.close': async () => apiError('conflict', NOTHING_TO_REPAIR, { rule: 'store.no_fault' }),
  };
}
