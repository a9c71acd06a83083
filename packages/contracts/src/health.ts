import { z } from 'zod';

export const HealthResponse = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['postgres', 'pglite']),
});
export type HealthResponse = z.infer<typeof HealthResponse>;
