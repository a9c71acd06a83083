import { memberDataExports } from '@praxis/db/schema/data-rights';
import { type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';
import { deleteExportsOf } from './data-rights.repository.ts';

/** The exports the member (or an admin for them) asked for, without their zips. */
export const dataRightsMemberData: MemberDataArea = {
  name: 'data-exports',
  columns: ['member_data_exports.member_id', 'member_data_exports.requested_by_id'],
  export: async (db, memberId) => ({
    tables: await rowsNaming(db, memberId, [
      [memberDataExports, memberDataExports.memberId],
      [memberDataExports, memberDataExports.requestedById],
    ]),
  }),
  erase: (tx, memberId) => deleteExportsOf(tx, memberId),
};
