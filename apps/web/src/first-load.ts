// What the first load of an address needs, for the server to send with the page itself: the
// build turns this into dist/first-load.json (vite-first-load.ts), and the API's spa plugin
// announces each page's chunks in the page and puts the answers to its first reads inside it, so
// that the page needs no round trip to the server before it can show something.
// Plain data, without imports: the build reads it too.

/**
 * What every address reads before it shows anything: who is signed in, the setup state, and the
 * network's name, colour and logo.
 */
export const everyPageReads = ['/api/auth/me', '/api/setup', '/api/network'];

/**
 * The addresses a first load most often opens, in the order they are tried (the first match
 * wins); `module` is the page shown there, and `reads` the API reads the page starts with,
 * written exactly as it asks for them. A read naming a parameter the address lacks is skipped.
 */
export const firstPages = [
  {
    path: '/',
    module: './features/home/home-page.tsx',
    reads: [
      '/api/meetups?when=upcoming&limit=5',
      '/api/meetup-series',
      '/api/threads?view=latest&limit=5',
    ],
  },
  { path: '/login', module: './features/auth/login-page.tsx', reads: [] },
  { path: '/accessibility', module: './features/accessibility/accessibility-page.tsx', reads: [] },
  { path: '/directory', module: './features/directory/directory-page.tsx', reads: [] },
  { path: '/members/:handle', module: './features/members/profile-page.tsx', reads: [] },
  { path: '/threads', module: './features/threads/threads-page.tsx', reads: [] },
  { path: '/threads/new', module: './features/threads/new-thread-page.tsx', reads: [] },
  {
    path: '/threads/:id',
    module: './features/threads/thread-page.tsx',
    reads: ['/api/threads/:id', '/api/threads/:id/replies?limit=50'],
  },
  { path: '/meetups', module: './features/meetups/meetups-page.tsx', reads: [] },
  { path: '/meetups/:id', module: './features/meetups/meetup-page.tsx', reads: [] },
  {
    path: '/chat/:roomId?',
    module: './features/chat/chat-page.tsx',
    reads: ['/api/rooms', '/api/rooms/:roomId/messages'],
  },
  {
    path: '/notifications',
    module: './features/notifications/notifications-page.tsx',
    reads: [],
  },
] as const;

export type FirstPagePath = (typeof firstPages)[number]['path'];
