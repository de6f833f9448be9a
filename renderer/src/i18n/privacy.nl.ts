/** Dutch texts of the privacy section of a child (issue 15, AVG). */
export const privacyNl = {
  title: 'Privacy (AVG)',
  exportXlsx: 'Inzageverzoek: Excel',
  exportJson: 'Inzageverzoek: JSON',
  exporting: 'Bestand maken…',
  exportHint:
    'Alles wat deze desk over dit kind bewaart, als bestand voor een inzageverzoek van de ouders. Het exporteren wordt vastgelegd.',
  exported: '{{file}} is gemaakt. Het exporteren is vastgelegd.',
  views: {
    title: 'Ingezien door',
    loading: 'Laden…',
    none: 'Nog door niemand ingezien.',
    who: 'Wie',
    when: 'Wanneer',
    what: 'Wat',
  },
  what: { detail: 'Gegevens', health: 'Gezondheid', export: 'Inzageverzoek (export)' },
  role: { manager: 'locatiemanager', assistant: 'assistent' },
};
