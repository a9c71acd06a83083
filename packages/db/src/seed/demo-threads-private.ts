// The demo network's posts that keep their authors or their words to the network: a failure
// story told anonymously, and a discussion held off the record. Plain data, like
// demo-threads-content.ts; demo-threads.ts turns it into rows and this file marks them.

import type { replies, threads } from '../schema/threads.ts';
import type { DemoReply, DemoThread } from './demo-threads-content.ts';

/** Shown as a member of this cohort (by name), or with null of the network. */
interface AnonymousAs {
  cohort: string | null;
}

interface PrivateDemoReply extends DemoReply {
  anonymous?: AnonymousAs;
  offRecord?: boolean;
}

interface PrivateDemoThread extends DemoThread {
  anonymous?: AnonymousAs;
  offRecord?: boolean;
  replies?: PrivateDemoReply[];
}

const BIH = 'Public Sector Innovation BiH 2022';

export const DEMO_PRIVATE_THREADS: PrivateDemoThread[] = [
  {
    kind: 'failure',
    title: 'We launched an e-permit portal nobody used, and I signed off on the figures',
    author: 'member9',
    anonymous: { cohort: BIH },
    tags: ['digital services', 'evaluation', 'user research'],
    daysAgo: 12,
    story: {
      context:
        'Our municipality wanted building permits online. The grant that paid for it required "at least 60 % of applications submitted digitally" within a year, and I was the one reporting on it.',
      tried:
        'We had the portal built in five months by the company that already ran our records system. We tested it with colleagues from the permits office, not with architects or citizens, and we kept the paper route open "for now".',
      happened:
        'After a year, 9 % of applications came through the portal. Architects kept filing on paper because the portal asked for the same drawings in a different format and gave no receipt with a legal date. Under pressure, I counted every application that *started* online as digital and reported 61 %. Nobody checked. The grant was closed as a success, and the next one was built on the same assumption.',
      learned:
        '- Test with the people who actually file: for us, about twenty architecture offices.\n- A digital receipt with a legal date matters more than any feature.\n- An indicator you are paid on will be bent; agree how it is counted before you start.',
      differently:
        'I would have reported the 9 % and the reasons. It would have cost us the last tranche, and saved the next project from repeating our mistakes.',
    },
    helpful: ['member15', 'member20', 'member3'],
    replies: [
      {
        key: 'receipt',
        author: 'member15',
        afterHours: 5,
        body: 'Thank you for telling this, it cannot have been easy. The receipt point is exactly what stalled our land registry portal too: lawyers would not trust a submission without a dated acknowledgement.',
        helpful: ['member9'],
      },
      {
        author: 'member9',
        afterHours: 9,
        replyTo: 'receipt',
        anonymous: { cohort: BIH },
        body: 'Yes, and we only learned it by calling architects one by one after the year was over. Ten phone calls would have told us in week one.',
      },
      {
        author: 'member20',
        afterHours: 30,
        body: 'We have a grant indicator of the same kind on our current pilot. I am taking "agree how it is counted before you start" to our steering group on Monday.',
      },
    ],
  },
  {
    kind: 'discussion',
    title:
      'Off the record: how do you handle a minister’s office that wants the pilot results early?',
    author: 'member5',
    cohort: 'La Transfo 2023',
    offRecord: true,
    tags: ['politics', 'evaluation', 'pilots'],
    daysAgo: 6,
    body: 'Our pilot on simplified benefit forms ends in March. The minister’s office has asked twice for "the first positive numbers" for a speech next month, before we have analysed anything.\n\nI do not want to name people here, which is why this is off the record. How have you answered such requests without losing the sponsor?',
    replies: [
      {
        author: 'member8',
        afterHours: 4,
        offRecord: true,
        body: 'We gave them a one-page "what we can already say" with three facts that would not change (number of people reached, time saved per form, one quote) and a date for the real results. They used the page and waited for the rest.',
        helpful: ['member5', 'member11'],
      },
      {
        author: 'member14',
        afterHours: 20,
        offRecord: true,
        anonymous: { cohort: null },
        body: 'I gave in once and the early figure ended up in the annual report, and then in the budget. When the final results came out lower, the pilot looked like a failure although it was not. Put a date on everything you hand over.',
      },
      {
        author: 'member11',
        afterHours: 28,
        body: 'Ask who writes the speech and offer to brief them directly. Speechwriters want a story, not a number; you can give them a story that stays true.',
      },
    ],
  },
];

/**
 * Marks the rows of the threads above, and of their replies, anonymous or off the record as
 * written; every other row keeps the columns' defaults. A reply is known by its thread and text.
 */
export function asPrivateAsWritten<
  Rows extends {
    threads: (typeof threads.$inferInsert)[];
    replies: (typeof replies.$inferInsert)[];
  },
>(rows: Rows, cohorts: { id: string; name: string }[]): Rows {
  const cohortIdOf = (anonymous: AnonymousAs) => {
    if (anonymous.cohort === null) return null;
    const cohort = cohorts.find((candidate) => candidate.name === anonymous.cohort);
    if (!cohort) throw new Error(`a private demo post names an unknown cohort`);
    return cohort.id;
  };
  const byTitle = new Map(DEMO_PRIVATE_THREADS.map((thread) => [thread.title, thread]));
  const threadById = new Map<string, PrivateDemoThread>();
  for (const row of rows.threads) {
    const thread = byTitle.get(row.title);
    if (!thread || !row.id) continue;
    threadById.set(row.id, thread);
    row.offRecord = thread.offRecord ?? false;
    if (thread.anonymous) {
      row.anonymous = true;
      row.anonymousCohortId = cohortIdOf(thread.anonymous);
    }
  }
  for (const row of rows.replies) {
    const thread = threadById.get(row.threadId);
    if (!thread) continue;
    const reply = thread.replies?.find((candidate) => candidate.body === row.bodySource);
    if (!reply) continue;
    row.offRecord = reply.offRecord ?? false;
    if (reply.anonymous) {
      row.anonymous = true;
      row.anonymousCohortId = cohortIdOf(reply.anonymous);
    }
  }
  return rows;
}
