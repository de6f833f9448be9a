/** The mentor of a child (spec/master-data.md "A mentor"). */
export const mentorNl = {
  title: 'Mentor',
  label: 'Mentor van dit kind',
  none: 'Nog geen mentor',
  inGroup: 'Werkt in de groep van dit kind',
  others: 'Andere pedagogisch medewerkers',
  rule: 'Regel mentor: elk kind heeft een mentor, een pedagogisch medewerker die in de groep van het kind werkt.',
  saved: '{{name}} is nu de mentor.',
  cleared: 'De mentor is weggehaald.',
  finding: {
    no_mentor: 'Dit kind heeft nog geen mentor.',
    mentor_not_in_group: '{{name}} werkt de afgelopen en komende vier weken niet in de groep van dit kind; kies een mentor uit de groep.',
    mentor_left: '{{name}} werkt niet meer op deze locatie; kies een nieuwe mentor.',
  },
  short: {
    no_mentor: 'geen mentor',
    mentor_not_in_group: '{{name}} werkt niet in de groep',
    mentor_left: '{{name}} is uit dienst',
  },
  list: {
    title: 'Mentor ontbreekt ({{count}})',
    body: 'Kinderen zonder mentor of met een mentor die niet (meer) in hun groep werkt.',
  },
};
