import type { AccountMember } from '@praxis/contracts/members';
import { CloseCode } from '@praxis/contracts/realtime';
import { describe, expect, it } from 'vitest';
import { Connection, type FrameSocket } from './connection.ts';
import { checkSessionsOf } from './session-checks.ts';

// The minute's check of every socket's session, over sockets in memory and a session lookup
// whose answers the test gives when it likes.

const member = (id: string, role: AccountMember['role'] = 'member'): AccountMember => ({
  id,
  email: `${id}@praxis.test`,
  name: id,
  role,
  locale: null,
});

function socketOf(who: AccountMember, token: string) {
  const closed: number[] = [];
  const socket: FrameSocket = {
    bufferedAmount: 0,
    send: () => {},
    close: (code) => closed.push(code),
  };
  const connection = new Connection(who, token, socket, {
    frameHandler: () => undefined,
    frameTypes: () => [],
    spend: () => true,
    onFailure: (error) => {
      throw error;
    },
    locale: () => 'en',
  });
  return { connection, closed };
}

describe('checking the sessions of open sockets', () => {
  it('asks for every session at once and each once, closes the sockets of one that ended, and gives the others their member as it is now', async () => {
    const ada = member('ada');
    const tabs = [
      socketOf(ada, 'ada-session'),
      socketOf(ada, 'ada-session'),
      socketOf(member('bo'), 'bo-session'),
      socketOf(member('cy'), 'cy-session'),
    ];
    const asked: string[] = [];
    const answers = new Map<string, (answer: AccountMember | null) => void>();
    const checking = checkSessionsOf(
      tabs.map((tab) => tab.connection),
      (token) => {
        asked.push(token);
        return new Promise((resolve) => answers.set(token, resolve));
      },
      (error) => {
        throw error;
      },
    );
    // Every lookup is asked before any is answered: they can go together.
    expect(asked).toEqual(['ada-session', 'bo-session', 'cy-session']);
    answers.get('cy-session')?.(member('cy'));
    answers.get('bo-session')?.(null);
    answers.get('ada-session')?.(member('ada', 'organiser'));
    await checking;

    expect(tabs.map((tab) => tab.connection.member.role)).toEqual([
      'organiser',
      'organiser',
      'member',
      'member',
    ]);
    expect(tabs.map((tab) => tab.closed)).toEqual([[], [], [CloseCode.sessionEnded], []]);
  });

  it('leaves the sockets of a session whose lookup failed as they were, reports it, and checks the others', async () => {
    const tabs = [socketOf(member('ada'), 'ada-session'), socketOf(member('bo'), 'bo-session')];
    const failures: unknown[] = [];
    await checkSessionsOf(
      tabs.map((tab) => tab.connection),
      async (token) => {
        if (token === 'ada-session') throw new Error('the database went away');
        return member('bo', 'admin');
      },
      (error) => failures.push(error),
    );
    expect(failures).toEqual([new Error('the database went away')]);
    expect(tabs.map((tab) => [tab.connection.member.role, tab.closed])).toEqual([
      ['member', []],
      ['admin', []],
    ]);
  });
});
