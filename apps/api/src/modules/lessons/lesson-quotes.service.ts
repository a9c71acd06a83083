import type { LessonSectionsText } from '@praxis/contracts/lessons';
import type * as sources from './lesson-sources.repository.ts';

// Whether a lesson still quotes a source word for word: a declined author's words must go.

/** Shorter texts ("Yes", "See above") could be anyone's words; longer ones are the author's. */
const QUOTE_MIN = 20;

/**
 * The first source whose author declined to be quoted while a section of the lesson still
 * carries one of its texts word for word (as the draft was pre-filled from it), or null.
 */
export function quotedDeclinedSource(list: sources.SourceRow[], sections: LessonSectionsText) {
  return (
    list.find((source) => source.consent === 'declined' && quotesSource(source, sections)) ?? null
  );
}

/** Whether a section of the lesson carries one of the source's texts word for word. */
export function quotesSource(source: sources.SourceRow, sections: LessonSectionsText) {
  const lesson = Object.values(sections).join('\n');
  const texts = source.reply_id
    ? [source.reply_body]
    : source.thread_id
      ? [source.thread_body, ...Object.values(source.thread_story ?? {})]
      : // An agenda item's words are its title (what a draft from it is pre-filled with).
        source.agenda_item_id
        ? [source.agenda_title]
        : [source.meetup_notes];
  return texts.some((text) => {
    const trimmed = (text ?? '').trim();
    return trimmed.length >= QUOTE_MIN && lesson.includes(trimmed);
  });
}
