import { PresenceDigest } from '@praxis/contracts/presence-digest';
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
 * a change heard late may have left); changes heard during a read are applied over what it found.
 */
export class OnlineRoster {
  private members: Set<string> | null = null;
  /** The list last given out; the next change makes a new one. */
  private list: OnlineList | null = null;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private heardDuringRead: PresenceChange[][] | null = null;

  /** `read` finds everyone others may see online, from the database. */
  constructor(private readonly read: () => Promise<Set<string>>) {}

  /** Everyone online now; the first call reads the list. */
  async shown(): Promise<OnlineList> {
    while (!this.members) await (this.reading ?? this.startReading());
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
      this.members = found;
      this.list = null;
    } finally {
      this.heardDuringRead = null;
    }
  }
}

function applyChanges(members: Set<string>, changes: PresenceChange[]) {
  for (const { memberId, online } of changes) {
    if (online) members.add(memberId);
    else members.delete(memberId);
  }
}
