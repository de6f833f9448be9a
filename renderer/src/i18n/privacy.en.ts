/** English texts of the privacy section of a child (issue 15, AVG). */
export const privacyEn = {
  title: 'Privacy (GDPR)',
  exportXlsx: 'Access request: Excel',
  exportJson: 'Access request: JSON',
  exporting: 'Making the file…',
  exportHint: "Everything this desk keeps about this child, as a file for the parents' access request. The export is recorded.",
  exported: '{{file}} was made. The export is recorded.',
  views: {
    title: 'Viewed by',
    loading: 'Loading…',
    none: 'Not viewed by anyone yet.',
    who: 'Who',
    when: 'When',
    what: 'What',
  },
  what: { detail: 'Details', health: 'Health', export: 'Access request (export)' },
  role: { manager: 'location manager', assistant: 'assistant' },
};
