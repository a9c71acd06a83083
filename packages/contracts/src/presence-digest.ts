// A short digest of a set of member ids, for a tab that reconnects to say which online list it
// already holds: when the server's list is the same, the `hello` leaves the list out. A network
// of thousands online sends tens of kilobytes per `hello`, and a dropped connection (a blip, a
// phone changing networks) comes back to the same list within the presence grace.
//
// The digest does not depend on the order of the ids, and the server works it out once per
// version of the list it holds, with a member who is not on it yet added in constant time. It is
// no secret and guards nothing: a digest that matches by chance leaves one tab showing a stale
// list (until its next hello that brings the list whole), and a tab only ever describes its own.

/** FNV-1a over a string's UTF-16 code units, from `basis`: 32 bits. */
function fnv1a(text: string, basis: number): number {
  let hash = basis;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const FIRST_BASIS = 0x811c9dc5;
// Its two lowest bits differ from the first's: FNV-1a's lowest bits depend on the basis's alone.
const SECOND_BASIS = 0x6a09e667;

/** The parts of a digest: how many ids, and two sums of their hashes (mod 2^32). */
export class PresenceDigest {
  private count = 0;
  private first = 0;
  private second = 0;

  constructor(ids: Iterable<string> = []) {
    for (const id of ids) this.add(id);
  }

  add(id: string): this {
    this.count += 1;
    this.first = (this.first + fnv1a(id, FIRST_BASIS)) >>> 0;
    this.second = (this.second + fnv1a(id, SECOND_BASIS)) >>> 0;
    return this;
  }

  /** The digest with `id` added, leaving this one as it is. */
  with(id: string): string {
    const copy = new PresenceDigest();
    copy.count = this.count;
    copy.first = this.first;
    copy.second = this.second;
    return copy.add(id).toString();
  }

  toString(): string {
    const hex = (value: number) => value.toString(16).padStart(8, '0');
    return `${this.count.toString(36)}.${hex(this.first)}${hex(this.second)}`;
  }
}

/** The digest of a set of ids, whatever their order. */
export const presenceDigest = (ids: Iterable<string>): string => new PresenceDigest(ids).toString();

/** The longest digest (a count below 36^8 members): the query parameter's limit. */
export const PRESENCE_DIGEST_MAX = 8 + 1 + 16;
