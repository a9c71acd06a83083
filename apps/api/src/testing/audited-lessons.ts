import type { AuditedCase } from './audited-actions.ts';

// The audited actions of the practice library, for testing/audited-actions.ts: an organiser
// publishes the fixture's lesson in review, then returns it to draft.

export const LESSON_AUDITED: [string, AuditedCase][] = [
  [
    'POST /api/lessons/{id}/publish',
    {
      as: 'organiser',
      request: () => ({ body: { reason: 'Reviewed by the cohort' } }),
      action: 'lesson.published',
      target: (f) => ['lesson', f.lessonId],
      reason: 'Reviewed by the cohort',
    },
  ],
  [
    'POST /api/lessons/{id}/return-to-draft',
    {
      as: 'organiser',
      request: () => ({ body: { reason: 'Names a partner by mistake' } }),
      action: 'lesson.returned_to_draft',
      target: (f) => ['lesson', f.lessonId],
      reason: 'Names a partner by mistake',
    },
  ],
];
