import type pg from 'pg';

/** The tables the fill writes most into: their secondary indexes are built once, at the end. */
const BULK_TABLES = [
  'members',
  'threads',
  'replies',
  'helpful_marks',
  'thread_readers',
  'messages',
  'message_reactions',
  'room_members',
  'rsvps',
  'notifications',
];

/**
 * Drops the indexes of the bulk tables that back no constraint (so primary keys and unique
 * constraints keep guarding the rows) and returns their definitions, exactly as the migrations
 * made them, to build again with `restoreIndexes`: one sorted build is far faster than a
 * million GIN and B-tree insertions. A unique index built afterwards still checks every row.
 */
export async function dropBulkIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select i.relname as name, pg_get_indexdef(i.oid) as definition
     from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
     where t.relnamespace = 'public'::regnamespace and t.relname = any($1)
       and not exists (select 1 from pg_constraint c where c.conindid = i.oid)
     order by t.relname, i.relname`,
    [BULK_TABLES],
  );
  for (const { name } of rows) await client.query(`drop index "${name}"`);
  return rows.map((row) => row.definition);
}

export async function restoreIndexes(client: pg.Client, definitions: string[]) {
  for (const definition of definitions) await client.query(definition);
}
