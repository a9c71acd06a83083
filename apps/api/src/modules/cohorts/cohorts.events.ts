declare module '../../realtime/events.ts' {
  interface RealtimeEvents {
    /**
     * These members joined or left the cohort: what they may see changes (its threads, its
     * meetups, its chat room), and open sockets are checked again.
     */
    'cohort.members_changed': { cohortId: string; memberIds: string[] };
  }
}

export {};
