import { apiError, apiOk } from '../../../shared/contract/errors';
import type { UpdateStatus } from '../../../shared/contract/views';
import type { HandlersOf } from '../handlers';
import type { DeskUpdater } from '../update/deskUpdater';

const unsupportedMessages: Record<NonNullable<UpdateStatus['unsupportedReason']>, string> = {
  browser_mode: 'Bijwerken is niet beschikbaar in de browsermodus; de desktopapp werkt zichzelf bij.',
  development: 'Bijwerken is niet beschikbaar in een ontwikkelversie van Opvangdesk.',
  not_configured: 'Voor deze installatie is geen adres voor updates ingesteld.',
};

/** The desk's own updates: the state for the status bar, and "restart to update". */
export function updateService(updater: DeskUpdater): HandlersOf<'update.status' | 'update.install'> {
  return {
    'update.status': async () => apiOk(updater.status()),

    'update.install': async () => {
      const outcome = await updater.install();
      if (outcome.accepted) return apiOk(outcome.status);
      if (outcome.reason === 'unsupported') {
        return apiError('unavailable', unsupportedMessages[outcome.status.unsupportedReason ?? 'browser_mode']);
      }
      return apiError('conflict', 'Er staat geen update klaar om te installeren.');
    },
  };
}
