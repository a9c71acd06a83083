import { AccessibilityContact } from '@praxis/contracts/accessibility';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The accessibility statement's contact, public: people who cannot sign in need it most. */
export const accessibilityRoutes: FastifyPluginAsyncZod<{ contact: string | null }> = async (
  app,
  { contact },
) => {
  app.get(
    '/api/accessibility/contact',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getAccessibilityContact',
        tags: ['accessibility'],
        summary: 'Where to send feedback on the accessibility of Praxis',
        response: { 200: AccessibilityContact },
      },
    },
    async () => ({ email: contact }),
  );
};
