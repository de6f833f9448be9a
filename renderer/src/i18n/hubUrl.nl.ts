/** The hub's address on the enrol form: the rules of shared/sync/hubUrl.ts, in Dutch. */
export const hubUrlNl = {
  httpsRequired:
    'Een hub op een andere computer moet via https bereikbaar zijn: de desk stuurt er wachtwoorden heen. Gebruik https://{{host}}.',
  urlInvalid: 'Dit is geen webadres. Vul het adres van de hub in, bijvoorbeeld https://hub.example.nl.',
};
