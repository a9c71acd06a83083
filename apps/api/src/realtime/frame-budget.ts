/**
 * Token buckets of frames per member: a burst (a tab subscribing to all its rooms at once),
 * then a steady rate, however many sockets the member holds. Kept in memory per instance:
 * frames are cheap to count and a member's sockets mostly sit on one instance.
 */
export class FrameBudgets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes `cost` from the member's bucket; false, taking nothing, when it holds less. */
  spend(memberId: string, cost: number): boolean {
    const now = this.now();
    const bucket = this.buckets.get(memberId) ?? { tokens: this.burst, at: now };
    bucket.tokens = this.refilled(bucket, now);
    bucket.at = now;
    this.buckets.set(memberId, bucket);
    if (bucket.tokens < cost) return false;
    bucket.tokens -= cost;
    return true;
  }

  /** Forgets full buckets, which hold nothing a fresh one would not. */
  prune() {
    const now = this.now();
    for (const [memberId, bucket] of this.buckets) {
      if (this.refilled(bucket, now) >= this.burst) this.buckets.delete(memberId);
    }
  }

  get size() {
    return this.buckets.size;
  }

  private refilled(bucket: { tokens: number; at: number }, now: number) {
    return Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
  }
}
