// For the complete-audit test (modules/audit/audit-complete.test.ts): the operations that refuse
// a plain member yet leave no audit entry, each with the reason.

/** Operations a plain member is refused that change nothing an organiser answers for. */
export const NOT_AUDITED: Record<string, string> = {
  'POST /api/cohorts/{id}/invitations/check': 'reads a pasted list back; changes nothing',
  'PUT /api/threads/{id}/helpful': 'a member marking a reply helpful, refused on their own thread',
  'POST /api/meetup-series/{id}/meetups': "a series' organisers proposing their next meetup",
  'PATCH /api/meetups/{id}': "a meetup's organisers editing its details",
  'POST /api/meetups/{id}/schedule': "a meetup's organisers picking the date the poll chose",
  'POST /api/meetups/{id}/poll-reminder': "a meetup's organisers reminding those who did not vote",
  'PUT /api/meetups/{id}/notes': "a meetup's organisers writing its notes",
  'PUT /api/meetups/{id}/agenda-order': "a meetup's organisers ordering its agenda",
  'PUT /api/meetups/{id}/agenda/{itemId}': "a meetup's organisers accepting a contribution",
  'POST /api/admin/settings/test-mail': 'sends a test mail to the admin; changes nothing',
  'POST /api/threads/{id}/author':
    'the fixtures name their author (409); a look at an anonymous one is audited, in threads/anonymity.test.ts',
  'POST /api/threads/{id}/replies/{replyId}/author':
    'the fixtures name their author (409); a look at an anonymous one is audited, in threads/anonymity.test.ts',
  'POST /api/account/deletion':
    'a member deleting their own account (an admin doing it is audited)',
};
