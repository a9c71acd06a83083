import type { ShowcaseItem, ShowcasePreview } from '@praxis/contracts/showcase';
import { showcaseItems } from '@praxis/db/schema/showcase';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { lessonsNetworkPerFile } from '../../testing/lessons-network.ts';
import { showcaseMemberData } from './showcase.member-data.ts';

const { t, n } = lessonsNetworkPerFile();

describe('a member’s showcase data', () => {
  it('exports their answers and requests; erasure leaves a published item naming only the others', async () => {
    const db = t.database.db;
    const { lesson } = await n.lessonQuotingBea('Named, then erased');
    const item = await n.ok<ShowcaseItem>(
      n.cookies.org,
      'POST',
      `/api/showcase/lessons/${lesson.id}`,
    );
    await n.ok(n.cookies.bea, 'PUT', `/api/showcase/items/${item.id}/consent`, { answer: 'name' });
    await n.ok(n.cookies.org, 'PUT', `/api/showcase/items/${item.id}/consent`, { answer: 'name' });

    const beas = await showcaseMemberData.export(db, n.people.bea.id);
    expect(beas.tables.showcase_credits).toEqual([
      expect.objectContaining({ itemId: item.id, role: 'source', answer: 'name' }),
    ]);
    const orgs = await showcaseMemberData.export(db, n.people.org.id);
    expect(orgs.tables.showcase_items?.map((row) => row.title)).toEqual(['Named, then erased']);

    await db.transaction((tx) => showcaseMemberData.erase(tx, n.people.bea.id, 'keep_posts'));
    const after = await n.ok<ShowcasePreview>(
      n.cookies.org,
      'GET',
      `/api/showcase/items/${item.id}`,
    );
    expect(after.item.status).toBe('published');
    expect(after.item.credits.map((credit) => credit.member.name)).toEqual(['Oli Organiser']);

    await db.transaction((tx) => showcaseMemberData.erase(tx, n.people.org.id, 'keep_posts'));
    const [row] = await db.select().from(showcaseItems).where(eq(showcaseItems.id, item.id));
    expect(row?.requestedById).toBeNull();
  });
});
