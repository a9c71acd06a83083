import type { LessonStage } from '@praxis/contracts/lessons';
import type { MessageId } from '../../lib/i18n/message-ids.ts';

export const STAGE_NAMES: Record<LessonStage, MessageId> = {
  idea: 'lessons.stage.idea',
  concept: 'lessons.stage.concept',
  pilot: 'lessons.stage.pilot',
  scaled: 'lessons.stage.scaled',
  stopped: 'lessons.stage.stopped',
};
