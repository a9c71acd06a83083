import type { AuditedCase } from './audited-actions.ts';

// The audited actions of the public showcase, for testing/audited-actions.ts: an organiser asks
// to publish the fixture's library lesson, withdraws it, and asks to publish the spare pilot.

const SUMMARY = 'A network pilot, summarised for the public.';

export const SHOWCASE_AUDITED: [string, AuditedCase][] = [
  [
    'POST /api/showcase/lessons/{lessonId}',
    {
      as: 'organiser',
      request: (f) => ({ path: { lessonId: f.publicLessonId } }),
      action: 'showcase.requested',
      target: (_, __, answer) => ['showcase_item', String(answer.id)],
      keep: (answer, made) => {
        made.showcaseItemId = String(answer.id);
      },
    },
  ],
  [
    'DELETE /api/showcase/items/{id}',
    {
      as: 'organiser',
      request: (_, made) => ({ path: { id: made.showcaseItemId } }),
      action: 'showcase.unpublished',
      target: (_, made) => ['showcase_item', made.showcaseItemId],
    },
  ],
  [
    'POST /api/showcase/pilots/{pilotId}',
    {
      as: 'organiser',
      request: (f) => ({ path: { pilotId: f.sparePilotId }, body: { summary: SUMMARY } }),
      action: 'showcase.requested',
      target: (_, __, answer) => ['showcase_item', String(answer.id)],
    },
  ],
];
