/**
 * The sentences for the store's faults (see contract/storeFaultViews.ts): what happened and what
 * the manager can do. The core puts the Dutch one in its answer; the renderer loads both.
 * None of them says "verbinding": the fault is on this computer, not in a connection.
 */
import type { StoreFaultRule } from '../contract/storeFaultViews';
import type { Lang } from './messages';

/** The headings: the renderer's fault screen and Electron's dialog. */
export const storeFaultTitles: Record<Lang, Record<StoreFaultRule, string>> = {
  nl: {
    'store.disk_full': 'De schijf is vol',
    'store.read_only': 'Opvangdesk mag hier niet schrijven',
    'store.damaged': 'Het gegevensbestand is beschadigd',
    'store.in_use': 'Opvangdesk is al geopend',
    'store.cannot_open': 'Het gegevensbestand kan niet worden geopend',
    'store.io_error': 'De schijf gaf een fout',
  },
  en: {
    'store.disk_full': 'The disk is full',
    'store.read_only': 'Opvangdesk may not write here',
    'store.damaged': 'The data file is damaged',
    'store.in_use': 'Opvangdesk is already open',
    'store.cannot_open': 'The data file cannot be opened',
    'store.io_error': 'The disk reported an error',
  },
};

export const storeFaultMessages: Record<Lang, Record<StoreFaultRule, string>> = {
  nl: {
    'store.disk_full':
      'De schijf van deze computer is vol, dus Opvangdesk kon niets opslaan. Er is niets gewijzigd. Maak ruimte vrij (bijvoorbeeld in Downloads of de prullenbak) en probeer het opnieuw.',
    'store.read_only':
      'Opvangdesk mag niet schrijven in zijn gegevensmap. Er is niets gewijzigd. Vraag uw beheerder om schrijfrechten op de gegevensmap, of start Opvangdesk met een andere gegevensmap.',
    'store.damaged':
      'Het gegevensbestand van Opvangdesk is beschadigd. Opvangdesk gebruikt het niet, zodat er niets verkeerds bij komt. Zet de laatste reservekopie terug of haal de gegevens opnieuw op van de hub.',
    'store.in_use':
      'Opvangdesk is al geopend met deze gegevensmap (in een ander venster of een ander programma). Ga verder in dat venster, of sluit het en start Opvangdesk opnieuw.',
    'store.cannot_open':
      'Opvangdesk kan zijn gegevensbestand niet openen. Controleer of de gegevensmap bestaat en bereikbaar is (bijvoorbeeld een netwerkmap of USB-stick) en start Opvangdesk opnieuw.',
    'store.io_error':
      'De schijf gaf een fout bij het lezen of schrijven, dus Opvangdesk kon niets opslaan. Er is niets gewijzigd. Probeer het opnieuw; gebeurt dit vaker, laat de schijf dan nakijken.',
  },
  en: {
    'store.disk_full':
      "This computer's disk is full, so Opvangdesk could not save anything. Nothing was changed. Free some space (for example in Downloads or the bin) and try again.",
    'store.read_only':
      'Opvangdesk may not write to its data folder. Nothing was changed. Ask your administrator for write access to the data folder, or start Opvangdesk with another data folder.',
    'store.damaged':
      "Opvangdesk's data file is damaged. Opvangdesk does not use it, so nothing wrong is added. Restore the latest backup or fetch the data from the hub again.",
    'store.in_use':
      'Opvangdesk is already open with this data folder (in another window or program). Continue in that window, or close it and start Opvangdesk again.',
    'store.cannot_open':
      'Opvangdesk cannot open its data file. Check that the data folder exists and can be reached (for example a network folder or USB stick) and start Opvangdesk again.',
    'store.io_error':
      'The disk reported an error while reading or writing, so Opvangdesk could not save anything. Nothing was changed. Try again; if it happens more often, have the disk checked.',
  },
};
