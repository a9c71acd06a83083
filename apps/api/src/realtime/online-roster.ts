import { PresenceDigest } from '@praxis/contracts/presence-digest';
import { PROTOCOL_VERSION } from '@praxis/contracts/realtime';
import type { PresenceChange } from './presence.ts';

/** Who is online at one moment: shared by every `hello` written from it, never changed. */
export class OnlineList {
  private json: string | null = null;
  private digest: PresenceDigest | null = null;

  constructor(readonly members: ReadonlySet<string>) {}

  /** The digest of the list `jsonWith(memberId)` gives: a tab holding it needs no copy. */
  digestWith(memberId: string): string {
    this.digest ??= new PresenceDigest(this.members);
    return this.members.has(memberId) ? this.digest.toString() : this.digest.with(memberId);
  }

  /**
   * The `hello` frame for a socket of `memberId`, whose tab says it holds the list of digest
   * `onlineDigest`, if any: the list is left out when the tab holds this very list.
   */
  helloFor(memberId: string, onlineDigest: string | undefined): string {
    const hello = `{"type":"hello","protocol":${PROTOCOL_VERSION},"memberId":${JSON.stringify(memberId)}`;
    if (onlineDigest !== undefined && onlineDigest === this.digestWith(memberId))
      return `${hello}}`;
    // Written around the online list's JSON, made once for every socket.
    return `${hello},"online":${this.jsonWith(memberId)}}`;
  }

  /** The list with `memberId` first if it does not hold them yet, as a JSON array. */
  jsonWith(memberId: string): string {
    this.json ??= JSON.stringify([...this.members]);
    if (this.members.has(memberId)) return this.json;
    const first = JSON.stringify(memberId);
    return this.members.size === 0 ? `[${first}]` : `[${first},${this.json.slice(1)}`;
  }
}

/**
 * The online list an instance holds, kept as its tabs keep theirs: read once, then changed by
 * the presence frames every tab receives. A `hello` takes it as it stands, so a storm of
 * reconnecting tabs reads no table for it (before, each batch of hellos read the whole list
 * twice, two statements of as many rows as members online). It is read again when asked to
 * (after the bus was cut off, when changes may have been missed, and now and then to mend what
 * a change heard late may have left); changes heard during a read are applied over what it found,
 * and what a read finds that the tabs were not told of is told to them.
 */
export class OnlineRoster {
  private members: Set<string> | null = null;
  /** The list last given out; the next change makes a new one. */
  private list: OnlineList | null = null;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private heardDuringRead: PresenceChange[][] | null = null;

  constructor(
    /** Finds everyone others may see online, from the database. */
    private readonly read: () => Promise<Set<string>>,
    /** Told what a read found that the tabs were not told of (a change missed or heard late). */
    private readonly corrected: (changes: PresenceChange[]) => void = () => {},
  ) {}

  /** Everyone online now; the first call reads the list. */
  async shown(): Promise<OnlineList> {
    while (!this.members) {
      try {
        await (this.reading ?? this.startReading());
      } catch (error) {
        // A read asked for after the first may fail once the first has found the list.
        if (!this.members) throw error;
      }
    }
    this.list ??= new OnlineList(this.members);
    return this.list;
  }

  /** Changes every tab is being told of. */
  heard(changes: PresenceChange[]) {
    this.heardDuringRead?.push(changes);
    if (!this.members) return;
    // A list given out is never changed: the changes go to a copy.
    if (this.list) {
      this.members = new Set(this.members);
      this.list = null;
    }
    applyChanges(this.members, changes);
  }

  /**
   * Reads the list again if one is held or being read (an instance no tab greeted yet holds
   * none). A read under way may have started before what was missed: another follows it.
   */
  refresh(): Promise<void> {
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    return this.members ? this.startReading() : Promise.resolve();
  }

  private startReading(): Promise<void> {
    const reading = (async () => {
      try {
        do {
          this.readAgain = false;
          await this.readAndApply();
        } while (this.readAgain);
      } finally {
        this.reading = null;
      }
    })();
    this.reading = reading;
    return reading;
  }

  private async readAndApply() {
    const heard: PresenceChange[][] = [];
    this.heardDuringRead = heard;
    try {
      const found = await this.read();
      for (const changes of heard) applyChanges(found, changes);
      const before = this.members;
      this.members = found;
      this.list = null;
      if (before) {
        const corrections = differences(before, found);
        if (corrections.length > 0) this.corrected(corrections);
      }
    } finally {
      this.heardDuringRead = null;
    }
  }
}

/** What turns `before` into `after`, as presence changes. */
function differences(before: ReadonlySet<string>, after: ReadonlySet<string>): PresenceChange[] {
  const changes: PresenceChange[] = [];
  for (const memberId of after) if (!before.has(memberId)) changes.push({ memberId, online: true });
  for (const memberId of before)
    if (!after.has(memberId)) changes.push({ memberId, online: false });
  return changes;
}

function applyChanges(members: Set<string>, changes: PresenceChange[]) {
  for (const { memberId, online } of changes) {
    if (online) members.add(memberId);
    else members.delete(memberId);
  }
}
