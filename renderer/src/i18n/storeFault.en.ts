import { storeFaultMessages, storeFaultTitles } from '../../../shared/i18n/storeFaultMessages';
import type { storeFaultNl } from './storeFault.nl';

/** The store-fault screen, in English. */
export const storeFaultEn: typeof storeFaultNl = {
  title: storeFaultTitles.en,
  rules: storeFaultMessages.en,
  dataDir: 'Data folder',
  restore: {
    heading: 'Restore the latest backup',
    body: 'The backup of {{when}} becomes the data file. What changed on this desk after it and was not yet sent to the hub is not in it. The damaged file is kept in the folder "damaged".',
    none: 'There is no backup in the data folder. Opvangdesk makes one before every update of the data file.',
    action: 'Restore backup',
    busy: 'Restoring ...',
  },
  resync: {
    heading: 'Fetch again from the hub',
    body: 'Opvangdesk starts with an empty data file and fetches all data of your locations from the hub again. Changes made on this desk that were not yet sent to the hub cannot be recovered this way. The damaged file is kept in the folder "damaged".',
    notEnrolled: 'Fetching again from the hub is only possible on a desk connected to a hub.',
    action: 'Fetch again from the hub',
    confirm: 'Yes, start again from the hub',
    confirmQuestion: 'Unsent changes will be lost. Are you sure?',
    cancel: 'Cancel',
    busy: 'Fetching ...',
  },
  close: {
    action: 'Close Opvangdesk',
    closed: 'Opvangdesk has closed. You can close this window now.',
  },
  repaired: 'The data file was repaired.',
};
