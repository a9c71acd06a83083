// Generated from the OpenAPI document by openapi-typescript: pnpm openapi:types. Do not edit.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether this instance can serve requests (its database answers) */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accessibility/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where to send feedback on the accessibility of Praxis */
        get: operations["getAccessibilityContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether Praxis still needs its first admin */
        get: operations["getSetupStatus"];
        put?: never;
        /** Create the first admin (only while no member exists, with the setup token printed at start on PostgreSQL) and sign them in */
        post: operations["createFirstAdmin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The e-mail address of the account an open unlock link signs in to; does not use the link */
        get: operations["previewUnlock"];
        put?: never;
        /** Sign in with the single-use link e-mailed when wrong passwords slowed sign-in down; ends the slowdown */
        post: operations["unlockSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out of this browser */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out of every browser and device */
        post: operations["signOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in member, or null when nobody is signed in */
        get: operations["getSignedInMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me/locale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Choose the language of the interface and of your e-mails */
        put: operations["chooseLocale"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password; every other session ends */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** E-mail a single-use link to choose a new password (valid one hour) */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password with the link from the reset e-mail */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask to sign in with another address: a link valid 24 hours goes to it, a notice to the current one */
        post: operations["requestEmailChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/email/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the account to the new address, with the link e-mailed to it (once); every session of the member ends */
        post: operations["confirmEmailChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/email/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an address change, with the single-use link in the notice sent to the current address */
        post: operations["cancelEmailChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the sign-in page offers the organisation's single sign-on */
        get: operations["getSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leave for the organisation's identity provider to sign in (OpenID Connect) */
        get: operations["startSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with the identity provider's answer, as the callback page received it */
        post: operations["finishSingleSignOn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations sent, newest first; by cohort and by status */
        get: operations["listInvitations"];
        put?: never;
        /** Invite someone by e-mail (organisers: members; admins: any role) */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation link is for, before accepting it */
        get: operations["getInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: create the account and sign in */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{id}/invitations/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a pasted list or CSV of people to invite into a cohort; sends nothing */
        post: operations["checkCohortInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite people into a cohort; their e-mails go out in the background */
        post: operations["inviteCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{id}/invitations/existing-members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add people from a checked list who already have an account to the cohort, without inviting them */
        post: operations["addExistingMembersToCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a pending invitation again, with a new link */
        post: operations["resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a pending invitation; its link stops working */
        post: operations["revokeInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{token}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation with the account you are signed in with: join its cohort */
        post: operations["joinWithInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your own profile, as you edit it */
        get: operations["getOwnProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your own profile; fields left out stay as they are */
        patch: operations["updateOwnProfile"];
        trace?: never;
    };
    "/api/members/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member's profile, with contact fields as their visibility allows */
        get: operations["getMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{handle}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member's stories, accepted answers, meetups attended and agenda contributions: the newest of each and their counts, among what you may see */
        get: operations["getMemberActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{handle}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a member: they leave lists and cannot sign in; what they wrote stays */
        post: operations["deactivateMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{handle}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a deactivated member back in */
        post: operations["reactivateMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{handle}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Make a member an organiser or admin, or back (admins only) */
        put: operations["setMemberRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisation history, newest first */
        get: operations["listOwnPositions"];
        put?: never;
        /** Add a post to your organisation history; the post you hold now, begun last, becomes your headline */
        post: operations["addOwnPosition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile/positions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a post of your organisation history */
        put: operations["updateOwnPosition"];
        post?: never;
        /** Remove a post from your organisation history */
        delete: operations["deleteOwnPosition"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find members: full-text search, filters with counts, keyset pages */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile/avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set your picture: a JPEG, PNG or WebP file of at most 5 MB, sent as the body */
        put: operations["uploadAvatar"];
        post?: never;
        /** Remove your picture */
        delete: operations["deleteAvatar"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/avatars/{memberId}/{version}/{size}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One size of a member's picture, as WebP; the URLs come with profiles and cards */
        get: operations["getAvatar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a picture (JPEG, PNG, WebP) or PDF of at most 10 MB, sent as the body; it is yours until attached to a post or message, for a day */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An attached file, to whoever may see what it belongs to; a PDF comes as a download */
        get: operations["getAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{attachmentId}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A picture's thumbnail (WebP, at most 480 pixels wide), under the same rule */
        get: operations["getAttachmentThumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Programmes and their cohorts, newest cohort first */
        get: operations["listProgrammes"];
        put?: never;
        /** Create a programme (organisers and admins) */
        post: operations["createProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{id}/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a cohort in a programme (organisers and admins) */
        post: operations["createCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cohort: its programme, dates and organisers */
        get: operations["getCohort"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add existing members to a cohort (organisers and admins) */
        post: operations["addCohortMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{id}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member from a cohort (organisers and admins) */
        delete: operations["removeCohortMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{id}/tracks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A programme's tracks, with the cohorts in each */
        get: operations["listProgrammeTracks"];
        put?: never;
        /** Add a track to a programme (organisers and admins) */
        post: operations["createTrack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a track; its cohorts and pilots lose it (organisers and admins) */
        delete: operations["deleteTrack"];
        options?: never;
        head?: never;
        /** Rename a track or change its kind (organisers and admins) */
        patch: operations["changeTrack"];
        trace?: never;
    };
    "/api/cohorts/{id}/tracks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tracks a cohort belongs to */
        get: operations["getCohortTracks"];
        /** Set every track a cohort belongs to, of its programme's (organisers and admins) */
        put: operations["setCohortTracks"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** E-mail kept in the outbox, newest first (admins) */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What organisers and admins did, newest first, filtered by action, actor, target and period (organisers and admins) */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone who acted in the audit log, for its filter (organisers and admins) */
        get: operations["listAuditActors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit entries the filters select, as CSV (organisers and admins) */
        get: operations["exportAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads/{id}/anonymity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign your anonymous thread, and your replies in it, with your name */
        delete: operations["liftThreadAnonymity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads/{id}/replies/{replyId}/anonymity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign your anonymous reply with your name */
        delete: operations["liftReplyAnonymity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads/{id}/author": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Organisers and admins: who wrote an anonymous thread (each look is audited) */
        post: operations["revealThreadAuthor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads/{id}/replies/{replyId}/author": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Organisers and admins: who wrote an anonymous reply (each look is audited) */
        post: operations["revealReplyAuthor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Threads you can see: latest activity, unanswered questions or stories */
        get: operations["listThreads"];
        put?: never;
        /** Ask a question, tell a story, start a discussion or announce something */
        post: operations["createThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A thread; opening it marks it read */
        get: operations["getThread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit your thread; fields left out stay as they are */
        patch: operations["updateThread"];
        trace?: never;
    };
    "/api/threads/{id}/moderation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Pin, lock or hide a thread (organisers) */
        put: operations["moderateThread"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads/{id}/accepted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Accept a reply as the answer to a question, or none */
        put: operations["acceptAnswer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads/{id}/following": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Follow or unfollow a thread */
        put: operations["setThreadFollowing"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads/{id}/helpful": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark the opening post or a reply helpful, or take it back */
        put: operations["markHelpful"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads/{id}/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Flag the opening post or a reply for the organisers, with a reason */
        post: operations["flagPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open flags, oldest first (organisers) */
        get: operations["listFlags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/flags/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a flag once it is dealt with (organisers) */
        post: operations["resolveFlag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Replies of a thread, oldest first */
        get: operations["listReplies"];
        put?: never;
        /** Reply to a thread, or to one of its replies */
        post: operations["createReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads/{id}/replies/{replyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete your reply (organisers: any reply); it leaves a "deleted" mark */
        delete: operations["deleteReply"];
        options?: never;
        head?: never;
        /** Edit your reply */
        patch: operations["updateReply"];
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search threads, stories and replies you can see, best match first */
        get: operations["searchPosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/everything": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A few of the best people, threads, meetups and messages of your rooms */
        get: operations["searchEverything"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** More of the people matching the words, from the cursor of a previous page */
        get: operations["searchPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/meetups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** More of the meetups you can see matching the words, from a previous cursor */
        get: operations["searchMeetups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages of your rooms (or of one of them), best match first, page by page */
        get: operations["searchMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Up to 5 threads like a title being written, to avoid asking twice */
        get: operations["listSimilarThreads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mentions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Up to 8 members to @mention where you write, only those who can read it there */
        get: operations["suggestMentions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/markdown/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Markdown as it would be stored: the same cooking as posts and messages */
        post: operations["previewMarkdown"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads/{id}/advisers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For the asker and organisers: members open to advise who best match a question, and who was asked when */
        get: operations["listAdvisers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads/{id}/advice-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask members for advice on your question; each is notified once. 409 for an adviser who is full this month or away */
        post: operations["requestAdvice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/advice/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member's limits as an adviser, what they took on this month and thanks */
        get: operations["getAdviserSettings"];
        /** Set how many requests you take on a month (null: no limit) and a pause until a day */
        put: operations["updateAdviserSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/advice/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The requests for your advice, newest first, with where each stands */
        get: operations["listAdviceRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads/{id}/advice-requests/{memberId}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The adviser accepts or declines a pending request; the adviser or the asker marks an accepted one done */
        post: operations["moveAdviceRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threads/{id}/advice-requests/{memberId}/thanks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The asker answers "Did this help?" once the request is done */
        put: operations["thankAdviser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/advice/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many people said a member’s advice helped them: a count, never a score */
        get: operations["getMemberAdvice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For organisers and admins: questions, stories, advice, active members, newcomers and meetup funnels, by programme, cohort and months */
        get: operations["getOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetup-series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meetup series you are invited to, with when each is next due */
        get: operations["listMeetupSeries"];
        put?: never;
        /** Create a meetup series (organisers) */
        post: operations["createMeetupSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetup-series/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A series: its meetups past and upcoming, and when the next is due */
        get: operations["getMeetupSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetup-series/{id}/suggested-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidate dates in the window the series is due */
        get: operations["suggestMeetupSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetup-series/{id}/meetups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose a meetup with a date poll over 2 to 12 candidate dates */
        post: operations["proposeMeetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Upcoming meetups and open polls, soonest first; or past ones, latest first */
        get: operations["listMeetups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meetup: its poll, attendees and agenda */
        get: operations["getMeetup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change or move a meetup (its organisers); attendees are told of a move */
        patch: operations["updateMeetup"];
        trace?: never;
    };
    "/api/meetups/{id}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Vote on the dates of an open poll; votes can change until it closes */
        put: operations["voteOnMeetupDates"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetups/{id}/poll-reminder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remind the invitees who have not voted (organisers; once a day) */
        post: operations["remindMeetupPoll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetups/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pick the date: the poll closes and invitees are told */
        post: operations["scheduleMeetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetups/{id}/rsvp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Say whether you come; "going" beyond capacity joins the waitlist */
        put: operations["rsvpToMeetup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetups/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a meetup with a reason; attendees are told */
        post: operations["cancelMeetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetups/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the notes of a meetup (a draft for its organisers until it starts), and mark it done */
        put: operations["saveMeetupNotes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetups/{id}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose a contribution to the agenda */
        post: operations["proposeAgendaItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetups/{id}/agenda-order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Order and time the accepted contributions */
        put: operations["orderAgenda"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetups/{id}/agenda/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Accept or decline a proposed contribution (organisers) */
        put: operations["decideAgendaItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetups/{id}/attendees.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who answered what, as CSV (organisers) */
        get: operations["exportMeetupAttendees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetups/{id}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who answered and who was there (organisers) */
        get: operations["listMeetupCheckIns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetups/{id}/check-ins/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark an invited member as present (organisers); marking twice changes nothing */
        put: operations["markMeetupAttendance"];
        post?: never;
        /** Take a member off the list of those present (organisers) */
        delete: operations["unmarkMeetupAttendance"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetups/{id}/check-in-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invited members matching a name, not yet marked present (organisers) */
        get: operations["findCheckInCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetups/{id}/check-in-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The venue's check-in link and when it works (organisers) */
        get: operations["getCheckInLink"];
        put?: never;
        /** Replace the check-in link: the old one and its QR code stop working (organisers) */
        post: operations["replaceCheckInLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetups/{id}/check-in-link.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The check-in link as a QR code, in SVG, to print or show at the venue */
        get: operations["getCheckInQrCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/check-in/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meetup a venue link is for, and whether you can check in now */
        get: operations["getVenueCheckIn"];
        put?: never;
        /** Check in at the meetup while it runs; a second time says you already are */
        post: operations["checkInAtVenue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The library: published lessons you can see, filtered, searched and sorted */
        get: operations["listLessons"];
        put?: never;
        /** Turn a solved question, a story, meetup notes or an agenda item into a draft lesson */
        post: operations["createLesson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lessons/drawn-from": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lessons you can see that draw on a thread or a meetup */
        get: operations["listLessonsDrawnFrom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lessons/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your draft lessons, last changed first (to add a source to one) */
        get: operations["listMyLessonDrafts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lessons/export.md": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lessons as Markdown case submissions: these ids, or the library filters */
        get: operations["exportLessons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lessons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A lesson, with the sources you may see and what you may do */
        get: operations["getLesson"];
        put?: never;
        post?: never;
        /** Delete a draft lesson (its authors and organisers) */
        delete: operations["deleteLesson"];
        options?: never;
        head?: never;
        /** Edit a lesson (its authors and organisers); fields left out stay as they are */
        patch: operations["updateLesson"];
        trace?: never;
    };
    "/api/lessons/{id}/export.md": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One lesson as a Markdown case submission */
        get: operations["exportLesson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lessons/{id}/helpful": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a published lesson helpful */
        post: operations["markLessonHelpful"];
        /** Take back your helpful mark */
        delete: operations["unmarkLessonHelpful"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lessons/{id}/translations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a translation of a published lesson, in another language */
        post: operations["translateLesson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lessons/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lessons drawn from your posts that ask whether they may quote you */
        get: operations["listLessonReviewsAskedOfMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lessons/{id}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a source to a draft lesson (its authors and organisers) */
        post: operations["addLessonSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lessons/{id}/sources/{sourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a source from a draft lesson (its authors and organisers) */
        delete: operations["removeLessonSource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lessons/{id}/sources/{sourceId}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** As the author of a source: may the lesson quote you, and reach beyond your cohort? */
        put: operations["answerLessonReview"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lessons/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a draft lesson to review: the authors of its sources are asked */
        post: operations["submitLesson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lessons/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a reviewed lesson to the library (organisers) */
        post: operations["publishLesson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lessons/{id}/return-to-draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a lesson out of review or the library, back to draft (organisers) */
        post: operations["returnLessonToDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pilots board (of a programme, with filters), by stage then latest change */
        get: operations["listPilots"];
        put?: never;
        /** Start a pilot in a programme (organisers and members of its cohorts) */
        post: operations["createPilot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilots/linked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pilots linked to a thread, lesson, meetup contribution or meetup */
        get: operations["listLinkedPilots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pilot with its team, organisations and links */
        get: operations["getPilot"];
        put?: never;
        post?: never;
        /** Delete a pilot with its updates and links (its team and organisers) */
        delete: operations["deletePilot"];
        options?: never;
        head?: never;
        /** Change a pilot's profile (its team and organisers) */
        patch: operations["changePilot"];
        trace?: never;
    };
    "/api/pilots/{id}/team/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add a member to a pilot's team with a role, or change their role */
        put: operations["putPilotTeamMember"];
        post?: never;
        /** Take a member off a pilot's team; a pilot keeps at least one */
        delete: operations["removePilotTeamMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilots/{id}/following": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Follow or unfollow a pilot */
        put: operations["setPilotFollowing"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilots/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a pilot to a thread, lesson or meetup contribution the caller can see */
        post: operations["linkPilot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilots/{id}/links/{linkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a link of a pilot (its team and organisers) */
        delete: operations["unlinkPilot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{handle}/pilots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pilots a member is on and their latest updates, for the profile */
        get: operations["getMemberPilots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilots/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pilot's timeline of updates and stage changes, newest first */
        get: operations["listPilotUpdates"];
        put?: never;
        /** Post a dated update (its team); it may move the stage */
        post: operations["postPilotUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilots/{id}/updates/{updateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an update (its author and organisers); the stage stays */
        delete: operations["deletePilotUpdate"];
        options?: never;
        head?: never;
        /** Edit an update's text or day (its author and organisers) */
        patch: operations["editPilotUpdate"];
        trace?: never;
    };
    "/api/meetups/{id}/since-last-exchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pilot updates, stage changes and new lessons of the invited cohorts since the previous meetup of the series */
        get: operations["getSinceLastExchange"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/showcase/lessons/{lessonId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask to publish a library lesson to the public showcase (organisers): everyone it names is asked for consent */
        post: operations["publishLessonToShowcase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/showcase/pilots/{pilotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask to publish a pilot to the public showcase with a summary written for the public (organisers): its team is asked for consent */
        post: operations["publishPilotToShowcase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/showcase/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Showcase items, newest request first: those naming the member (mine), or every one (all, organisers); optionally only those of one lesson or pilot */
        get: operations["listShowcaseItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/showcase/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exactly what an item shows the public, with everyone it names and their answers (organisers and the people it names) */
        get: operations["getShowcaseItem"];
        put?: never;
        post?: never;
        /** Withdraw an item from the public showcase for good (organisers) */
        delete: operations["unpublishShowcaseItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/showcase/items/{id}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** A named member consents (by name, organisation only, or not shown) or declines; declining takes the item down at once */
        put: operations["answerShowcaseConsent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetups/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meetup as an iCalendar file, once it has a date */
        get: operations["getMeetupCalendarFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether you have a personal calendar feed */
        get: operations["getCalendarFeed"];
        put?: never;
        /** Make a new secret feed URL; the previous one stops working */
        post: operations["renewCalendarFeed"];
        /** Turn your calendar feed off; its URL stops working */
        delete: operations["deleteCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your meetups (going or maybe) as a calendar feed, by its secret URL */
        get: operations["readCalendarFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of your notifications are unread */
        get: operations["countUnreadNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one notification read */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your rooms: everyone, your cohorts and meetups, your direct conversations */
        get: operations["listRooms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** History of a room, 50 messages before a sequence number (the latest without) */
        get: operations["listMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/{id}/messages/{messageId}/around": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** History around one message (a search hit), loadable further both ways */
        get: operations["listMessagesAround"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/{id}/messages/newer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** History of a room, 50 messages after a sequence number, oldest first */
        get: operations["listNewerMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/direct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the direct conversation with these members (made if new) */
        post: operations["openDirectRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/{id}/membership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Leave a direct conversation (other rooms follow your cohorts and meetups) */
        delete: operations["leaveRoom"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/{id}/muted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mute a room (its unread messages leave the navigation count) or unmute it */
        put: operations["setRoomMuted"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/{id}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of your messages; others see that a message was deleted */
        delete: operations["deleteMessage"];
        options?: never;
        head?: never;
        /** Edit one of your messages: its text, language and files */
        patch: operations["editMessage"];
        trace?: never;
    };
    "/api/rooms/{id}/messages/{messageId}/reactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set or take back your reaction to a message (one of six emoji); notifies nobody */
        put: operations["setMessageReaction"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network's settings, and which of them the server's environment fixes */
        get: operations["getNetworkSettings"];
        /** Change some of the network's settings (admins); what is left out stays */
        put: operations["updateNetworkSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/settings/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the network's logo: a JPEG, PNG or WebP file of at most 2 MB, as the body */
        put: operations["uploadNetworkLogo"];
        post?: never;
        /** Remove the network's logo: the name's initial shows instead */
        delete: operations["deleteNetworkLogo"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/settings/test-mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a mail to yourself now and read what the mail server answered (admins) */
        post: operations["sendTestMail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/retention/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many messages and notifications these retention limits would delete now */
        get: operations["previewRetention"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network's name, accent colour and logo, as every page shows them */
        get: operations["getNetworkIdentity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/network/logo/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network's logo, as WebP; its address comes with the network's identity */
        get: operations["getNetworkLogo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/email/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What Praxis mails you, topic by topic, and whether your address bounced */
        get: operations["getEmailPreferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Choose instant, daily or off per topic, and the weekly digest; the rest stays */
        patch: operations["updateEmailPreferences"];
        trace?: never;
    };
    "/api/email/preferences/retry-address": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send to your address again after it bounced and you fixed it */
        post: operations["retryEmailAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/email/unsubscribe/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an e-mail's unsubscribe link would stop, without stopping it */
        get: operations["previewUnsubscribe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/email/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Opened in a browser: to the page that asks before unsubscribing */
        get: operations["openUnsubscribeLink"];
        put?: never;
        /** One-click unsubscribe (RFC 8058): turns off the link's topic for its member, no session needed */
        post: operations["unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/email/bounces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Addresses mail bounced from, the latest first (admins) */
        get: operations["listEmailBounces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/push/key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The VAPID public key a browser subscribes with */
        get: operations["getPushKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/push/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your devices that take push notifications; this browser is marked */
        get: operations["listPushSubscriptions"];
        put?: never;
        /** Take push notifications in this browser (its PushSubscription's JSON) */
        post: operations["subscribeToPush"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/push/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop push notifications to one of your devices */
        delete: operations["deletePushSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/exports/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your latest download of your data: being prepared, ready, or expired */
        get: operations["getLatestDataExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a zip of everything Praxis holds about you; it is prepared in the background and a link is e-mailed when it is ready */
        post: operations["requestDataExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/exports/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download your data as a zip, while the export has not expired (yours only) */
        get: operations["downloadDataExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/deletion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete your account: you are signed out everywhere at once, your direct messages are erased, your posts kept as a former member’s or erased, and the rest of your data erased after 30 days */
        post: operations["deleteOwnAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{handle}/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Prepare a member's data export on their behalf (admins only); the link is mailed to the member and works for them alone */
        post: operations["requestMemberDataExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{handle}/deletion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a member's account as they could themselves, with the reason kept in the audit log (admins only) */
        post: operations["deleteMemberAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error: {
                /** @enum {string} */
                code: "invalid" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "rate_limited" | "payload_too_large" | "request_timeout" | "uri_too_long" | "headers_too_large" | "unavailable" | "internal";
                message: string;
                fields?: {
                    [key: string]: string;
                };
            };
        };
    };
    responses: {
        /** @description The request is invalid: a field that does not validate (`fields` maps its path to a message), JSON that does not parse, a body of a content type the operation does not take, or a wrongly percent-encoded address. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No valid session: sign in (`signIn`) and send the session cookie it sets. A session ends after 30 days unused, 90 days at most, or when the member signs out. */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The member's role or the item's rules do not allow it, or a state-changing request came without one of the network's own origins in its Origin header. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Nothing by that identifier that the caller may see: what a member may not see answers as not found. An unknown path or method answers 404 in the same shape. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request did not arrive in time and was cut off. */
        RequestTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request conflicts with the current state (it was already done, or changed meanwhile). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is over the limit: 100 KB for a JSON body, or the size the operation states for a file. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A path parameter is over 100 characters. */
        UriTooLong: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Over a rate limit (600 requests a minute per member or address, less for sign-in, search and some writes); try again after Retry-After seconds. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The address and headers are over 16 KB. */
        HeadersTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The server failed; the message says so without details, which are logged. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The database cannot be reached; try again after Retry-After seconds. */
        Unavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                        /** @enum {string} */
                        database: "postgres" | "pglite";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                        /** @enum {string} */
                        database: "postgres" | "pglite";
                    };
                };
            };
        };
    };
    getAccessibilityContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSetupStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        setupRequired: boolean;
                        tokenRequired: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    createFirstAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    email: string;
                    password: string;
                    setupToken?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        member: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            locale: ("en" | "fr" | "bs" | "hr" | "sr-Latn") | null;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        member: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            locale: ("en" | "fr" | "bs" | "hr" | "sr-Latn") | null;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    previewUnlock: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    unlockSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        member: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            locale: ("en" | "fr" | "bs" | "hr" | "sr-Latn") | null;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSignedInMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        member: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            locale: ("en" | "fr" | "bs" | "hr" | "sr-Latn") | null;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    chooseLocale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    locale: ("en" | "fr" | "bs" | "hr" | "sr-Latn") | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        member: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            locale: ("en" | "fr" | "bs" | "hr" | "sr-Latn") | null;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        member: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            locale: ("en" | "fr" | "bs" | "hr" | "sr-Latn") | null;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    requestEmailChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    newEmail: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    confirmEmailChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    cancelEmailChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSingleSignOn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabled: boolean;
                        buttonLabel: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    startSingleSignOn: {
        parameters: {
            query?: {
                next?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the identity provider */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    finishSingleSignOn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    query: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        member: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            locale: ("en" | "fr" | "bs" | "hr" | "sr-Latn") | null;
                        };
                        joined: boolean;
                        next: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                cohort?: string;
                status?: "pending" | "accepted" | "expired" | "revoked";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invitations: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            /** @enum {string} */
                            status: "pending" | "accepted" | "expired" | "revoked";
                            invitedBy: string;
                            cohort: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            emailStatus: "queued" | "sending" | "sent" | "failed";
                            emailError: string | null;
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /**
                     * @default member
                     * @enum {string}
                     */
                    role?: "member" | "organiser" | "admin";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "member" | "organiser" | "admin";
                        /** @enum {string} */
                        status: "pending" | "accepted" | "expired" | "revoked";
                        invitedBy: string;
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** @enum {string} */
                        emailStatus: "queued" | "sending" | "sent" | "failed";
                        emailError: string | null;
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uri */
                        url: string;
                        emailSent: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "member" | "organiser" | "admin";
                        invitedBy: string;
                        cohortName: string | null;
                        existingAccount: boolean;
                        /** Format: date-time */
                        expiresAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        member: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            locale: ("en" | "fr" | "bs" | "hr" | "sr-Latn") | null;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    checkCohortInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        valid: {
                            /** Format: email */
                            email: string;
                            /** @default  */
                            name: string | "";
                            /** @default  */
                            organisation: string;
                            row: number;
                        }[];
                        invalid: {
                            row: number;
                            text: string;
                            reason: string;
                        }[];
                        alreadyMembers: {
                            row: number;
                            email: string;
                            name: string;
                            inCohort: boolean;
                            deactivated: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    inviteCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    invitees: {
                        email: string;
                        /** @default  */
                        name?: string | "";
                        /** @default  */
                        organisation?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        queued: number;
                        skipped: {
                            email: string;
                            reason: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    addExistingMembersToCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    emails: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        added: {
                            email: string;
                            name: string;
                        }[];
                        alreadyInCohort: {
                            email: string;
                            name: string;
                        }[];
                        skipped: {
                            email: string;
                            reason: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    resendInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "member" | "organiser" | "admin";
                        /** @enum {string} */
                        status: "pending" | "accepted" | "expired" | "revoked";
                        invitedBy: string;
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** @enum {string} */
                        emailStatus: "queued" | "sending" | "sent" | "failed";
                        emailError: string | null;
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "member" | "organiser" | "admin";
                        /** @enum {string} */
                        status: "pending" | "accepted" | "expired" | "revoked";
                        invitedBy: string;
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** @enum {string} */
                        emailStatus: "queued" | "sending" | "sent" | "failed";
                        emailError: string | null;
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    joinWithInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getOwnProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        handle: string;
                        name: string;
                        /** @enum {string} */
                        role: "member" | "organiser" | "admin";
                        headline: string;
                        organisation: string;
                        governmentLevel: ("local" | "regional" | "national" | "eu_international" | "outside_government") | null;
                        policyArea: string;
                        country: string | null;
                        city: string;
                        expertise: string[];
                        adviceTopics: string[];
                        openToAdvise: boolean;
                        cohorts: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            programmeName: string;
                        }[];
                        avatar: {
                            small: string;
                            large: string;
                        } | null;
                        jobTitle: string;
                        languages: string[];
                        bioHtml: string;
                        /** @enum {string} */
                        bioLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        links: {
                            label: string;
                            /** Format: uri */
                            url: string;
                        }[];
                        email: string | null;
                        phone: string | null;
                        active: boolean;
                        positions: {
                            /** Format: uuid */
                            id: string;
                            role: string;
                            organisation: string;
                            /** @enum {string} */
                            level: "local" | "regional" | "national" | "eu_international" | "outside_government";
                            policyArea: string;
                            from: string;
                            to: string | null;
                            current: boolean;
                        }[];
                        bioSource: string;
                        showOnline: boolean;
                        /** @enum {string} */
                        emailVisibility: "members" | "organisers" | "nobody";
                        /** @enum {string} */
                        phoneVisibility: "members" | "organisers" | "nobody";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateOwnProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    handle?: string;
                    headline?: string;
                    organisation?: string;
                    jobTitle?: string;
                    country?: string | null;
                    city?: string;
                    languages?: string[];
                    bioSource?: string;
                    /** @enum {string} */
                    bioLanguage?: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                    expertise?: string[];
                    adviceTopics?: string[];
                    openToAdvise?: boolean;
                    showOnline?: boolean;
                    links?: {
                        label: string;
                        /** Format: uri */
                        url: string;
                    }[];
                    phone?: string;
                    /** @enum {string} */
                    emailVisibility?: "members" | "organisers" | "nobody";
                    /** @enum {string} */
                    phoneVisibility?: "members" | "organisers" | "nobody";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        handle: string;
                        name: string;
                        /** @enum {string} */
                        role: "member" | "organiser" | "admin";
                        headline: string;
                        organisation: string;
                        governmentLevel: ("local" | "regional" | "national" | "eu_international" | "outside_government") | null;
                        policyArea: string;
                        country: string | null;
                        city: string;
                        expertise: string[];
                        adviceTopics: string[];
                        openToAdvise: boolean;
                        cohorts: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            programmeName: string;
                        }[];
                        avatar: {
                            small: string;
                            large: string;
                        } | null;
                        jobTitle: string;
                        languages: string[];
                        bioHtml: string;
                        /** @enum {string} */
                        bioLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        links: {
                            label: string;
                            /** Format: uri */
                            url: string;
                        }[];
                        email: string | null;
                        phone: string | null;
                        active: boolean;
                        positions: {
                            /** Format: uuid */
                            id: string;
                            role: string;
                            organisation: string;
                            /** @enum {string} */
                            level: "local" | "regional" | "national" | "eu_international" | "outside_government";
                            policyArea: string;
                            from: string;
                            to: string | null;
                            current: boolean;
                        }[];
                        bioSource: string;
                        showOnline: boolean;
                        /** @enum {string} */
                        emailVisibility: "members" | "organisers" | "nobody";
                        /** @enum {string} */
                        phoneVisibility: "members" | "organisers" | "nobody";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        handle: string;
                        name: string;
                        /** @enum {string} */
                        role: "member" | "organiser" | "admin";
                        headline: string;
                        organisation: string;
                        governmentLevel: ("local" | "regional" | "national" | "eu_international" | "outside_government") | null;
                        policyArea: string;
                        country: string | null;
                        city: string;
                        expertise: string[];
                        adviceTopics: string[];
                        openToAdvise: boolean;
                        cohorts: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            programmeName: string;
                        }[];
                        avatar: {
                            small: string;
                            large: string;
                        } | null;
                        jobTitle: string;
                        languages: string[];
                        bioHtml: string;
                        /** @enum {string} */
                        bioLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        links: {
                            label: string;
                            /** Format: uri */
                            url: string;
                        }[];
                        email: string | null;
                        phone: string | null;
                        active: boolean;
                        positions: {
                            /** Format: uuid */
                            id: string;
                            role: string;
                            organisation: string;
                            /** @enum {string} */
                            level: "local" | "regional" | "national" | "eu_international" | "outside_government";
                            policyArea: string;
                            from: string;
                            to: string | null;
                            current: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMemberActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stories: {
                            count: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                kind: "success" | "failure";
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                        acceptedAnswers: {
                            count: number;
                            items: {
                                /** Format: uuid */
                                threadId: string;
                                /** Format: uuid */
                                replyId: string;
                                threadTitle: string;
                                /** Format: date-time */
                                answeredAt: string;
                            }[];
                        };
                        meetupsAttended: {
                            count: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                        };
                        contributions: {
                            count: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                kind: "success_story" | "failure_story" | "lesson" | "workshop" | "other";
                                meetup: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                    startsAt: string | null;
                                };
                                thread: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                    /** @enum {string} */
                                    kind: "question" | "success" | "failure" | "discussion" | "announcement";
                                } | null;
                            }[];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    deactivateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        handle: string;
                        name: string;
                        /** @enum {string} */
                        role: "member" | "organiser" | "admin";
                        headline: string;
                        organisation: string;
                        governmentLevel: ("local" | "regional" | "national" | "eu_international" | "outside_government") | null;
                        policyArea: string;
                        country: string | null;
                        city: string;
                        expertise: string[];
                        adviceTopics: string[];
                        openToAdvise: boolean;
                        cohorts: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            programmeName: string;
                        }[];
                        avatar: {
                            small: string;
                            large: string;
                        } | null;
                        jobTitle: string;
                        languages: string[];
                        bioHtml: string;
                        /** @enum {string} */
                        bioLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        links: {
                            label: string;
                            /** Format: uri */
                            url: string;
                        }[];
                        email: string | null;
                        phone: string | null;
                        active: boolean;
                        positions: {
                            /** Format: uuid */
                            id: string;
                            role: string;
                            organisation: string;
                            /** @enum {string} */
                            level: "local" | "regional" | "national" | "eu_international" | "outside_government";
                            policyArea: string;
                            from: string;
                            to: string | null;
                            current: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    reactivateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        handle: string;
                        name: string;
                        /** @enum {string} */
                        role: "member" | "organiser" | "admin";
                        headline: string;
                        organisation: string;
                        governmentLevel: ("local" | "regional" | "national" | "eu_international" | "outside_government") | null;
                        policyArea: string;
                        country: string | null;
                        city: string;
                        expertise: string[];
                        adviceTopics: string[];
                        openToAdvise: boolean;
                        cohorts: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            programmeName: string;
                        }[];
                        avatar: {
                            small: string;
                            large: string;
                        } | null;
                        jobTitle: string;
                        languages: string[];
                        bioHtml: string;
                        /** @enum {string} */
                        bioLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        links: {
                            label: string;
                            /** Format: uri */
                            url: string;
                        }[];
                        email: string | null;
                        phone: string | null;
                        active: boolean;
                        positions: {
                            /** Format: uuid */
                            id: string;
                            role: string;
                            organisation: string;
                            /** @enum {string} */
                            level: "local" | "regional" | "national" | "eu_international" | "outside_government";
                            policyArea: string;
                            from: string;
                            to: string | null;
                            current: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    setMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                handle: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "member" | "organiser" | "admin";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        handle: string;
                        name: string;
                        /** @enum {string} */
                        role: "member" | "organiser" | "admin";
                        headline: string;
                        organisation: string;
                        governmentLevel: ("local" | "regional" | "national" | "eu_international" | "outside_government") | null;
                        policyArea: string;
                        country: string | null;
                        city: string;
                        expertise: string[];
                        adviceTopics: string[];
                        openToAdvise: boolean;
                        cohorts: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            programmeName: string;
                        }[];
                        avatar: {
                            small: string;
                            large: string;
                        } | null;
                        jobTitle: string;
                        languages: string[];
                        bioHtml: string;
                        /** @enum {string} */
                        bioLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        links: {
                            label: string;
                            /** Format: uri */
                            url: string;
                        }[];
                        email: string | null;
                        phone: string | null;
                        active: boolean;
                        positions: {
                            /** Format: uuid */
                            id: string;
                            role: string;
                            organisation: string;
                            /** @enum {string} */
                            level: "local" | "regional" | "national" | "eu_international" | "outside_government";
                            policyArea: string;
                            from: string;
                            to: string | null;
                            current: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listOwnPositions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        positions: {
                            /** Format: uuid */
                            id: string;
                            role: string;
                            organisation: string;
                            /** @enum {string} */
                            level: "local" | "regional" | "national" | "eu_international" | "outside_government";
                            policyArea: string;
                            from: string;
                            to: string | null;
                            current: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    addOwnPosition: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    role: string;
                    organisation: string;
                    /** @enum {string} */
                    level: "local" | "regional" | "national" | "eu_international" | "outside_government";
                    /** @default  */
                    policyArea?: string;
                    from: string;
                    /** @default null */
                    to?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        positions: {
                            /** Format: uuid */
                            id: string;
                            role: string;
                            organisation: string;
                            /** @enum {string} */
                            level: "local" | "regional" | "national" | "eu_international" | "outside_government";
                            policyArea: string;
                            from: string;
                            to: string | null;
                            current: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateOwnPosition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    role: string;
                    organisation: string;
                    /** @enum {string} */
                    level: "local" | "regional" | "national" | "eu_international" | "outside_government";
                    /** @default  */
                    policyArea?: string;
                    from: string;
                    /** @default null */
                    to?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        positions: {
                            /** Format: uuid */
                            id: string;
                            role: string;
                            organisation: string;
                            /** @enum {string} */
                            level: "local" | "regional" | "national" | "eu_international" | "outside_government";
                            policyArea: string;
                            from: string;
                            to: string | null;
                            current: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteOwnPosition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        positions: {
                            /** Format: uuid */
                            id: string;
                            role: string;
                            organisation: string;
                            /** @enum {string} */
                            level: "local" | "regional" | "national" | "eu_international" | "outside_government";
                            policyArea: string;
                            from: string;
                            to: string | null;
                            current: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listMembers: {
        parameters: {
            query?: {
                q?: string;
                expertise?: string;
                cohort?: string;
                programme?: string;
                country?: string;
                language?: string;
                openToAdvise?: "true" | "false";
                level?: "local" | "regional" | "national" | "eu_international" | "outside_government";
                policyArea?: string;
                organisation?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        members: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            headline: string;
                            organisation: string;
                            governmentLevel: ("local" | "regional" | "national" | "eu_international" | "outside_government") | null;
                            policyArea: string;
                            country: string | null;
                            city: string;
                            expertise: string[];
                            adviceTopics: string[];
                            openToAdvise: boolean;
                            cohorts: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                programmeName: string;
                            }[];
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            workedAt: {
                                organisation: string;
                                role: string;
                                from: string;
                                to: string;
                            } | null;
                        }[];
                        nextCursor: string | null;
                        total: number;
                        facets: {
                            expertise: {
                                value: string;
                                label: string;
                                count: number;
                            }[];
                            cohort: {
                                value: string;
                                label: string;
                                count: number;
                            }[];
                            programme: {
                                value: string;
                                label: string;
                                count: number;
                            }[];
                            country: {
                                value: string;
                                label: string;
                                count: number;
                            }[];
                            language: {
                                value: string;
                                label: string;
                                count: number;
                            }[];
                            level: {
                                value: string;
                                label: string;
                                count: number;
                            }[];
                            policyArea: {
                                value: string;
                                label: string;
                                count: number;
                            }[];
                            openToAdvise: number;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    uploadAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        avatar: {
                            small: string;
                            large: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
                version: string;
                size: "small" | "large";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The picture, 64 × 64 (small) or 256 × 256 (large) pixels */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/webp": string;
                };
            };
            /** @description The browser already has this picture */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    uploadAttachment: {
        parameters: {
            query: {
                name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "image" | "pdf";
                        fileName: string;
                        mediaType: string;
                        byteSize: number;
                        width: number | null;
                        height: number | null;
                        pageCount: number | null;
                        url: string;
                        thumbnailUrl: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file as the server stored it (pictures re-encoded, without metadata) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "application/pdf": string;
                };
            };
            /** @description The browser already has this file */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAttachmentThumbnail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file as the server stored it (pictures re-encoded, without metadata) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "application/pdf": string;
                };
            };
            /** @description The browser already has this file */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listProgrammes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        programmes: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            description: string;
                            cohorts: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                programmeId: string;
                                name: string;
                                year: number;
                                startsOn: string | null;
                                endsOn: string | null;
                                description: string;
                                memberCount: number;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    createProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default  */
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    createCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    year: number;
                    /** @default null */
                    startsOn?: string | null;
                    /** @default null */
                    endsOn?: string | null;
                    /** @default  */
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        programmeId: string;
                        name: string;
                        year: number;
                        startsOn: string | null;
                        endsOn: string | null;
                        description: string;
                        memberCount: number;
                        programmeName: string;
                        organisers: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        programmeId: string;
                        name: string;
                        year: number;
                        startsOn: string | null;
                        endsOn: string | null;
                        description: string;
                        memberCount: number;
                        programmeName: string;
                        organisers: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    addCohortMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        added: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    removeCohortMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listProgrammeTracks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tracks: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "training" | "policy_lab" | "train_the_trainers" | "other";
                            name: string;
                            /** Format: uuid */
                            programmeId: string;
                            cohortIds: string[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    createTrack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "training" | "policy_lab" | "train_the_trainers" | "other";
                    /** @default  */
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "training" | "policy_lab" | "train_the_trainers" | "other";
                        name: string;
                        /** Format: uuid */
                        programmeId: string;
                        cohortIds: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteTrack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    changeTrack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind?: "training" | "policy_lab" | "train_the_trainers" | "other";
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "training" | "policy_lab" | "train_the_trainers" | "other";
                        name: string;
                        /** Format: uuid */
                        programmeId: string;
                        cohortIds: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getCohortTracks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        cohortId: string;
                        tracks: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "training" | "policy_lab" | "train_the_trainers" | "other";
                            name: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    setCohortTracks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    trackIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        cohortId: string;
                        tracks: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "training" | "policy_lab" | "train_the_trainers" | "other";
                            name: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listOutbox: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        emails: {
                            /** Format: uuid */
                            id: string;
                            recipient: string;
                            subject: string;
                            bodyText: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                action?: "thread.pinned" | "thread.unpinned" | "thread.locked" | "thread.unlocked" | "thread.hidden" | "thread.unhidden" | "thread.put_off_record" | "thread.author_revealed" | "reply.deleted" | "reply.author_revealed" | "flag.resolved" | "member.deactivated" | "member.reactivated" | "member.role_changed" | "member.data_exported" | "member.erased" | "invitation.sent" | "invitation.resent" | "invitation.revoked" | "programme.created" | "cohort.created" | "cohort.invitations_sent" | "cohort.members_added" | "cohort.member_removed" | "cohort.tracks_set" | "track.created" | "track.changed" | "track.deleted" | "pilot.deleted" | "series.created" | "meetup.cancelled" | "meetup.attendance_marked" | "meetup.attendance_unmarked" | "meetup.check_in_link_replaced" | "settings.changed" | "retention.applied" | "lesson.published" | "lesson.returned_to_draft" | "showcase.requested" | "showcase.unpublished";
                actor?: string;
                targetType?: "thread" | "reply" | "flag" | "member" | "invitation" | "programme" | "cohort" | "track" | "pilot" | "series" | "meetup" | "settings" | "lesson" | "showcase_item";
                targetId?: string;
                from?: string;
                to?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entries: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            at: string;
                            actor: {
                                id: string | null;
                                handle: string | null;
                                name: string;
                            };
                            action: string;
                            target: {
                                type: string;
                                id: string | null;
                                label: string | null;
                            };
                            reason: string | null;
                            details: {
                                [key: string]: unknown;
                            } | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listAuditActors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actors: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    exportAuditEntries: {
        parameters: {
            query?: {
                action?: "thread.pinned" | "thread.unpinned" | "thread.locked" | "thread.unlocked" | "thread.hidden" | "thread.unhidden" | "thread.put_off_record" | "thread.author_revealed" | "reply.deleted" | "reply.author_revealed" | "flag.resolved" | "member.deactivated" | "member.reactivated" | "member.role_changed" | "member.data_exported" | "member.erased" | "invitation.sent" | "invitation.resent" | "invitation.revoked" | "programme.created" | "cohort.created" | "cohort.invitations_sent" | "cohort.members_added" | "cohort.member_removed" | "cohort.tracks_set" | "track.created" | "track.changed" | "track.deleted" | "pilot.deleted" | "series.created" | "meetup.cancelled" | "meetup.attendance_marked" | "meetup.attendance_unmarked" | "meetup.check_in_link_replaced" | "settings.changed" | "retention.applied" | "lesson.published" | "lesson.returned_to_draft" | "showcase.requested" | "showcase.unpublished";
                actor?: string;
                targetType?: "thread" | "reply" | "flag" | "member" | "invitation" | "programme" | "cohort" | "track" | "pilot" | "series" | "meetup" | "settings" | "lesson" | "showcase_item";
                targetId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    liftThreadAnonymity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "question" | "success" | "failure" | "discussion" | "announcement";
                        title: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        author: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        };
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        tags: string[];
                        replyCount: number;
                        helpfulCount: number;
                        solved: boolean;
                        pinned: boolean;
                        locked: boolean;
                        hidden: boolean;
                        offRecord: boolean;
                        unread: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        bodySource: string;
                        bodyHtml: string;
                        storySource: {
                            context: string;
                            tried: string;
                            happened: string;
                            learned: string;
                            differently: string;
                        } | null;
                        storyHtml: {
                            context: string;
                            tried: string;
                            happened: string;
                            learned: string;
                            differently: string;
                        } | null;
                        acceptedReplyId: string | null;
                        editedAt: string | null;
                        helpful: {
                            count: number;
                            byMe: boolean;
                            by: string[];
                        };
                        following: boolean;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        can: {
                            edit: boolean;
                            reply: boolean;
                            accept: boolean;
                            moderate: boolean;
                            revealAuthor: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    liftReplyAnonymity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                replyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        threadId: string;
                        author: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        };
                        replyTo: {
                            /** Format: uuid */
                            id: string;
                            authorName: string;
                        } | null;
                        bodySource: string;
                        bodyHtml: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        helpful: {
                            count: number;
                            byMe: boolean;
                            by: string[];
                        };
                        accepted: boolean;
                        deleted: boolean;
                        offRecord: boolean;
                        byThreadAuthor: boolean;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        editedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    revealThreadAuthor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        author: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        };
                        anonymousAs: {
                            cohort: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    revealReplyAuthor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                replyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        author: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        };
                        anonymousAs: {
                            cohort: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listThreads: {
        parameters: {
            query?: {
                view?: "latest" | "unanswered" | "stories";
                kind?: "question" | "success" | "failure" | "discussion" | "announcement";
                tag?: string;
                cohort?: string;
                author?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        threads: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "question" | "success" | "failure" | "discussion" | "announcement";
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            cohort: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            tags: string[];
                            replyCount: number;
                            helpfulCount: number;
                            solved: boolean;
                            pinned: boolean;
                            locked: boolean;
                            hidden: boolean;
                            offRecord: boolean;
                            unread: boolean;
                            /** Format: date-time */
                            lastActivityAt: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    createThread: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "question" | "success" | "failure" | "discussion" | "announcement";
                    title: string;
                    /** @default  */
                    body?: string;
                    story?: {
                        context: string;
                        tried: string;
                        happened: string;
                        learned: string;
                        /** @default  */
                        differently?: string;
                    };
                    tags?: string[];
                    /** @enum {string} */
                    language?: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                    /** @default null */
                    cohortId?: string | null;
                    /** @default [] */
                    attachmentIds?: string[];
                    /** @default null */
                    anonymous?: {
                        cohortId: string | null;
                    } | null;
                    /** @default false */
                    offRecord?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "question" | "success" | "failure" | "discussion" | "announcement";
                        title: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        author: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        };
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        tags: string[];
                        replyCount: number;
                        helpfulCount: number;
                        solved: boolean;
                        pinned: boolean;
                        locked: boolean;
                        hidden: boolean;
                        offRecord: boolean;
                        unread: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        bodySource: string;
                        bodyHtml: string;
                        storySource: {
                            context: string;
                            tried: string;
                            happened: string;
                            learned: string;
                            differently: string;
                        } | null;
                        storyHtml: {
                            context: string;
                            tried: string;
                            happened: string;
                            learned: string;
                            differently: string;
                        } | null;
                        acceptedReplyId: string | null;
                        editedAt: string | null;
                        helpful: {
                            count: number;
                            byMe: boolean;
                            by: string[];
                        };
                        following: boolean;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        can: {
                            edit: boolean;
                            reply: boolean;
                            accept: boolean;
                            moderate: boolean;
                            revealAuthor: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "question" | "success" | "failure" | "discussion" | "announcement";
                        title: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        author: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        };
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        tags: string[];
                        replyCount: number;
                        helpfulCount: number;
                        solved: boolean;
                        pinned: boolean;
                        locked: boolean;
                        hidden: boolean;
                        offRecord: boolean;
                        unread: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        bodySource: string;
                        bodyHtml: string;
                        storySource: {
                            context: string;
                            tried: string;
                            happened: string;
                            learned: string;
                            differently: string;
                        } | null;
                        storyHtml: {
                            context: string;
                            tried: string;
                            happened: string;
                            learned: string;
                            differently: string;
                        } | null;
                        acceptedReplyId: string | null;
                        editedAt: string | null;
                        helpful: {
                            count: number;
                            byMe: boolean;
                            by: string[];
                        };
                        following: boolean;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        can: {
                            edit: boolean;
                            reply: boolean;
                            accept: boolean;
                            moderate: boolean;
                            revealAuthor: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    body?: string;
                    story?: {
                        context: string;
                        tried: string;
                        happened: string;
                        learned: string;
                        /** @default  */
                        differently?: string;
                    };
                    tags?: string[];
                    /** @enum {string} */
                    language?: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                    attachmentIds?: string[];
                    offRecord?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "question" | "success" | "failure" | "discussion" | "announcement";
                        title: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        author: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        };
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        tags: string[];
                        replyCount: number;
                        helpfulCount: number;
                        solved: boolean;
                        pinned: boolean;
                        locked: boolean;
                        hidden: boolean;
                        offRecord: boolean;
                        unread: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        bodySource: string;
                        bodyHtml: string;
                        storySource: {
                            context: string;
                            tried: string;
                            happened: string;
                            learned: string;
                            differently: string;
                        } | null;
                        storyHtml: {
                            context: string;
                            tried: string;
                            happened: string;
                            learned: string;
                            differently: string;
                        } | null;
                        acceptedReplyId: string | null;
                        editedAt: string | null;
                        helpful: {
                            count: number;
                            byMe: boolean;
                            by: string[];
                        };
                        following: boolean;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        can: {
                            edit: boolean;
                            reply: boolean;
                            accept: boolean;
                            moderate: boolean;
                            revealAuthor: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    moderateThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    pinned?: boolean;
                    locked?: boolean;
                    hidden?: boolean;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "question" | "success" | "failure" | "discussion" | "announcement";
                        title: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        author: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        };
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        tags: string[];
                        replyCount: number;
                        helpfulCount: number;
                        solved: boolean;
                        pinned: boolean;
                        locked: boolean;
                        hidden: boolean;
                        offRecord: boolean;
                        unread: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        bodySource: string;
                        bodyHtml: string;
                        storySource: {
                            context: string;
                            tried: string;
                            happened: string;
                            learned: string;
                            differently: string;
                        } | null;
                        storyHtml: {
                            context: string;
                            tried: string;
                            happened: string;
                            learned: string;
                            differently: string;
                        } | null;
                        acceptedReplyId: string | null;
                        editedAt: string | null;
                        helpful: {
                            count: number;
                            byMe: boolean;
                            by: string[];
                        };
                        following: boolean;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        can: {
                            edit: boolean;
                            reply: boolean;
                            accept: boolean;
                            moderate: boolean;
                            revealAuthor: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    acceptAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    replyId: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "question" | "success" | "failure" | "discussion" | "announcement";
                        title: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        author: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        };
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        tags: string[];
                        replyCount: number;
                        helpfulCount: number;
                        solved: boolean;
                        pinned: boolean;
                        locked: boolean;
                        hidden: boolean;
                        offRecord: boolean;
                        unread: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        bodySource: string;
                        bodyHtml: string;
                        storySource: {
                            context: string;
                            tried: string;
                            happened: string;
                            learned: string;
                            differently: string;
                        } | null;
                        storyHtml: {
                            context: string;
                            tried: string;
                            happened: string;
                            learned: string;
                            differently: string;
                        } | null;
                        acceptedReplyId: string | null;
                        editedAt: string | null;
                        helpful: {
                            count: number;
                            byMe: boolean;
                            by: string[];
                        };
                        following: boolean;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        can: {
                            edit: boolean;
                            reply: boolean;
                            accept: boolean;
                            moderate: boolean;
                            revealAuthor: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    setThreadFollowing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    following: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "question" | "success" | "failure" | "discussion" | "announcement";
                        title: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        author: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        };
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        tags: string[];
                        replyCount: number;
                        helpfulCount: number;
                        solved: boolean;
                        pinned: boolean;
                        locked: boolean;
                        hidden: boolean;
                        offRecord: boolean;
                        unread: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        bodySource: string;
                        bodyHtml: string;
                        storySource: {
                            context: string;
                            tried: string;
                            happened: string;
                            learned: string;
                            differently: string;
                        } | null;
                        storyHtml: {
                            context: string;
                            tried: string;
                            happened: string;
                            learned: string;
                            differently: string;
                        } | null;
                        acceptedReplyId: string | null;
                        editedAt: string | null;
                        helpful: {
                            count: number;
                            byMe: boolean;
                            by: string[];
                        };
                        following: boolean;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        can: {
                            edit: boolean;
                            reply: boolean;
                            accept: boolean;
                            moderate: boolean;
                            revealAuthor: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    markHelpful: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    helpful: boolean;
                    /** @default null */
                    replyId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        byMe: boolean;
                        by: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    flagPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** @default null */
                    replyId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listFlags: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        flags: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            threadId: string;
                            threadTitle: string;
                            replyId: string | null;
                            reason: string;
                            flaggedBy: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    resolveFlag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listReplies: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        replies: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            threadId: string;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            replyTo: {
                                /** Format: uuid */
                                id: string;
                                authorName: string;
                            } | null;
                            bodySource: string;
                            bodyHtml: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                            helpful: {
                                count: number;
                                byMe: boolean;
                                by: string[];
                            };
                            accepted: boolean;
                            deleted: boolean;
                            offRecord: boolean;
                            byThreadAuthor: boolean;
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "image" | "pdf";
                                fileName: string;
                                mediaType: string;
                                byteSize: number;
                                width: number | null;
                                height: number | null;
                                pageCount: number | null;
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            editedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    createReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @default null */
                    replyToId?: string | null;
                    /** @enum {string} */
                    language?: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                    attachmentIds?: string[];
                    /** @default null */
                    anonymous?: {
                        cohortId: string | null;
                    } | null;
                    /** @default false */
                    offRecord?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        threadId: string;
                        author: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        };
                        replyTo: {
                            /** Format: uuid */
                            id: string;
                            authorName: string;
                        } | null;
                        bodySource: string;
                        bodyHtml: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        helpful: {
                            count: number;
                            byMe: boolean;
                            by: string[];
                        };
                        accepted: boolean;
                        deleted: boolean;
                        offRecord: boolean;
                        byThreadAuthor: boolean;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        editedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                replyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        threadId: string;
                        author: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        };
                        replyTo: {
                            /** Format: uuid */
                            id: string;
                            authorName: string;
                        } | null;
                        bodySource: string;
                        bodyHtml: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        helpful: {
                            count: number;
                            byMe: boolean;
                            by: string[];
                        };
                        accepted: boolean;
                        deleted: boolean;
                        offRecord: boolean;
                        byThreadAuthor: boolean;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        editedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                replyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @enum {string} */
                    language?: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                    attachmentIds?: string[];
                    offRecord?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        threadId: string;
                        author: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        };
                        replyTo: {
                            /** Format: uuid */
                            id: string;
                            authorName: string;
                        } | null;
                        bodySource: string;
                        bodyHtml: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        helpful: {
                            count: number;
                            byMe: boolean;
                            by: string[];
                        };
                        accepted: boolean;
                        deleted: boolean;
                        offRecord: boolean;
                        byThreadAuthor: boolean;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        editedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    searchPosts: {
        parameters: {
            query: {
                q: string;
                kind?: "question" | "success" | "failure" | "discussion" | "announcement";
                tag?: string;
                cohort?: string;
                author?: string;
                solved?: "true" | "false";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hits: {
                            thread: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "question" | "success" | "failure" | "discussion" | "announcement";
                                title: string;
                                /** @enum {string} */
                                language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    handle: string;
                                    name: string;
                                    /** @enum {string} */
                                    role: "member" | "organiser" | "admin";
                                    avatar: {
                                        small: string;
                                        large: string;
                                    } | null;
                                    former?: boolean;
                                    anonymous?: {
                                        cohort: {
                                            /** Format: uuid */
                                            id: string;
                                            name: string;
                                        } | null;
                                    };
                                };
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                tags: string[];
                                replyCount: number;
                                helpfulCount: number;
                                solved: boolean;
                                pinned: boolean;
                                locked: boolean;
                                hidden: boolean;
                                offRecord: boolean;
                                unread: boolean;
                                /** Format: date-time */
                                lastActivityAt: string;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            replyId: string | null;
                            snippet: {
                                text: string;
                                highlighted: boolean;
                            }[];
                            /** @enum {string} */
                            snippetLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    searchEverything: {
        parameters: {
            query: {
                q: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        people: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            headline: string;
                            organisation: string;
                            governmentLevel: ("local" | "regional" | "national" | "eu_international" | "outside_government") | null;
                            policyArea: string;
                            country: string | null;
                            city: string;
                            expertise: string[];
                            adviceTopics: string[];
                            openToAdvise: boolean;
                            cohorts: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                programmeName: string;
                            }[];
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                        }[];
                        threads: {
                            thread: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "question" | "success" | "failure" | "discussion" | "announcement";
                                title: string;
                                /** @enum {string} */
                                language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    handle: string;
                                    name: string;
                                    /** @enum {string} */
                                    role: "member" | "organiser" | "admin";
                                    avatar: {
                                        small: string;
                                        large: string;
                                    } | null;
                                    former?: boolean;
                                    anonymous?: {
                                        cohort: {
                                            /** Format: uuid */
                                            id: string;
                                            name: string;
                                        } | null;
                                    };
                                };
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                tags: string[];
                                replyCount: number;
                                helpfulCount: number;
                                solved: boolean;
                                pinned: boolean;
                                locked: boolean;
                                hidden: boolean;
                                offRecord: boolean;
                                unread: boolean;
                                /** Format: date-time */
                                lastActivityAt: string;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            replyId: string | null;
                            snippet: {
                                text: string;
                                highlighted: boolean;
                            }[];
                            /** @enum {string} */
                            snippetLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        }[];
                        meetups: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            seriesName: string;
                            /** @enum {string} */
                            status: "proposed" | "scheduled" | "done" | "cancelled";
                            startsAt: string | null;
                            timezone: string;
                            snippet: {
                                text: string;
                                highlighted: boolean;
                            }[];
                        }[];
                        messages: {
                            /** Format: uuid */
                            messageId: string;
                            /** Format: uuid */
                            roomId: string;
                            /** @enum {string} */
                            roomKind: "network" | "cohort" | "meetup" | "direct";
                            roomName: string | null;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            /** Format: date-time */
                            createdAt: string;
                            snippet: {
                                text: string;
                                highlighted: boolean;
                            }[];
                            /** @enum {string} */
                            snippetLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        }[];
                        nextCursors: {
                            people: string | null;
                            meetups: string | null;
                            messages: string | null;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    searchPeople: {
        parameters: {
            query: {
                q: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        people: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            headline: string;
                            organisation: string;
                            governmentLevel: ("local" | "regional" | "national" | "eu_international" | "outside_government") | null;
                            policyArea: string;
                            country: string | null;
                            city: string;
                            expertise: string[];
                            adviceTopics: string[];
                            openToAdvise: boolean;
                            cohorts: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                programmeName: string;
                            }[];
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    searchMeetups: {
        parameters: {
            query: {
                q: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meetups: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            seriesName: string;
                            /** @enum {string} */
                            status: "proposed" | "scheduled" | "done" | "cancelled";
                            startsAt: string | null;
                            timezone: string;
                            snippet: {
                                text: string;
                                highlighted: boolean;
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    searchMessages: {
        parameters: {
            query: {
                q: string;
                room?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        messages: {
                            /** Format: uuid */
                            messageId: string;
                            /** Format: uuid */
                            roomId: string;
                            /** @enum {string} */
                            roomKind: "network" | "cohort" | "meetup" | "direct";
                            roomName: string | null;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            /** Format: date-time */
                            createdAt: string;
                            snippet: {
                                text: string;
                                highlighted: boolean;
                            }[];
                            /** @enum {string} */
                            snippetLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listSimilarThreads: {
        parameters: {
            query: {
                title: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        threads: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "question" | "success" | "failure" | "discussion" | "announcement";
                            title: string;
                            replyCount: number;
                            solved: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    suggestMentions: {
        parameters: {
            query: {
                q: string;
                thread?: string;
                room?: string;
                meetup?: string;
                cohort?: string;
                network?: "true";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        members: {
                            handle: string;
                            name: string;
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    previewMarkdown: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        html: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listAdvisers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        suggested: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                                headline: string;
                                organisation: string;
                                expertise: string[];
                                adviceTopics: string[];
                            };
                            score: number;
                            reasons: ({
                                /** @enum {string} */
                                kind: "topics";
                                topics: string[];
                            } | {
                                /** @enum {string} */
                                kind: "acceptedAnswers";
                                count: number;
                            } | {
                                /** @enum {string} */
                                kind: "profile";
                            } | {
                                /** @enum {string} */
                                kind: "helped";
                                count: number;
                            })[];
                            asked: boolean;
                        }[];
                        unavailable: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                                headline: string;
                                organisation: string;
                                expertise: string[];
                                adviceTopics: string[];
                            };
                            unavailable: {
                                /** @enum {string} */
                                kind: "full";
                                /** Format: date */
                                freeFrom: string;
                            } | {
                                /** @enum {string} */
                                kind: "away";
                                /** Format: date */
                                until: string;
                            };
                        }[];
                        asked: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            /** Format: date-time */
                            askedAt: string;
                            /** @enum {string} */
                            state: "pending" | "accepted" | "declined" | "done" | "expired";
                            answeredAt: string | null;
                            doneAt: string | null;
                            expiresAt: string | null;
                            helped: boolean | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    requestAdvice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        suggested: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                                headline: string;
                                organisation: string;
                                expertise: string[];
                                adviceTopics: string[];
                            };
                            score: number;
                            reasons: ({
                                /** @enum {string} */
                                kind: "topics";
                                topics: string[];
                            } | {
                                /** @enum {string} */
                                kind: "acceptedAnswers";
                                count: number;
                            } | {
                                /** @enum {string} */
                                kind: "profile";
                            } | {
                                /** @enum {string} */
                                kind: "helped";
                                count: number;
                            })[];
                            asked: boolean;
                        }[];
                        unavailable: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                                headline: string;
                                organisation: string;
                                expertise: string[];
                                adviceTopics: string[];
                            };
                            unavailable: {
                                /** @enum {string} */
                                kind: "full";
                                /** Format: date */
                                freeFrom: string;
                            } | {
                                /** @enum {string} */
                                kind: "away";
                                /** Format: date */
                                until: string;
                            };
                        }[];
                        asked: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            /** Format: date-time */
                            askedAt: string;
                            /** @enum {string} */
                            state: "pending" | "accepted" | "declined" | "done" | "expired";
                            answeredAt: string | null;
                            doneAt: string | null;
                            expiresAt: string | null;
                            helped: boolean | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAdviserSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        monthlyCapacity: number | null;
                        awayUntil: string | null;
                        takenThisMonth: number;
                        helpedCount: number;
                        unavailable: ({
                            /** @enum {string} */
                            kind: "full";
                            /** Format: date */
                            freeFrom: string;
                        } | {
                            /** @enum {string} */
                            kind: "away";
                            /** Format: date */
                            until: string;
                        }) | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateAdviserSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    monthlyCapacity: number | null;
                    awayUntil: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        monthlyCapacity: number | null;
                        awayUntil: string | null;
                        takenThisMonth: number;
                        helpedCount: number;
                        unavailable: ({
                            /** @enum {string} */
                            kind: "full";
                            /** Format: date */
                            freeFrom: string;
                        } | {
                            /** @enum {string} */
                            kind: "away";
                            /** Format: date */
                            until: string;
                        }) | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listAdviceRequests: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requests: {
                            /** Format: date-time */
                            askedAt: string;
                            /** @enum {string} */
                            state: "pending" | "accepted" | "declined" | "done" | "expired";
                            answeredAt: string | null;
                            doneAt: string | null;
                            expiresAt: string | null;
                            helped: boolean | null;
                            thread: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    moveAdviceRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    state: "accepted" | "declined" | "done";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        askedAt: string;
                        /** @enum {string} */
                        state: "pending" | "accepted" | "declined" | "done" | "expired";
                        answeredAt: string | null;
                        doneAt: string | null;
                        expiresAt: string | null;
                        helped: boolean | null;
                        thread: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    thankAdviser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    helped: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        askedAt: string;
                        /** @enum {string} */
                        state: "pending" | "accepted" | "declined" | "done" | "expired";
                        answeredAt: string | null;
                        doneAt: string | null;
                        expiresAt: string | null;
                        helped: boolean | null;
                        thread: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMemberAdvice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        helpedCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getOutcomes: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                programme?: string;
                cohort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        period: {
                            from: string;
                            to: string;
                            months: string[];
                        };
                        programme: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        questions: {
                            asked: number;
                            answered: number;
                            solved: number;
                            medianHoursToFirstAnswer: number | null;
                            medianHoursToSolution: number | null;
                            unansweredOverAWeek: number;
                            byMonth: {
                                month: string;
                                asked: number;
                                answered: number;
                                solved: number;
                            }[];
                        };
                        stories: {
                            success: number;
                            failure: number;
                            byMonth: {
                                month: string;
                                success: number;
                                failure: number;
                            }[];
                        };
                        advice: {
                            asked: number;
                            answered: number;
                            byMonth: {
                                month: string;
                                asked: number;
                                answered: number;
                            }[];
                        };
                        activeMembers: {
                            byMonth: {
                                month: string;
                                active: number;
                            }[];
                            byCohort: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                months: {
                                    month: string;
                                    active: number;
                                }[];
                            }[];
                        };
                        newcomers: {
                            joined: number;
                            neverCameBack: number;
                        };
                        meetups: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** Format: date-time */
                            startsAt: string;
                            invited: number;
                            voted: number;
                            going: number;
                            attended: number;
                            contributed: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listMeetupSeries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        series: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            cadenceMonths: number;
                            cohorts: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: date */
                            nextDueOn: string;
                            dueSoon: boolean;
                            upcoming: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                seriesId: string;
                                seriesName: string;
                                title: string;
                                /** @enum {string} */
                                status: "proposed" | "scheduled" | "done" | "cancelled";
                                startsAt: string | null;
                                endsAt: string | null;
                                timezone: string;
                                venue: string;
                                onlineUrl: string;
                                capacity: number | null;
                                goingCount: number;
                                waitlistCount: number;
                                myRsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                            } | null;
                            canManage: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    createMeetupSeries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default  */
                    description?: string;
                    /** @default 6 */
                    cadenceMonths?: number;
                    /** @default [] */
                    cohortIds?: string[];
                    /** @default [] */
                    organiserIds?: string[];
                    /** @default 180 */
                    defaultDurationMinutes?: number;
                    /** @default Europe/Paris */
                    defaultTimezone?: string;
                    /** @default  */
                    defaultVenue?: string;
                    /** @default  */
                    defaultOnlineUrl?: "" | string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        cadenceMonths: number;
                        cohorts: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        /** Format: date */
                        nextDueOn: string;
                        dueSoon: boolean;
                        upcoming: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            seriesId: string;
                            seriesName: string;
                            title: string;
                            /** @enum {string} */
                            status: "proposed" | "scheduled" | "done" | "cancelled";
                            startsAt: string | null;
                            endsAt: string | null;
                            timezone: string;
                            venue: string;
                            onlineUrl: string;
                            capacity: number | null;
                            goingCount: number;
                            waitlistCount: number;
                            myRsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                        } | null;
                        canManage: boolean;
                        descriptionSource: string;
                        descriptionHtml: string;
                        defaultDurationMinutes: number;
                        defaultTimezone: string;
                        defaultVenue: string;
                        defaultOnlineUrl: string;
                        organisers: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        }[];
                        past: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            seriesId: string;
                            seriesName: string;
                            title: string;
                            /** @enum {string} */
                            status: "proposed" | "scheduled" | "done" | "cancelled";
                            startsAt: string | null;
                            endsAt: string | null;
                            timezone: string;
                            venue: string;
                            onlineUrl: string;
                            capacity: number | null;
                            goingCount: number;
                            waitlistCount: number;
                            myRsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMeetupSeries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        cadenceMonths: number;
                        cohorts: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        /** Format: date */
                        nextDueOn: string;
                        dueSoon: boolean;
                        upcoming: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            seriesId: string;
                            seriesName: string;
                            title: string;
                            /** @enum {string} */
                            status: "proposed" | "scheduled" | "done" | "cancelled";
                            startsAt: string | null;
                            endsAt: string | null;
                            timezone: string;
                            venue: string;
                            onlineUrl: string;
                            capacity: number | null;
                            goingCount: number;
                            waitlistCount: number;
                            myRsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                        } | null;
                        canManage: boolean;
                        descriptionSource: string;
                        descriptionHtml: string;
                        defaultDurationMinutes: number;
                        defaultTimezone: string;
                        defaultVenue: string;
                        defaultOnlineUrl: string;
                        organisers: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        }[];
                        past: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            seriesId: string;
                            seriesName: string;
                            title: string;
                            /** @enum {string} */
                            status: "proposed" | "scheduled" | "done" | "cancelled";
                            startsAt: string | null;
                            endsAt: string | null;
                            timezone: string;
                            venue: string;
                            onlineUrl: string;
                            capacity: number | null;
                            goingCount: number;
                            waitlistCount: number;
                            myRsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    suggestMeetupSlots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slots: {
                            startsAt: string;
                            endsAt: string;
                            timezone: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    proposeMeetup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @default  */
                    description?: string;
                    /** @default  */
                    venue?: string;
                    /** @default  */
                    onlineUrl?: "" | string;
                    /** @default null */
                    capacity?: number | null;
                    slots: {
                        startsAt: string;
                        endsAt: string;
                        timezone: string;
                    }[];
                    /** @default null */
                    pollClosesAt?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        seriesId: string;
                        seriesName: string;
                        title: string;
                        /** @enum {string} */
                        status: "proposed" | "scheduled" | "done" | "cancelled";
                        startsAt: string | null;
                        endsAt: string | null;
                        timezone: string;
                        venue: string;
                        onlineUrl: string;
                        capacity: number | null;
                        goingCount: number;
                        waitlistCount: number;
                        myRsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                        descriptionSource: string;
                        descriptionHtml: string;
                        cancelReason: string | null;
                        notesSource: string;
                        notesHtml: string;
                        /** @enum {string} */
                        notesLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        notesOffRecord: boolean;
                        notesDraft: boolean;
                        notesAttachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        slots: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            timezone: string;
                            totals: {
                                yes: number;
                                ifNeedBe: number;
                                no: number;
                            };
                            myVote: ("yes" | "if_need_be" | "no") | null;
                        }[];
                        voters: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            votes: {
                                [key: string]: "yes" | "if_need_be" | "no";
                            };
                            comment: string | null;
                        }[];
                        poll: {
                            closesAt: string | null;
                            remindedAt: string | null;
                            notVoted: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            notVotedCount: number;
                        };
                        attendees: {
                            going: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            maybe: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            waitlist: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                        };
                        agenda: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            kind: "success_story" | "failure_story" | "lesson" | "workshop" | "other";
                            minutes: number;
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "declined";
                            position: number | null;
                            startsAt: string | null;
                            speaker: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            thread: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                kind: "question" | "success" | "failure" | "discussion" | "announcement";
                            } | null;
                        }[];
                        can: {
                            manage: boolean;
                            vote: boolean;
                            remind: boolean;
                            rsvp: boolean;
                            propose: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listMeetups: {
        parameters: {
            query?: {
                when?: "upcoming" | "past";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meetups: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            seriesId: string;
                            seriesName: string;
                            title: string;
                            /** @enum {string} */
                            status: "proposed" | "scheduled" | "done" | "cancelled";
                            startsAt: string | null;
                            endsAt: string | null;
                            timezone: string;
                            venue: string;
                            onlineUrl: string;
                            capacity: number | null;
                            goingCount: number;
                            waitlistCount: number;
                            myRsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMeetup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        seriesId: string;
                        seriesName: string;
                        title: string;
                        /** @enum {string} */
                        status: "proposed" | "scheduled" | "done" | "cancelled";
                        startsAt: string | null;
                        endsAt: string | null;
                        timezone: string;
                        venue: string;
                        onlineUrl: string;
                        capacity: number | null;
                        goingCount: number;
                        waitlistCount: number;
                        myRsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                        descriptionSource: string;
                        descriptionHtml: string;
                        cancelReason: string | null;
                        notesSource: string;
                        notesHtml: string;
                        /** @enum {string} */
                        notesLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        notesOffRecord: boolean;
                        notesDraft: boolean;
                        notesAttachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        slots: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            timezone: string;
                            totals: {
                                yes: number;
                                ifNeedBe: number;
                                no: number;
                            };
                            myVote: ("yes" | "if_need_be" | "no") | null;
                        }[];
                        voters: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            votes: {
                                [key: string]: "yes" | "if_need_be" | "no";
                            };
                            comment: string | null;
                        }[];
                        poll: {
                            closesAt: string | null;
                            remindedAt: string | null;
                            notVoted: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            notVotedCount: number;
                        };
                        attendees: {
                            going: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            maybe: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            waitlist: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                        };
                        agenda: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            kind: "success_story" | "failure_story" | "lesson" | "workshop" | "other";
                            minutes: number;
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "declined";
                            position: number | null;
                            startsAt: string | null;
                            speaker: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            thread: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                kind: "question" | "success" | "failure" | "discussion" | "announcement";
                            } | null;
                        }[];
                        can: {
                            manage: boolean;
                            vote: boolean;
                            remind: boolean;
                            rsvp: boolean;
                            propose: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateMeetup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    description?: string;
                    venue?: string;
                    onlineUrl?: "" | string;
                    capacity?: number | null;
                    when?: {
                        startsAt: string;
                        endsAt: string;
                        timezone: string;
                    };
                    moveIntoPast?: boolean;
                    pollClosesAt?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        seriesId: string;
                        seriesName: string;
                        title: string;
                        /** @enum {string} */
                        status: "proposed" | "scheduled" | "done" | "cancelled";
                        startsAt: string | null;
                        endsAt: string | null;
                        timezone: string;
                        venue: string;
                        onlineUrl: string;
                        capacity: number | null;
                        goingCount: number;
                        waitlistCount: number;
                        myRsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                        descriptionSource: string;
                        descriptionHtml: string;
                        cancelReason: string | null;
                        notesSource: string;
                        notesHtml: string;
                        /** @enum {string} */
                        notesLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        notesOffRecord: boolean;
                        notesDraft: boolean;
                        notesAttachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        slots: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            timezone: string;
                            totals: {
                                yes: number;
                                ifNeedBe: number;
                                no: number;
                            };
                            myVote: ("yes" | "if_need_be" | "no") | null;
                        }[];
                        voters: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            votes: {
                                [key: string]: "yes" | "if_need_be" | "no";
                            };
                            comment: string | null;
                        }[];
                        poll: {
                            closesAt: string | null;
                            remindedAt: string | null;
                            notVoted: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            notVotedCount: number;
                        };
                        attendees: {
                            going: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            maybe: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            waitlist: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                        };
                        agenda: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            kind: "success_story" | "failure_story" | "lesson" | "workshop" | "other";
                            minutes: number;
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "declined";
                            position: number | null;
                            startsAt: string | null;
                            speaker: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            thread: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                kind: "question" | "success" | "failure" | "discussion" | "announcement";
                            } | null;
                        }[];
                        can: {
                            manage: boolean;
                            vote: boolean;
                            remind: boolean;
                            rsvp: boolean;
                            propose: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    voteOnMeetupDates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    votes: {
                        /** Format: uuid */
                        slotId: string;
                        /** @enum {string} */
                        choice: "yes" | "if_need_be" | "no";
                    }[];
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        seriesId: string;
                        seriesName: string;
                        title: string;
                        /** @enum {string} */
                        status: "proposed" | "scheduled" | "done" | "cancelled";
                        startsAt: string | null;
                        endsAt: string | null;
                        timezone: string;
                        venue: string;
                        onlineUrl: string;
                        capacity: number | null;
                        goingCount: number;
                        waitlistCount: number;
                        myRsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                        descriptionSource: string;
                        descriptionHtml: string;
                        cancelReason: string | null;
                        notesSource: string;
                        notesHtml: string;
                        /** @enum {string} */
                        notesLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        notesOffRecord: boolean;
                        notesDraft: boolean;
                        notesAttachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        slots: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            timezone: string;
                            totals: {
                                yes: number;
                                ifNeedBe: number;
                                no: number;
                            };
                            myVote: ("yes" | "if_need_be" | "no") | null;
                        }[];
                        voters: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            votes: {
                                [key: string]: "yes" | "if_need_be" | "no";
                            };
                            comment: string | null;
                        }[];
                        poll: {
                            closesAt: string | null;
                            remindedAt: string | null;
                            notVoted: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            notVotedCount: number;
                        };
                        attendees: {
                            going: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            maybe: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            waitlist: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                        };
                        agenda: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            kind: "success_story" | "failure_story" | "lesson" | "workshop" | "other";
                            minutes: number;
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "declined";
                            position: number | null;
                            startsAt: string | null;
                            speaker: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            thread: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                kind: "question" | "success" | "failure" | "discussion" | "announcement";
                            } | null;
                        }[];
                        can: {
                            manage: boolean;
                            vote: boolean;
                            remind: boolean;
                            rsvp: boolean;
                            propose: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    remindMeetupPoll: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        seriesId: string;
                        seriesName: string;
                        title: string;
                        /** @enum {string} */
                        status: "proposed" | "scheduled" | "done" | "cancelled";
                        startsAt: string | null;
                        endsAt: string | null;
                        timezone: string;
                        venue: string;
                        onlineUrl: string;
                        capacity: number | null;
                        goingCount: number;
                        waitlistCount: number;
                        myRsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                        descriptionSource: string;
                        descriptionHtml: string;
                        cancelReason: string | null;
                        notesSource: string;
                        notesHtml: string;
                        /** @enum {string} */
                        notesLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        notesOffRecord: boolean;
                        notesDraft: boolean;
                        notesAttachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        slots: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            timezone: string;
                            totals: {
                                yes: number;
                                ifNeedBe: number;
                                no: number;
                            };
                            myVote: ("yes" | "if_need_be" | "no") | null;
                        }[];
                        voters: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            votes: {
                                [key: string]: "yes" | "if_need_be" | "no";
                            };
                            comment: string | null;
                        }[];
                        poll: {
                            closesAt: string | null;
                            remindedAt: string | null;
                            notVoted: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            notVotedCount: number;
                        };
                        attendees: {
                            going: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            maybe: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            waitlist: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                        };
                        agenda: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            kind: "success_story" | "failure_story" | "lesson" | "workshop" | "other";
                            minutes: number;
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "declined";
                            position: number | null;
                            startsAt: string | null;
                            speaker: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            thread: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                kind: "question" | "success" | "failure" | "discussion" | "announcement";
                            } | null;
                        }[];
                        can: {
                            manage: boolean;
                            vote: boolean;
                            remind: boolean;
                            rsvp: boolean;
                            propose: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    scheduleMeetup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    slotId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        seriesId: string;
                        seriesName: string;
                        title: string;
                        /** @enum {string} */
                        status: "proposed" | "scheduled" | "done" | "cancelled";
                        startsAt: string | null;
                        endsAt: string | null;
                        timezone: string;
                        venue: string;
                        onlineUrl: string;
                        capacity: number | null;
                        goingCount: number;
                        waitlistCount: number;
                        myRsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                        descriptionSource: string;
                        descriptionHtml: string;
                        cancelReason: string | null;
                        notesSource: string;
                        notesHtml: string;
                        /** @enum {string} */
                        notesLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        notesOffRecord: boolean;
                        notesDraft: boolean;
                        notesAttachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        slots: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            timezone: string;
                            totals: {
                                yes: number;
                                ifNeedBe: number;
                                no: number;
                            };
                            myVote: ("yes" | "if_need_be" | "no") | null;
                        }[];
                        voters: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            votes: {
                                [key: string]: "yes" | "if_need_be" | "no";
                            };
                            comment: string | null;
                        }[];
                        poll: {
                            closesAt: string | null;
                            remindedAt: string | null;
                            notVoted: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            notVotedCount: number;
                        };
                        attendees: {
                            going: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            maybe: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            waitlist: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                        };
                        agenda: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            kind: "success_story" | "failure_story" | "lesson" | "workshop" | "other";
                            minutes: number;
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "declined";
                            position: number | null;
                            startsAt: string | null;
                            speaker: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            thread: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                kind: "question" | "success" | "failure" | "discussion" | "announcement";
                            } | null;
                        }[];
                        can: {
                            manage: boolean;
                            vote: boolean;
                            remind: boolean;
                            rsvp: boolean;
                            propose: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    rsvpToMeetup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "going" | "maybe" | "not_going";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        seriesId: string;
                        seriesName: string;
                        title: string;
                        /** @enum {string} */
                        status: "proposed" | "scheduled" | "done" | "cancelled";
                        startsAt: string | null;
                        endsAt: string | null;
                        timezone: string;
                        venue: string;
                        onlineUrl: string;
                        capacity: number | null;
                        goingCount: number;
                        waitlistCount: number;
                        myRsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                        descriptionSource: string;
                        descriptionHtml: string;
                        cancelReason: string | null;
                        notesSource: string;
                        notesHtml: string;
                        /** @enum {string} */
                        notesLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        notesOffRecord: boolean;
                        notesDraft: boolean;
                        notesAttachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        slots: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            timezone: string;
                            totals: {
                                yes: number;
                                ifNeedBe: number;
                                no: number;
                            };
                            myVote: ("yes" | "if_need_be" | "no") | null;
                        }[];
                        voters: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            votes: {
                                [key: string]: "yes" | "if_need_be" | "no";
                            };
                            comment: string | null;
                        }[];
                        poll: {
                            closesAt: string | null;
                            remindedAt: string | null;
                            notVoted: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            notVotedCount: number;
                        };
                        attendees: {
                            going: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            maybe: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            waitlist: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                        };
                        agenda: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            kind: "success_story" | "failure_story" | "lesson" | "workshop" | "other";
                            minutes: number;
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "declined";
                            position: number | null;
                            startsAt: string | null;
                            speaker: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            thread: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                kind: "question" | "success" | "failure" | "discussion" | "announcement";
                            } | null;
                        }[];
                        can: {
                            manage: boolean;
                            vote: boolean;
                            remind: boolean;
                            rsvp: boolean;
                            propose: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    cancelMeetup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        seriesId: string;
                        seriesName: string;
                        title: string;
                        /** @enum {string} */
                        status: "proposed" | "scheduled" | "done" | "cancelled";
                        startsAt: string | null;
                        endsAt: string | null;
                        timezone: string;
                        venue: string;
                        onlineUrl: string;
                        capacity: number | null;
                        goingCount: number;
                        waitlistCount: number;
                        myRsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                        descriptionSource: string;
                        descriptionHtml: string;
                        cancelReason: string | null;
                        notesSource: string;
                        notesHtml: string;
                        /** @enum {string} */
                        notesLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        notesOffRecord: boolean;
                        notesDraft: boolean;
                        notesAttachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        slots: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            timezone: string;
                            totals: {
                                yes: number;
                                ifNeedBe: number;
                                no: number;
                            };
                            myVote: ("yes" | "if_need_be" | "no") | null;
                        }[];
                        voters: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            votes: {
                                [key: string]: "yes" | "if_need_be" | "no";
                            };
                            comment: string | null;
                        }[];
                        poll: {
                            closesAt: string | null;
                            remindedAt: string | null;
                            notVoted: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            notVotedCount: number;
                        };
                        attendees: {
                            going: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            maybe: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            waitlist: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                        };
                        agenda: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            kind: "success_story" | "failure_story" | "lesson" | "workshop" | "other";
                            minutes: number;
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "declined";
                            position: number | null;
                            startsAt: string | null;
                            speaker: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            thread: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                kind: "question" | "success" | "failure" | "discussion" | "announcement";
                            } | null;
                        }[];
                        can: {
                            manage: boolean;
                            vote: boolean;
                            remind: boolean;
                            rsvp: boolean;
                            propose: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    saveMeetupNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    notes: string;
                    /** @enum {string} */
                    notesLanguage?: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                    notesOffRecord?: boolean;
                    /** @default false */
                    done?: boolean;
                    attachmentIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        seriesId: string;
                        seriesName: string;
                        title: string;
                        /** @enum {string} */
                        status: "proposed" | "scheduled" | "done" | "cancelled";
                        startsAt: string | null;
                        endsAt: string | null;
                        timezone: string;
                        venue: string;
                        onlineUrl: string;
                        capacity: number | null;
                        goingCount: number;
                        waitlistCount: number;
                        myRsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                        descriptionSource: string;
                        descriptionHtml: string;
                        cancelReason: string | null;
                        notesSource: string;
                        notesHtml: string;
                        /** @enum {string} */
                        notesLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        notesOffRecord: boolean;
                        notesDraft: boolean;
                        notesAttachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        slots: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            timezone: string;
                            totals: {
                                yes: number;
                                ifNeedBe: number;
                                no: number;
                            };
                            myVote: ("yes" | "if_need_be" | "no") | null;
                        }[];
                        voters: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            votes: {
                                [key: string]: "yes" | "if_need_be" | "no";
                            };
                            comment: string | null;
                        }[];
                        poll: {
                            closesAt: string | null;
                            remindedAt: string | null;
                            notVoted: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            notVotedCount: number;
                        };
                        attendees: {
                            going: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            maybe: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            waitlist: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                        };
                        agenda: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            kind: "success_story" | "failure_story" | "lesson" | "workshop" | "other";
                            minutes: number;
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "declined";
                            position: number | null;
                            startsAt: string | null;
                            speaker: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            thread: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                kind: "question" | "success" | "failure" | "discussion" | "announcement";
                            } | null;
                        }[];
                        can: {
                            manage: boolean;
                            vote: boolean;
                            remind: boolean;
                            rsvp: boolean;
                            propose: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    proposeAgendaItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @enum {string} */
                    kind: "success_story" | "failure_story" | "lesson" | "workshop" | "other";
                    minutes: number;
                    /** @default null */
                    threadId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        seriesId: string;
                        seriesName: string;
                        title: string;
                        /** @enum {string} */
                        status: "proposed" | "scheduled" | "done" | "cancelled";
                        startsAt: string | null;
                        endsAt: string | null;
                        timezone: string;
                        venue: string;
                        onlineUrl: string;
                        capacity: number | null;
                        goingCount: number;
                        waitlistCount: number;
                        myRsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                        descriptionSource: string;
                        descriptionHtml: string;
                        cancelReason: string | null;
                        notesSource: string;
                        notesHtml: string;
                        /** @enum {string} */
                        notesLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        notesOffRecord: boolean;
                        notesDraft: boolean;
                        notesAttachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        slots: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            timezone: string;
                            totals: {
                                yes: number;
                                ifNeedBe: number;
                                no: number;
                            };
                            myVote: ("yes" | "if_need_be" | "no") | null;
                        }[];
                        voters: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            votes: {
                                [key: string]: "yes" | "if_need_be" | "no";
                            };
                            comment: string | null;
                        }[];
                        poll: {
                            closesAt: string | null;
                            remindedAt: string | null;
                            notVoted: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            notVotedCount: number;
                        };
                        attendees: {
                            going: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            maybe: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            waitlist: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                        };
                        agenda: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            kind: "success_story" | "failure_story" | "lesson" | "workshop" | "other";
                            minutes: number;
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "declined";
                            position: number | null;
                            startsAt: string | null;
                            speaker: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            thread: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                kind: "question" | "success" | "failure" | "discussion" | "announcement";
                            } | null;
                        }[];
                        can: {
                            manage: boolean;
                            vote: boolean;
                            remind: boolean;
                            rsvp: boolean;
                            propose: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    orderAgenda: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        /** Format: uuid */
                        id: string;
                        /** @default null */
                        startsAt?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        seriesId: string;
                        seriesName: string;
                        title: string;
                        /** @enum {string} */
                        status: "proposed" | "scheduled" | "done" | "cancelled";
                        startsAt: string | null;
                        endsAt: string | null;
                        timezone: string;
                        venue: string;
                        onlineUrl: string;
                        capacity: number | null;
                        goingCount: number;
                        waitlistCount: number;
                        myRsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                        descriptionSource: string;
                        descriptionHtml: string;
                        cancelReason: string | null;
                        notesSource: string;
                        notesHtml: string;
                        /** @enum {string} */
                        notesLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        notesOffRecord: boolean;
                        notesDraft: boolean;
                        notesAttachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        slots: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            timezone: string;
                            totals: {
                                yes: number;
                                ifNeedBe: number;
                                no: number;
                            };
                            myVote: ("yes" | "if_need_be" | "no") | null;
                        }[];
                        voters: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            votes: {
                                [key: string]: "yes" | "if_need_be" | "no";
                            };
                            comment: string | null;
                        }[];
                        poll: {
                            closesAt: string | null;
                            remindedAt: string | null;
                            notVoted: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            notVotedCount: number;
                        };
                        attendees: {
                            going: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            maybe: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            waitlist: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                        };
                        agenda: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            kind: "success_story" | "failure_story" | "lesson" | "workshop" | "other";
                            minutes: number;
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "declined";
                            position: number | null;
                            startsAt: string | null;
                            speaker: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            thread: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                kind: "question" | "success" | "failure" | "discussion" | "announcement";
                            } | null;
                        }[];
                        can: {
                            manage: boolean;
                            vote: boolean;
                            remind: boolean;
                            rsvp: boolean;
                            propose: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    decideAgendaItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "accepted" | "declined";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        seriesId: string;
                        seriesName: string;
                        title: string;
                        /** @enum {string} */
                        status: "proposed" | "scheduled" | "done" | "cancelled";
                        startsAt: string | null;
                        endsAt: string | null;
                        timezone: string;
                        venue: string;
                        onlineUrl: string;
                        capacity: number | null;
                        goingCount: number;
                        waitlistCount: number;
                        myRsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                        descriptionSource: string;
                        descriptionHtml: string;
                        cancelReason: string | null;
                        notesSource: string;
                        notesHtml: string;
                        /** @enum {string} */
                        notesLanguage: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        notesOffRecord: boolean;
                        notesDraft: boolean;
                        notesAttachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                        slots: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            timezone: string;
                            totals: {
                                yes: number;
                                ifNeedBe: number;
                                no: number;
                            };
                            myVote: ("yes" | "if_need_be" | "no") | null;
                        }[];
                        voters: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            votes: {
                                [key: string]: "yes" | "if_need_be" | "no";
                            };
                            comment: string | null;
                        }[];
                        poll: {
                            closesAt: string | null;
                            remindedAt: string | null;
                            notVoted: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            notVotedCount: number;
                        };
                        attendees: {
                            going: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            maybe: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            waitlist: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                        };
                        agenda: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            kind: "success_story" | "failure_story" | "lesson" | "workshop" | "other";
                            minutes: number;
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "declined";
                            position: number | null;
                            startsAt: string | null;
                            speaker: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            thread: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                kind: "question" | "success" | "failure" | "discussion" | "announcement";
                            } | null;
                        }[];
                        can: {
                            manage: boolean;
                            vote: boolean;
                            remind: boolean;
                            rsvp: boolean;
                            propose: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    exportMeetupAttendees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listMeetupCheckIns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        meetupId: string;
                        window: {
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date-time */
                            closesAt: string;
                        } | null;
                        canMark: boolean;
                        checkedInCount: number;
                        people: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            rsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                            checkedInAt: string | null;
                            markedBy: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            } | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    markMeetupAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        meetupId: string;
                        window: {
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date-time */
                            closesAt: string;
                        } | null;
                        canMark: boolean;
                        checkedInCount: number;
                        people: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            rsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                            checkedInAt: string | null;
                            markedBy: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            } | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    unmarkMeetupAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        meetupId: string;
                        window: {
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date-time */
                            closesAt: string;
                        } | null;
                        canMark: boolean;
                        checkedInCount: number;
                        people: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            rsvp: ("going" | "maybe" | "not_going" | "waitlisted") | null;
                            checkedInAt: string | null;
                            markedBy: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            } | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    findCheckInCandidates: {
        parameters: {
            query?: {
                q?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        members: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getCheckInLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        url: string;
                        window: {
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date-time */
                            closesAt: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    replaceCheckInLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        url: string;
                        window: {
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date-time */
                            closesAt: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getCheckInQrCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getVenueCheckIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meetup: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            status: "proposed" | "scheduled" | "done" | "cancelled";
                            startsAt: string | null;
                            endsAt: string | null;
                            timezone: string;
                            venue: string;
                        };
                        window: {
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date-time */
                            closesAt: string;
                        } | null;
                        /** @enum {string} */
                        state: "open" | "not_yet" | "closed" | "cancelled";
                        checkedInAt: string | null;
                        already: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    checkInAtVenue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meetup: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            status: "proposed" | "scheduled" | "done" | "cancelled";
                            startsAt: string | null;
                            endsAt: string | null;
                            timezone: string;
                            venue: string;
                        };
                        window: {
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date-time */
                            closesAt: string;
                        } | null;
                        /** @enum {string} */
                        state: "open" | "not_yet" | "closed" | "cancelled";
                        checkedInAt: string | null;
                        already: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listLessons: {
        parameters: {
            query?: {
                q?: string;
                tag?: string;
                programme?: string;
                stage?: "idea" | "concept" | "pilot" | "scaled" | "stopped";
                language?: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                sort?: "recent" | "useful";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        lessons: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "in_review" | "published";
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                            tags: string[];
                            stage: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                            programme: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            cohort: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            audience: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            authors: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            excerpt: string;
                            helpfulCount: number;
                            translationOfId: string | null;
                            publishedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    createLesson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    threadId?: string;
                    /** Format: uuid */
                    replyId?: string;
                    /** Format: uuid */
                    meetupId?: string;
                    /** Format: uuid */
                    agendaItemId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "published";
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        tags: string[];
                        stage: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                        programme: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        audience: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        authors: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        }[];
                        excerpt: string;
                        helpfulCount: number;
                        translationOfId: string | null;
                        publishedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        sectionsSource: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        };
                        sectionsHtml: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        };
                        sources: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "thread" | "reply" | "meetup_notes" | "agenda_item";
                            title: string;
                            threadId: string | null;
                            replyId: string | null;
                            meetupId: string | null;
                            agendaItemId: string | null;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            } | null;
                            excerpt: string | null;
                            /** @enum {string} */
                            consent: "not_asked" | "pending" | "agreed" | "declined";
                            widened: boolean;
                            audience: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                        }[];
                        translationOf: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        } | null;
                        translations: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        }[];
                        helpful: {
                            count: number;
                            byMe: boolean;
                        };
                        audienceLimit: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[] | null;
                        reviewsForMe: string[];
                        can: {
                            edit: boolean;
                            submit: boolean;
                            publish: boolean;
                            returnToDraft: boolean;
                            delete: boolean;
                            markHelpful: boolean;
                            translate: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listLessonsDrawnFrom: {
        parameters: {
            query?: {
                threadId?: string;
                meetupId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        lessons: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "in_review" | "published";
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                            tags: string[];
                            stage: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                            programme: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            cohort: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            audience: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            authors: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            excerpt: string;
                            helpfulCount: number;
                            translationOfId: string | null;
                            publishedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listMyLessonDrafts: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        lessons: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "in_review" | "published";
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                            tags: string[];
                            stage: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                            programme: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            cohort: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            audience: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            authors: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            excerpt: string;
                            helpfulCount: number;
                            translationOfId: string | null;
                            publishedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    exportLessons: {
        parameters: {
            query?: {
                ids?: string;
                q?: string;
                tag?: string;
                programme?: string;
                stage?: "idea" | "concept" | "pilot" | "scaled" | "stopped";
                language?: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                sort?: "recent" | "useful";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "published";
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        tags: string[];
                        stage: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                        programme: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        audience: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        authors: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        }[];
                        excerpt: string;
                        helpfulCount: number;
                        translationOfId: string | null;
                        publishedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        sectionsSource: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        };
                        sectionsHtml: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        };
                        sources: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "thread" | "reply" | "meetup_notes" | "agenda_item";
                            title: string;
                            threadId: string | null;
                            replyId: string | null;
                            meetupId: string | null;
                            agendaItemId: string | null;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            } | null;
                            excerpt: string | null;
                            /** @enum {string} */
                            consent: "not_asked" | "pending" | "agreed" | "declined";
                            widened: boolean;
                            audience: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                        }[];
                        translationOf: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        } | null;
                        translations: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        }[];
                        helpful: {
                            count: number;
                            byMe: boolean;
                        };
                        audienceLimit: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[] | null;
                        reviewsForMe: string[];
                        can: {
                            edit: boolean;
                            submit: boolean;
                            publish: boolean;
                            returnToDraft: boolean;
                            delete: boolean;
                            markHelpful: boolean;
                            translate: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    sections?: {
                        problem?: string;
                        tried?: string;
                        evidence?: string;
                        caveats?: string;
                        useWhen?: string;
                    };
                    tags?: string[];
                    /** @enum {string} */
                    language?: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                    programmeId?: string | null;
                    cohortId?: string | null;
                    stage?: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                    audienceCohortIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "published";
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        tags: string[];
                        stage: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                        programme: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        audience: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        authors: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        }[];
                        excerpt: string;
                        helpfulCount: number;
                        translationOfId: string | null;
                        publishedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        sectionsSource: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        };
                        sectionsHtml: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        };
                        sources: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "thread" | "reply" | "meetup_notes" | "agenda_item";
                            title: string;
                            threadId: string | null;
                            replyId: string | null;
                            meetupId: string | null;
                            agendaItemId: string | null;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            } | null;
                            excerpt: string | null;
                            /** @enum {string} */
                            consent: "not_asked" | "pending" | "agreed" | "declined";
                            widened: boolean;
                            audience: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                        }[];
                        translationOf: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        } | null;
                        translations: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        }[];
                        helpful: {
                            count: number;
                            byMe: boolean;
                        };
                        audienceLimit: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[] | null;
                        reviewsForMe: string[];
                        can: {
                            edit: boolean;
                            submit: boolean;
                            publish: boolean;
                            returnToDraft: boolean;
                            delete: boolean;
                            markHelpful: boolean;
                            translate: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    exportLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    markLessonHelpful: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        byMe: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    unmarkLessonHelpful: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        byMe: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    translateLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                    title: string;
                    sections: {
                        problem: string;
                        tried: string;
                        evidence: string;
                        caveats: string;
                        useWhen: string;
                    };
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "published";
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        tags: string[];
                        stage: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                        programme: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        audience: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        authors: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        }[];
                        excerpt: string;
                        helpfulCount: number;
                        translationOfId: string | null;
                        publishedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        sectionsSource: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        };
                        sectionsHtml: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        };
                        sources: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "thread" | "reply" | "meetup_notes" | "agenda_item";
                            title: string;
                            threadId: string | null;
                            replyId: string | null;
                            meetupId: string | null;
                            agendaItemId: string | null;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            } | null;
                            excerpt: string | null;
                            /** @enum {string} */
                            consent: "not_asked" | "pending" | "agreed" | "declined";
                            widened: boolean;
                            audience: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                        }[];
                        translationOf: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        } | null;
                        translations: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        }[];
                        helpful: {
                            count: number;
                            byMe: boolean;
                        };
                        audienceLimit: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[] | null;
                        reviewsForMe: string[];
                        can: {
                            edit: boolean;
                            submit: boolean;
                            publish: boolean;
                            returnToDraft: boolean;
                            delete: boolean;
                            markHelpful: boolean;
                            translate: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listLessonReviewsAskedOfMe: {
        parameters: {
            query?: {
                pending?: "true" | "false";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reviews: {
                            lesson: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "published";
                            };
                            source: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "thread" | "reply" | "meetup_notes" | "agenda_item";
                                title: string;
                                threadId: string | null;
                                replyId: string | null;
                                meetupId: string | null;
                                agendaItemId: string | null;
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    handle: string;
                                    name: string;
                                    /** @enum {string} */
                                    role: "member" | "organiser" | "admin";
                                    avatar: {
                                        small: string;
                                        large: string;
                                    } | null;
                                    former?: boolean;
                                    anonymous?: {
                                        cohort: {
                                            /** Format: uuid */
                                            id: string;
                                            name: string;
                                        } | null;
                                    };
                                } | null;
                                excerpt: string | null;
                                /** @enum {string} */
                                consent: "not_asked" | "pending" | "agreed" | "declined";
                                widened: boolean;
                                audience: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            askedAt: string | null;
                            answeredAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    addLessonSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    threadId?: string;
                    /** Format: uuid */
                    replyId?: string;
                    /** Format: uuid */
                    meetupId?: string;
                    /** Format: uuid */
                    agendaItemId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "published";
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        tags: string[];
                        stage: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                        programme: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        audience: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        authors: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        }[];
                        excerpt: string;
                        helpfulCount: number;
                        translationOfId: string | null;
                        publishedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        sectionsSource: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        };
                        sectionsHtml: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        };
                        sources: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "thread" | "reply" | "meetup_notes" | "agenda_item";
                            title: string;
                            threadId: string | null;
                            replyId: string | null;
                            meetupId: string | null;
                            agendaItemId: string | null;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            } | null;
                            excerpt: string | null;
                            /** @enum {string} */
                            consent: "not_asked" | "pending" | "agreed" | "declined";
                            widened: boolean;
                            audience: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                        }[];
                        translationOf: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        } | null;
                        translations: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        }[];
                        helpful: {
                            count: number;
                            byMe: boolean;
                        };
                        audienceLimit: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[] | null;
                        reviewsForMe: string[];
                        can: {
                            edit: boolean;
                            submit: boolean;
                            publish: boolean;
                            returnToDraft: boolean;
                            delete: boolean;
                            markHelpful: boolean;
                            translate: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    removeLessonSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sourceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "published";
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        tags: string[];
                        stage: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                        programme: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        audience: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        authors: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        }[];
                        excerpt: string;
                        helpfulCount: number;
                        translationOfId: string | null;
                        publishedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        sectionsSource: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        };
                        sectionsHtml: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        };
                        sources: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "thread" | "reply" | "meetup_notes" | "agenda_item";
                            title: string;
                            threadId: string | null;
                            replyId: string | null;
                            meetupId: string | null;
                            agendaItemId: string | null;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            } | null;
                            excerpt: string | null;
                            /** @enum {string} */
                            consent: "not_asked" | "pending" | "agreed" | "declined";
                            widened: boolean;
                            audience: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                        }[];
                        translationOf: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        } | null;
                        translations: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        }[];
                        helpful: {
                            count: number;
                            byMe: boolean;
                        };
                        audienceLimit: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[] | null;
                        reviewsForMe: string[];
                        can: {
                            edit: boolean;
                            submit: boolean;
                            publish: boolean;
                            returnToDraft: boolean;
                            delete: boolean;
                            markHelpful: boolean;
                            translate: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    answerLessonReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sourceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    quote: boolean;
                    /** @default false */
                    widen?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        lesson: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "in_review" | "published";
                        };
                        source: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "thread" | "reply" | "meetup_notes" | "agenda_item";
                            title: string;
                            threadId: string | null;
                            replyId: string | null;
                            meetupId: string | null;
                            agendaItemId: string | null;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            } | null;
                            excerpt: string | null;
                            /** @enum {string} */
                            consent: "not_asked" | "pending" | "agreed" | "declined";
                            widened: boolean;
                            audience: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                        };
                        askedAt: string | null;
                        answeredAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    submitLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "published";
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        tags: string[];
                        stage: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                        programme: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        audience: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        authors: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        }[];
                        excerpt: string;
                        helpfulCount: number;
                        translationOfId: string | null;
                        publishedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        sectionsSource: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        };
                        sectionsHtml: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        };
                        sources: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "thread" | "reply" | "meetup_notes" | "agenda_item";
                            title: string;
                            threadId: string | null;
                            replyId: string | null;
                            meetupId: string | null;
                            agendaItemId: string | null;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            } | null;
                            excerpt: string | null;
                            /** @enum {string} */
                            consent: "not_asked" | "pending" | "agreed" | "declined";
                            widened: boolean;
                            audience: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                        }[];
                        translationOf: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        } | null;
                        translations: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        }[];
                        helpful: {
                            count: number;
                            byMe: boolean;
                        };
                        audienceLimit: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[] | null;
                        reviewsForMe: string[];
                        can: {
                            edit: boolean;
                            submit: boolean;
                            publish: boolean;
                            returnToDraft: boolean;
                            delete: boolean;
                            markHelpful: boolean;
                            translate: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    publishLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "published";
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        tags: string[];
                        stage: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                        programme: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        audience: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        authors: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        }[];
                        excerpt: string;
                        helpfulCount: number;
                        translationOfId: string | null;
                        publishedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        sectionsSource: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        };
                        sectionsHtml: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        };
                        sources: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "thread" | "reply" | "meetup_notes" | "agenda_item";
                            title: string;
                            threadId: string | null;
                            replyId: string | null;
                            meetupId: string | null;
                            agendaItemId: string | null;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            } | null;
                            excerpt: string | null;
                            /** @enum {string} */
                            consent: "not_asked" | "pending" | "agreed" | "declined";
                            widened: boolean;
                            audience: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                        }[];
                        translationOf: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        } | null;
                        translations: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        }[];
                        helpful: {
                            count: number;
                            byMe: boolean;
                        };
                        audienceLimit: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[] | null;
                        reviewsForMe: string[];
                        can: {
                            edit: boolean;
                            submit: boolean;
                            publish: boolean;
                            returnToDraft: boolean;
                            delete: boolean;
                            markHelpful: boolean;
                            translate: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    returnLessonToDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "in_review" | "published";
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        tags: string[];
                        stage: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                        programme: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        audience: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        authors: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        }[];
                        excerpt: string;
                        helpfulCount: number;
                        translationOfId: string | null;
                        publishedAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        sectionsSource: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        };
                        sectionsHtml: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        };
                        sources: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "thread" | "reply" | "meetup_notes" | "agenda_item";
                            title: string;
                            threadId: string | null;
                            replyId: string | null;
                            meetupId: string | null;
                            agendaItemId: string | null;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            } | null;
                            excerpt: string | null;
                            /** @enum {string} */
                            consent: "not_asked" | "pending" | "agreed" | "declined";
                            widened: boolean;
                            audience: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                        }[];
                        translationOf: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        } | null;
                        translations: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        }[];
                        helpful: {
                            count: number;
                            byMe: boolean;
                        };
                        audienceLimit: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[] | null;
                        reviewsForMe: string[];
                        can: {
                            edit: boolean;
                            submit: boolean;
                            publish: boolean;
                            returnToDraft: boolean;
                            delete: boolean;
                            markHelpful: boolean;
                            translate: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPilots: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                programme?: string;
                track?: string;
                cohort?: string;
                stage?: "idea" | "concept" | "pilot" | "scaled" | "stopped";
                organisation?: string;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pilots: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            stage: "idea" | "concept" | "pilot" | "scaled" | "stopped";
                            programme: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            track: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "training" | "policy_lab" | "train_the_trainers" | "other";
                                name: string;
                            } | null;
                            cohort: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            visibility: "network" | "cohort";
                            organisations: string[];
                            stopReason: string | null;
                            startsOn: string | null;
                            endsOn: string | null;
                            teamSize: number;
                            /** Format: date-time */
                            stageChangedAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        counts: {
                            idea: number;
                            concept: number;
                            pilot: number;
                            scaled: number;
                            stopped: number;
                        };
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    createPilot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    programmeId: string;
                    name: string;
                    /** @default  */
                    summary?: string;
                    /** @enum {string} */
                    language?: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                    /** @default null */
                    trackId?: string | null;
                    /** @default null */
                    cohortId?: string | null;
                    /**
                     * @default network
                     * @enum {string}
                     */
                    visibility?: "network" | "cohort";
                    organisations?: string[];
                    /** @default null */
                    startsOn?: string | null;
                    /** @default null */
                    endsOn?: string | null;
                    /**
                     * @default idea
                     * @enum {string}
                     */
                    stage?: "idea" | "concept" | "pilot" | "scaled";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @enum {string} */
                        stage: "idea" | "concept" | "pilot" | "scaled" | "stopped";
                        programme: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        track: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "training" | "policy_lab" | "train_the_trainers" | "other";
                            name: string;
                        } | null;
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** @enum {string} */
                        visibility: "network" | "cohort";
                        organisations: string[];
                        stopReason: string | null;
                        startsOn: string | null;
                        endsOn: string | null;
                        teamSize: number;
                        /** Format: date-time */
                        stageChangedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        summarySource: string;
                        summaryHtml: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        team: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            role: string;
                            /** Format: date-time */
                            joinedAt: string;
                        }[];
                        links: {
                            /** Format: uuid */
                            id: string;
                            target: {
                                /** @enum {string} */
                                kind: "thread";
                                /** Format: uuid */
                                id: string;
                                title: string;
                                threadKind: string;
                            } | {
                                /** @enum {string} */
                                kind: "lesson";
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | {
                                /** @enum {string} */
                                kind: "agenda_item";
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** Format: uuid */
                                meetupId: string;
                                meetupTitle: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        followerCount: number;
                        following: boolean;
                        canEdit: boolean;
                        canPostUpdates: boolean;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listLinkedPilots: {
        parameters: {
            query?: {
                threadId?: string;
                lessonId?: string;
                agendaItemId?: string;
                meetupId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pilots: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            stage: "idea" | "concept" | "pilot" | "scaled" | "stopped";
                            programme: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            track: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "training" | "policy_lab" | "train_the_trainers" | "other";
                                name: string;
                            } | null;
                            cohort: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            visibility: "network" | "cohort";
                            organisations: string[];
                            stopReason: string | null;
                            startsOn: string | null;
                            endsOn: string | null;
                            teamSize: number;
                            /** Format: date-time */
                            stageChangedAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPilot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @enum {string} */
                        stage: "idea" | "concept" | "pilot" | "scaled" | "stopped";
                        programme: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        track: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "training" | "policy_lab" | "train_the_trainers" | "other";
                            name: string;
                        } | null;
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** @enum {string} */
                        visibility: "network" | "cohort";
                        organisations: string[];
                        stopReason: string | null;
                        startsOn: string | null;
                        endsOn: string | null;
                        teamSize: number;
                        /** Format: date-time */
                        stageChangedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        summarySource: string;
                        summaryHtml: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        team: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            role: string;
                            /** Format: date-time */
                            joinedAt: string;
                        }[];
                        links: {
                            /** Format: uuid */
                            id: string;
                            target: {
                                /** @enum {string} */
                                kind: "thread";
                                /** Format: uuid */
                                id: string;
                                title: string;
                                threadKind: string;
                            } | {
                                /** @enum {string} */
                                kind: "lesson";
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | {
                                /** @enum {string} */
                                kind: "agenda_item";
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** Format: uuid */
                                meetupId: string;
                                meetupTitle: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        followerCount: number;
                        following: boolean;
                        canEdit: boolean;
                        canPostUpdates: boolean;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    deletePilot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    changePilot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    summary?: string;
                    /** @enum {string} */
                    language?: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                    trackId?: string | null;
                    cohortId?: string | null;
                    /** @enum {string} */
                    visibility?: "network" | "cohort";
                    organisations?: string[];
                    startsOn?: string | null;
                    endsOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @enum {string} */
                        stage: "idea" | "concept" | "pilot" | "scaled" | "stopped";
                        programme: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        track: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "training" | "policy_lab" | "train_the_trainers" | "other";
                            name: string;
                        } | null;
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** @enum {string} */
                        visibility: "network" | "cohort";
                        organisations: string[];
                        stopReason: string | null;
                        startsOn: string | null;
                        endsOn: string | null;
                        teamSize: number;
                        /** Format: date-time */
                        stageChangedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        summarySource: string;
                        summaryHtml: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        team: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            role: string;
                            /** Format: date-time */
                            joinedAt: string;
                        }[];
                        links: {
                            /** Format: uuid */
                            id: string;
                            target: {
                                /** @enum {string} */
                                kind: "thread";
                                /** Format: uuid */
                                id: string;
                                title: string;
                                threadKind: string;
                            } | {
                                /** @enum {string} */
                                kind: "lesson";
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | {
                                /** @enum {string} */
                                kind: "agenda_item";
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** Format: uuid */
                                meetupId: string;
                                meetupTitle: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        followerCount: number;
                        following: boolean;
                        canEdit: boolean;
                        canPostUpdates: boolean;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    putPilotTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    role?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @enum {string} */
                        stage: "idea" | "concept" | "pilot" | "scaled" | "stopped";
                        programme: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        track: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "training" | "policy_lab" | "train_the_trainers" | "other";
                            name: string;
                        } | null;
                        cohort: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** @enum {string} */
                        visibility: "network" | "cohort";
                        organisations: string[];
                        stopReason: string | null;
                        startsOn: string | null;
                        endsOn: string | null;
                        teamSize: number;
                        /** Format: date-time */
                        stageChangedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        summarySource: string;
                        summaryHtml: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        team: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            role: string;
                            /** Format: date-time */
                            joinedAt: string;
                        }[];
                        links: {
                            /** Format: uuid */
                            id: string;
                            target: {
                                /** @enum {string} */
                                kind: "thread";
                                /** Format: uuid */
                                id: string;
                                title: string;
                                threadKind: string;
                            } | {
                                /** @enum {string} */
                                kind: "lesson";
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | {
                                /** @enum {string} */
                                kind: "agenda_item";
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** Format: uuid */
                                meetupId: string;
                                meetupTitle: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        followerCount: number;
                        following: boolean;
                        canEdit: boolean;
                        canPostUpdates: boolean;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    removePilotTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    setPilotFollowing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    following: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        following: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    linkPilot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    threadId?: string;
                    /** Format: uuid */
                    lessonId?: string;
                    /** Format: uuid */
                    agendaItemId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        target: {
                            /** @enum {string} */
                            kind: "thread";
                            /** Format: uuid */
                            id: string;
                            title: string;
                            threadKind: string;
                        } | {
                            /** @enum {string} */
                            kind: "lesson";
                            /** Format: uuid */
                            id: string;
                            title: string;
                        } | {
                            /** @enum {string} */
                            kind: "agenda_item";
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** Format: uuid */
                            meetupId: string;
                            meetupTitle: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    unlinkPilot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                linkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMemberPilots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pilots: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            stage: "idea" | "concept" | "pilot" | "scaled" | "stopped";
                            programme: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            track: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "training" | "policy_lab" | "train_the_trainers" | "other";
                                name: string;
                            } | null;
                            cohort: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            visibility: "network" | "cohort";
                            organisations: string[];
                            stopReason: string | null;
                            startsOn: string | null;
                            endsOn: string | null;
                            teamSize: number;
                            /** Format: date-time */
                            stageChangedAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            role: string;
                        }[];
                        updates: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            pilotId: string;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            } | null;
                            bodySource: string;
                            bodyHtml: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                            stageFrom: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                            stageTo: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                            happenedOn: string;
                            /** Format: date-time */
                            createdAt: string;
                            editedAt: string | null;
                            canEdit: boolean;
                            pilot: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                stage: "idea" | "concept" | "pilot" | "scaled" | "stopped";
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPilotUpdates: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        updates: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            pilotId: string;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            } | null;
                            bodySource: string;
                            bodyHtml: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                            stageFrom: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                            stageTo: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                            happenedOn: string;
                            /** Format: date-time */
                            createdAt: string;
                            editedAt: string | null;
                            canEdit: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    postPilotUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** Format: date */
                    happenedOn?: string;
                    /** @enum {string} */
                    language?: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                    /** @enum {string} */
                    stage?: "idea" | "concept" | "pilot" | "scaled" | "stopped";
                    stopReason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        pilotId: string;
                        author: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        } | null;
                        bodySource: string;
                        bodyHtml: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        stageFrom: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                        stageTo: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                        happenedOn: string;
                        /** Format: date-time */
                        createdAt: string;
                        editedAt: string | null;
                        canEdit: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    deletePilotUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                updateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    editPilotUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                updateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body?: string;
                    /** Format: date */
                    happenedOn?: string;
                    /** @enum {string} */
                    language?: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        pilotId: string;
                        author: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        } | null;
                        bodySource: string;
                        bodyHtml: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        stageFrom: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                        stageTo: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                        happenedOn: string;
                        /** Format: date-time */
                        createdAt: string;
                        editedAt: string | null;
                        canEdit: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSinceLastExchange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        since: string;
                        previousMeetup: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** Format: date-time */
                            startsAt: string;
                        } | null;
                        updates: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            pilotId: string;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            } | null;
                            bodySource: string;
                            bodyHtml: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                            stageFrom: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                            stageTo: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                            happenedOn: string;
                            /** Format: date-time */
                            createdAt: string;
                            editedAt: string | null;
                            canEdit: boolean;
                            pilot: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                stage: "idea" | "concept" | "pilot" | "scaled" | "stopped";
                            };
                        }[];
                        lessons: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** Format: date-time */
                            publishedAt: string;
                        }[];
                        truncated: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    publishLessonToShowcase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lessonId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "lesson" | "pilot";
                        /** @enum {string} */
                        status: "awaiting_consent" | "published" | "withdrawn";
                        withdrawal: ("consent_declined" | "consent_withdrawn" | "unpublished" | "no_longer_qualifies") | null;
                        title: string;
                        lessonId: string | null;
                        pilotId: string | null;
                        publicUrl: string | null;
                        /** Format: date-time */
                        requestedAt: string;
                        publishedAt: string | null;
                        withdrawnAt: string | null;
                        credits: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            role: string;
                            /** @enum {string} */
                            answer: "pending" | "name" | "organisation" | "hidden" | "declined";
                            answeredAt: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    publishPilotToShowcase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pilotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    summary: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "lesson" | "pilot";
                        /** @enum {string} */
                        status: "awaiting_consent" | "published" | "withdrawn";
                        withdrawal: ("consent_declined" | "consent_withdrawn" | "unpublished" | "no_longer_qualifies") | null;
                        title: string;
                        lessonId: string | null;
                        pilotId: string | null;
                        publicUrl: string | null;
                        /** Format: date-time */
                        requestedAt: string;
                        publishedAt: string | null;
                        withdrawnAt: string | null;
                        credits: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            role: string;
                            /** @enum {string} */
                            answer: "pending" | "name" | "organisation" | "hidden" | "declined";
                            answeredAt: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listShowcaseItems: {
        parameters: {
            query?: {
                cursor?: string;
                scope?: "mine" | "all";
                lessonId?: string;
                pilotId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "lesson" | "pilot";
                            /** @enum {string} */
                            status: "awaiting_consent" | "published" | "withdrawn";
                            withdrawal: ("consent_declined" | "consent_withdrawn" | "unpublished" | "no_longer_qualifies") | null;
                            title: string;
                            lessonId: string | null;
                            pilotId: string | null;
                            publicUrl: string | null;
                            /** Format: date-time */
                            requestedAt: string;
                            publishedAt: string | null;
                            withdrawnAt: string | null;
                            credits: {
                                member: {
                                    /** Format: uuid */
                                    id: string;
                                    handle: string;
                                    name: string;
                                    /** @enum {string} */
                                    role: "member" | "organiser" | "admin";
                                    avatar: {
                                        small: string;
                                        large: string;
                                    } | null;
                                    former?: boolean;
                                    anonymous?: {
                                        cohort: {
                                            /** Format: uuid */
                                            id: string;
                                            name: string;
                                        } | null;
                                    };
                                };
                                role: string;
                                /** @enum {string} */
                                answer: "pending" | "name" | "organisation" | "hidden" | "declined";
                                answeredAt: string | null;
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getShowcaseItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        item: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "lesson" | "pilot";
                            /** @enum {string} */
                            status: "awaiting_consent" | "published" | "withdrawn";
                            withdrawal: ("consent_declined" | "consent_withdrawn" | "unpublished" | "no_longer_qualifies") | null;
                            title: string;
                            lessonId: string | null;
                            pilotId: string | null;
                            publicUrl: string | null;
                            /** Format: date-time */
                            requestedAt: string;
                            publishedAt: string | null;
                            withdrawnAt: string | null;
                            credits: {
                                member: {
                                    /** Format: uuid */
                                    id: string;
                                    handle: string;
                                    name: string;
                                    /** @enum {string} */
                                    role: "member" | "organiser" | "admin";
                                    avatar: {
                                        small: string;
                                        large: string;
                                    } | null;
                                    former?: boolean;
                                    anonymous?: {
                                        cohort: {
                                            /** Format: uuid */
                                            id: string;
                                            name: string;
                                        } | null;
                                    };
                                };
                                role: string;
                                /** @enum {string} */
                                answer: "pending" | "name" | "organisation" | "hidden" | "declined";
                                answeredAt: string | null;
                            }[];
                        };
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        tags: string[];
                        stage: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                        programmeName: string | null;
                        organisations: string[];
                        sectionsHtml: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        } | null;
                        summaryHtml: string | null;
                        myAnswer: ("pending" | "name" | "organisation" | "hidden" | "declined") | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    unpublishShowcaseItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "lesson" | "pilot";
                        /** @enum {string} */
                        status: "awaiting_consent" | "published" | "withdrawn";
                        withdrawal: ("consent_declined" | "consent_withdrawn" | "unpublished" | "no_longer_qualifies") | null;
                        title: string;
                        lessonId: string | null;
                        pilotId: string | null;
                        publicUrl: string | null;
                        /** Format: date-time */
                        requestedAt: string;
                        publishedAt: string | null;
                        withdrawnAt: string | null;
                        credits: {
                            member: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            role: string;
                            /** @enum {string} */
                            answer: "pending" | "name" | "organisation" | "hidden" | "declined";
                            answeredAt: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    answerShowcaseConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    answer: "name" | "organisation" | "hidden" | "declined";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        item: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "lesson" | "pilot";
                            /** @enum {string} */
                            status: "awaiting_consent" | "published" | "withdrawn";
                            withdrawal: ("consent_declined" | "consent_withdrawn" | "unpublished" | "no_longer_qualifies") | null;
                            title: string;
                            lessonId: string | null;
                            pilotId: string | null;
                            publicUrl: string | null;
                            /** Format: date-time */
                            requestedAt: string;
                            publishedAt: string | null;
                            withdrawnAt: string | null;
                            credits: {
                                member: {
                                    /** Format: uuid */
                                    id: string;
                                    handle: string;
                                    name: string;
                                    /** @enum {string} */
                                    role: "member" | "organiser" | "admin";
                                    avatar: {
                                        small: string;
                                        large: string;
                                    } | null;
                                    former?: boolean;
                                    anonymous?: {
                                        cohort: {
                                            /** Format: uuid */
                                            id: string;
                                            name: string;
                                        } | null;
                                    };
                                };
                                role: string;
                                /** @enum {string} */
                                answer: "pending" | "name" | "organisation" | "hidden" | "declined";
                                answeredAt: string | null;
                            }[];
                        };
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        tags: string[];
                        stage: ("idea" | "concept" | "pilot" | "scaled" | "stopped") | null;
                        programmeName: string | null;
                        organisations: string[];
                        sectionsHtml: {
                            problem: string;
                            tried: string;
                            evidence: string;
                            caveats: string;
                            useWhen: string;
                        } | null;
                        summaryHtml: string | null;
                        myAnswer: ("pending" | "name" | "organisation" | "hidden" | "declined") | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMeetupCalendarFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        url: string | null;
                        createdAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    renewCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        url: string | null;
                        createdAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        url: string | null;
                        createdAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    readCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                unread?: "true" | "false";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        notifications: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "reply" | "mention" | "accepted_answer" | "advice_request" | "advice_accepted" | "advice_declined" | "advice_done" | "advice_expired" | "advice_reminder" | "advice_thanks" | "flag" | "meetup_poll_opened" | "meetup_poll_reminder" | "meetup_scheduled" | "meetup_changed" | "meetup_cancelled" | "meetup_reminder" | "waitlist_promoted" | "agenda_accepted" | "direct_message" | "chat_mention" | "notes_mention" | "email_bounced" | "lesson_review_requested" | "lesson_published" | "pilot_update" | "pilot_team_added" | "showcase_consent_requested" | "showcase_published" | "showcase_withdrawn";
                            actor: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            } | null;
                            thread: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            replyId: string | null;
                            meetup: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            lesson: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            pilot: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            roomId: string | null;
                            detail: {
                                [key: string]: string;
                            };
                            read: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                        /** @description How many are unread, counted up to 100 (which means as many or more) */
                        unreadCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    countUnreadNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many are unread, counted up to 100 (which means as many or more) */
                        unreadCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many are unread, counted up to 100 (which means as many or more) */
                        unreadCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many are unread, counted up to 100 (which means as many or more) */
                        unreadCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listRooms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rooms: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "network" | "cohort" | "meetup" | "direct";
                            name: string | null;
                            members: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            cohortId: string | null;
                            meetupId: string | null;
                            lastSeq: number;
                            lastChange: number;
                            readSeq: number;
                            unread: number;
                            muted: boolean;
                            lastMessageAt: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                before?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            roomId: string;
                            seq: number;
                            change: number;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            body: string;
                            html: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            editedAt: string | null;
                            deletedAt: string | null;
                            reactions: {
                                /** @enum {string} */
                                emoji: "👍" | "❤️" | "😄" | "🎉" | "🤔" | "👀";
                                members: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            }[];
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "image" | "pdf";
                                fileName: string;
                                mediaType: string;
                                byteSize: number;
                                width: number | null;
                                height: number | null;
                                pageCount: number | null;
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                        }[];
                        nextBefore: number | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listMessagesAround: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            roomId: string;
                            seq: number;
                            change: number;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            body: string;
                            html: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            editedAt: string | null;
                            deletedAt: string | null;
                            reactions: {
                                /** @enum {string} */
                                emoji: "👍" | "❤️" | "😄" | "🎉" | "🤔" | "👀";
                                members: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            }[];
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "image" | "pdf";
                                fileName: string;
                                mediaType: string;
                                byteSize: number;
                                width: number | null;
                                height: number | null;
                                pageCount: number | null;
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                        }[];
                        nextBefore: number | null;
                        nextAfter: number | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listNewerMessages: {
        parameters: {
            query: {
                after: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            roomId: string;
                            seq: number;
                            change: number;
                            author: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                name: string;
                                /** @enum {string} */
                                role: "member" | "organiser" | "admin";
                                avatar: {
                                    small: string;
                                    large: string;
                                } | null;
                                former?: boolean;
                                anonymous?: {
                                    cohort: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                };
                            };
                            body: string;
                            html: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            editedAt: string | null;
                            deletedAt: string | null;
                            reactions: {
                                /** @enum {string} */
                                emoji: "👍" | "❤️" | "😄" | "🎉" | "🤔" | "👀";
                                members: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            }[];
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "image" | "pdf";
                                fileName: string;
                                mediaType: string;
                                byteSize: number;
                                width: number | null;
                                height: number | null;
                                pageCount: number | null;
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                        }[];
                        nextBefore: number | null;
                        nextAfter: number | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    openDirectRoom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "network" | "cohort" | "meetup" | "direct";
                        name: string | null;
                        members: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        }[];
                        cohortId: string | null;
                        meetupId: string | null;
                        lastSeq: number;
                        lastChange: number;
                        readSeq: number;
                        unread: number;
                        muted: boolean;
                        lastMessageAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "network" | "cohort" | "meetup" | "direct";
                        name: string | null;
                        members: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        }[];
                        cohortId: string | null;
                        meetupId: string | null;
                        lastSeq: number;
                        lastChange: number;
                        readSeq: number;
                        unread: number;
                        muted: boolean;
                        lastMessageAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    leaveRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    setRoomMuted: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    muted: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "network" | "cohort" | "meetup" | "direct";
                        name: string | null;
                        members: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        }[];
                        cohortId: string | null;
                        meetupId: string | null;
                        lastSeq: number;
                        lastChange: number;
                        readSeq: number;
                        unread: number;
                        muted: boolean;
                        lastMessageAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        roomId: string;
                        seq: number;
                        change: number;
                        author: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        };
                        body: string;
                        html: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        clientId: string;
                        /** Format: date-time */
                        createdAt: string;
                        editedAt: string | null;
                        deletedAt: string | null;
                        reactions: {
                            /** @enum {string} */
                            emoji: "👍" | "❤️" | "😄" | "🎉" | "🤔" | "👀";
                            members: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                        }[];
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    editMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @enum {string} */
                    language?: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                    attachmentIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        roomId: string;
                        seq: number;
                        change: number;
                        author: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        };
                        body: string;
                        html: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        clientId: string;
                        /** Format: date-time */
                        createdAt: string;
                        editedAt: string | null;
                        deletedAt: string | null;
                        reactions: {
                            /** @enum {string} */
                            emoji: "👍" | "❤️" | "😄" | "🎉" | "🤔" | "👀";
                            members: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                        }[];
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    setMessageReaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    emoji: "👍" | "❤️" | "😄" | "🎉" | "🤔" | "👀";
                    reacted: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        roomId: string;
                        seq: number;
                        change: number;
                        author: {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "organiser" | "admin";
                            avatar: {
                                small: string;
                                large: string;
                            } | null;
                            former?: boolean;
                            anonymous?: {
                                cohort: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        };
                        body: string;
                        html: string;
                        /** @enum {string} */
                        language: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        clientId: string;
                        /** Format: date-time */
                        createdAt: string;
                        editedAt: string | null;
                        deletedAt: string | null;
                        reactions: {
                            /** @enum {string} */
                            emoji: "👍" | "❤️" | "😄" | "🎉" | "🤔" | "👀";
                            members: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                        }[];
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "pdf";
                            fileName: string;
                            mediaType: string;
                            byteSize: number;
                            width: number | null;
                            height: number | null;
                            pageCount: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getNetworkSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        publicUrl: string;
                        accentColour: string;
                        /** @enum {string} */
                        defaultLocale: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        logoUrl: string | null;
                        retention: {
                            chatMonths: number | null;
                            readNotificationMonths: number | null;
                        };
                        showcase: {
                            enabled: boolean;
                            contact: string | null;
                        };
                        fixedBy: {
                            name: "NETWORK_NAME" | null;
                            publicUrl: "PUBLIC_ORIGIN" | null;
                            defaultLocale: "DEFAULT_LOCALE" | null;
                        };
                        /** @enum {string} */
                        mailTransport: "smtp" | "outbox";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateNetworkSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    publicUrl?: string | null;
                    accentColour?: string;
                    /** @enum {string} */
                    defaultLocale?: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                    retention?: {
                        chatMonths?: number | null;
                        readNotificationMonths?: number | null;
                    };
                    showcase?: {
                        enabled?: boolean;
                        contact?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        publicUrl: string;
                        accentColour: string;
                        /** @enum {string} */
                        defaultLocale: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        logoUrl: string | null;
                        retention: {
                            chatMonths: number | null;
                            readNotificationMonths: number | null;
                        };
                        showcase: {
                            enabled: boolean;
                            contact: string | null;
                        };
                        fixedBy: {
                            name: "NETWORK_NAME" | null;
                            publicUrl: "PUBLIC_ORIGIN" | null;
                            defaultLocale: "DEFAULT_LOCALE" | null;
                        };
                        /** @enum {string} */
                        mailTransport: "smtp" | "outbox";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    uploadNetworkLogo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        publicUrl: string;
                        accentColour: string;
                        /** @enum {string} */
                        defaultLocale: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        logoUrl: string | null;
                        retention: {
                            chatMonths: number | null;
                            readNotificationMonths: number | null;
                        };
                        showcase: {
                            enabled: boolean;
                            contact: string | null;
                        };
                        fixedBy: {
                            name: "NETWORK_NAME" | null;
                            publicUrl: "PUBLIC_ORIGIN" | null;
                            defaultLocale: "DEFAULT_LOCALE" | null;
                        };
                        /** @enum {string} */
                        mailTransport: "smtp" | "outbox";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteNetworkLogo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        publicUrl: string;
                        accentColour: string;
                        /** @enum {string} */
                        defaultLocale: "en" | "fr" | "bs" | "hr" | "sr-Latn";
                        logoUrl: string | null;
                        retention: {
                            chatMonths: number | null;
                            readNotificationMonths: number | null;
                        };
                        showcase: {
                            enabled: boolean;
                            contact: string | null;
                        };
                        fixedBy: {
                            name: "NETWORK_NAME" | null;
                            publicUrl: "PUBLIC_ORIGIN" | null;
                            defaultLocale: "DEFAULT_LOCALE" | null;
                        };
                        /** @enum {string} */
                        mailTransport: "smtp" | "outbox";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    sendTestMail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        transport: "smtp" | "outbox";
                        to: string;
                        accepted: boolean;
                        response: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    previewRetention: {
        parameters: {
            query?: {
                chatMonths?: number;
                readNotificationMonths?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        chatMessages: number | null;
                        readNotifications: number | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getNetworkIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        accentColour: string;
                        logoUrl: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getNetworkLogo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The logo, at most 256 × 256 pixels */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/webp": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getEmailPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        topics: {
                            /** @enum {string} */
                            own_thread_replies: "instant" | "daily" | "off";
                            /** @enum {string} */
                            followed_thread_replies: "instant" | "daily" | "off";
                            /** @enum {string} */
                            mentions: "instant" | "daily" | "off";
                            /** @enum {string} */
                            advice: "instant" | "daily" | "off";
                            /** @enum {string} */
                            direct_messages: "instant" | "daily" | "off";
                            /** @enum {string} */
                            meetup_news: "instant" | "daily" | "off";
                            /** @enum {string} */
                            flags: "instant" | "daily" | "off";
                            /** @enum {string} */
                            practice: "instant" | "daily" | "off";
                        };
                        weeklyDigest: boolean;
                        push: {
                            direct_messages: boolean;
                            mentions: boolean;
                            advice: boolean;
                            meetup_news: boolean;
                            practice: boolean;
                        };
                        address: string;
                        bounced: {
                            /** Format: date-time */
                            at: string;
                            reason: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateEmailPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    topics?: {
                        /** @enum {string} */
                        own_thread_replies?: "instant" | "daily" | "off";
                        /** @enum {string} */
                        followed_thread_replies?: "instant" | "daily" | "off";
                        /** @enum {string} */
                        mentions?: "instant" | "daily" | "off";
                        /** @enum {string} */
                        advice?: "instant" | "daily" | "off";
                        /** @enum {string} */
                        direct_messages?: "instant" | "daily" | "off";
                        /** @enum {string} */
                        meetup_news?: "instant" | "daily" | "off";
                        /** @enum {string} */
                        flags?: "instant" | "daily" | "off";
                        /** @enum {string} */
                        practice?: "instant" | "daily" | "off";
                    };
                    weeklyDigest?: boolean;
                    push?: {
                        direct_messages?: boolean;
                        mentions?: boolean;
                        advice?: boolean;
                        meetup_news?: boolean;
                        practice?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        topics: {
                            /** @enum {string} */
                            own_thread_replies: "instant" | "daily" | "off";
                            /** @enum {string} */
                            followed_thread_replies: "instant" | "daily" | "off";
                            /** @enum {string} */
                            mentions: "instant" | "daily" | "off";
                            /** @enum {string} */
                            advice: "instant" | "daily" | "off";
                            /** @enum {string} */
                            direct_messages: "instant" | "daily" | "off";
                            /** @enum {string} */
                            meetup_news: "instant" | "daily" | "off";
                            /** @enum {string} */
                            flags: "instant" | "daily" | "off";
                            /** @enum {string} */
                            practice: "instant" | "daily" | "off";
                        };
                        weeklyDigest: boolean;
                        push: {
                            direct_messages: boolean;
                            mentions: boolean;
                            advice: boolean;
                            meetup_news: boolean;
                            practice: boolean;
                        };
                        address: string;
                        bounced: {
                            /** Format: date-time */
                            at: string;
                            reason: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    retryEmailAddress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        topics: {
                            /** @enum {string} */
                            own_thread_replies: "instant" | "daily" | "off";
                            /** @enum {string} */
                            followed_thread_replies: "instant" | "daily" | "off";
                            /** @enum {string} */
                            mentions: "instant" | "daily" | "off";
                            /** @enum {string} */
                            advice: "instant" | "daily" | "off";
                            /** @enum {string} */
                            direct_messages: "instant" | "daily" | "off";
                            /** @enum {string} */
                            meetup_news: "instant" | "daily" | "off";
                            /** @enum {string} */
                            flags: "instant" | "daily" | "off";
                            /** @enum {string} */
                            practice: "instant" | "daily" | "off";
                        };
                        weeklyDigest: boolean;
                        push: {
                            direct_messages: boolean;
                            mentions: boolean;
                            advice: boolean;
                            meetup_news: boolean;
                            practice: boolean;
                        };
                        address: string;
                        bounced: {
                            /** Format: date-time */
                            at: string;
                            reason: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    previewUnsubscribe: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        topic: "own_thread_replies" | "followed_thread_replies" | "mentions" | "advice" | "direct_messages" | "meetup_news" | "flags" | "practice" | "weekly_digest" | "daily_summary";
                        address: string;
                        topics: ("own_thread_replies" | "followed_thread_replies" | "mentions" | "advice" | "direct_messages" | "meetup_news" | "flags" | "practice")[];
                        alreadyOff: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    openUnsubscribeLink: {
        parameters: {
            query?: {
                token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To /unsubscribe */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    unsubscribe: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        topic: "own_thread_replies" | "followed_thread_replies" | "mentions" | "advice" | "direct_messages" | "meetup_news" | "flags" | "practice" | "weekly_digest" | "daily_summary";
                        address: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listEmailBounces: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addresses: {
                            address: string;
                            member: {
                                handle: string;
                                name: string;
                            } | null;
                            hard: boolean;
                            softBounces: number;
                            lastBounce: string | null;
                            /** Format: date-time */
                            lastBouncedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPushKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        publicKey: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPushSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        devices: {
                            /** Format: uuid */
                            id: string;
                            label: string;
                            /** Format: date-time */
                            createdAt: string;
                            lastPushedAt: string | null;
                            thisDevice: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    subscribeToPush: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    endpoint: string;
                    keys: {
                        p256dh: string;
                        auth: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        devices: {
                            /** Format: uuid */
                            id: string;
                            label: string;
                            /** Format: date-time */
                            createdAt: string;
                            lastPushedAt: string | null;
                            thisDevice: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    deletePushSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        devices: {
                            /** Format: uuid */
                            id: string;
                            label: string;
                            /** Format: date-time */
                            createdAt: string;
                            lastPushedAt: string | null;
                            thisDevice: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getLatestDataExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        latest: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "preparing" | "ready" | "expired" | "failed";
                            /** Format: date-time */
                            requestedAt: string;
                            readyAt: string | null;
                            expiresAt: string | null;
                            byteSize: number | null;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    requestDataExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "preparing" | "ready" | "expired" | "failed";
                        /** Format: date-time */
                        requestedAt: string;
                        readyAt: string | null;
                        expiresAt: string | null;
                        byteSize: number | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    downloadDataExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The zip: one JSON file per area, your files and your meetups (.ics) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteOwnAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    mode: "keep_posts" | "erase_posts";
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        erasesAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    requestMemberDataExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "preparing" | "ready" | "expired" | "failed";
                        /** Format: date-time */
                        requestedAt: string;
                        readyAt: string | null;
                        expiresAt: string | null;
                        byteSize: number | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteMemberAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                handle: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    mode: "keep_posts" | "erase_posts";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        erasesAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
}
