import type { hubUrlNl } from './hubUrl.nl';

/** The hub's address on the enrol form, in English. */
export const hubUrlEn: typeof hubUrlNl = {
  httpsRequired: 'A hub on another computer must be reached over https: the desk sends passwords to it. Use https://{{host}}.',
  urlInvalid: 'This is not a web address. Enter the address of the hub, for example https://hub.example.nl.',
};
