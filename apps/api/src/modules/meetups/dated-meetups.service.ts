import * as dated from './dated-meetups.repository.ts';

// Meetups as dates in a member's diary, for the calendar and reminders modules.

/** A meetup as a calendar event, if the viewer may see it. */
export const findVisibleMeetupEvent = dated.findVisibleEvent;
export type { MeetupEventRow } from './dated-meetups.repository.ts';
/** The dated meetups a member's calendar feed lists, from `since` on. */
export const calendarFeedEvents = dated.feedEvents;

/** For the reminders: the meetup share-locked, who to remind, and what is coming up. */
export const lockMeetupForReminder = dated.lockForReminder;
export const meetupReminderRecipients = dated.reminderRecipients;
export const scheduledMeetupsAfter = dated.scheduledAfter;
