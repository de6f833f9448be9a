import type { mentorNl } from './mentor.nl';

/** The mentor of a child, in English. */
export const mentorEn: typeof mentorNl = {
  title: 'Mentor',
  label: "This child's mentor",
  none: 'No mentor yet',
  inGroup: "Works in this child's group",
  others: 'Other professionals',
  rule: "Mentor rule: every child has a mentor, a professional who works in the child's group.",
  saved: '{{name}} is now the mentor.',
  cleared: 'The mentor was removed.',
  finding: {
    no_mentor: 'This child has no mentor yet.',
    mentor_not_in_group: "{{name}} has not worked in this child's group in the past or coming four weeks; choose a mentor from the group.",
    mentor_left: '{{name}} no longer works at this location; choose a new mentor.',
  },
  short: {
    no_mentor: 'no mentor',
    mentor_not_in_group: '{{name}} does not work in the group',
    mentor_left: '{{name}} has left',
  },
  list: {
    title: 'Mentor missing ({{count}})',
    body: 'Children without a mentor, or with a mentor who no longer works in their group.',
  },
};
