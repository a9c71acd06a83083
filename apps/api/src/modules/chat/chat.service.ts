import type { Db } from '@praxis/db/client';
import { createMessagesService } from './messages.service.ts';
import { createReactionsService } from './reactions.service.ts';
import { createRoomsService } from './rooms.service.ts';

/**
 * Chat's rules as one service, so that the routes and the socket frames hold a single object
 * whichever of rooms or messages they ask about.
 */
export function createChatService(db: Db) {
  return {
    ...createRoomsService(db),
    ...createMessagesService(db),
    ...createReactionsService(db),
  };
}

export type ChatService = ReturnType<typeof createChatService>;
