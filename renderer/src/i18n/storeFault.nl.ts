import { storeFaultMessages, storeFaultTitles } from '../../../shared/i18n/storeFaultMessages';

/** The screen a desk shows when its store cannot be served (damaged, in use, read-only, ...). */
export const storeFaultNl = {
  title: storeFaultTitles.nl,
  rules: storeFaultMessages.nl,
  dataDir: 'Gegevensmap',
  restore: {
    heading: 'Laatste reservekopie terugzetten',
    body: 'De reservekopie van {{when}} wordt het gegevensbestand. Wat daarna op deze desk is veranderd en nog niet naar de hub is verstuurd, staat er niet in. Het beschadigde bestand blijft bewaard in de map "damaged".',
    none: 'Er is geen reservekopie in de gegevensmap. Opvangdesk maakt er een voor elke update van het gegevensbestand.',
    action: 'Reservekopie terugzetten',
    busy: 'Bezig met terugzetten ...',
  },
  resync: {
    heading: 'Opnieuw ophalen van de hub',
    body: 'Opvangdesk begint met een leeg gegevensbestand en haalt alle gegevens van uw locaties opnieuw op van de hub. Wijzigingen die op deze desk zijn gemaakt en nog niet naar de hub zijn verstuurd, kunnen zo niet worden teruggehaald. Het beschadigde bestand blijft bewaard in de map "damaged".',
    notEnrolled: 'Opnieuw ophalen van de hub kan alleen op een desk die aan een hub is gekoppeld.',
    action: 'Opnieuw ophalen van de hub',
    confirm: 'Ja, begin opnieuw vanaf de hub',
    confirmQuestion: 'Niet-verstuurde wijzigingen gaan verloren. Weet u het zeker?',
    cancel: 'Annuleren',
    busy: 'Bezig met ophalen ...',
  },
  close: {
    action: 'Opvangdesk sluiten',
    closed: 'Opvangdesk is gesloten. U kunt dit venster nu sluiten.',
  },
  repaired: 'Het gegevensbestand is hersteld.',
};
