import type { ClientFrame } from '@praxis/contracts/realtime';

/**
 * The pages a tab follows live, counted: two components on one thread follow it once, and it is
 * unfollowed when the last one goes. After a reconnection every topic is followed again.
 */
export class TopicFollows {
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly transmit: (frame: ClientFrame) => void,
    private readonly ready: () => boolean,
  ) {}

  add(topic: string) {
    const count = this.counts.get(topic) ?? 0;
    this.counts.set(topic, count + 1);
    if (count === 0 && this.ready()) this.transmit({ type: 'follow', topic });
  }

  remove(topic: string) {
    const count = this.counts.get(topic) ?? 0;
    if (count > 1) {
      this.counts.set(topic, count - 1);
      return;
    }
    this.counts.delete(topic);
    if (count === 1 && this.ready()) this.transmit({ type: 'unfollow', topic });
  }

  has(topic: string) {
    return this.counts.has(topic);
  }

  resume() {
    for (const topic of this.counts.keys()) this.transmit({ type: 'follow', topic });
  }
}
