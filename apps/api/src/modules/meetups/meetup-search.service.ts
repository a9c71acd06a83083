import * as search from './meetup-search.repository.ts';

// What the search module asks of meetups; the query applies the meetups' one visibility rule, so
// search never shows a meetup its reader could not open.

/** Full-text search over the meetups' titles, descriptions and venues. */
export const searchMeetups = search.findMeetupHits;
