interface Waiting<Item, Answer> {
  item: Item;
  resolve(answer: Answer): void;
  reject(error: unknown): void;
}

/**
 * Calls that may share one database round trip: `run` answers a batch of items, one answer
 * each, in order. A call made while no batch runs starts one at once, alone, so it waits no
 * longer than before; the calls made while a batch runs wait for its end and then go together in
 * the next. Under load the batches grow by themselves: a thousand tabs reconnecting at once make
 * a handful of batches, not a thousand statements queued behind the pool. One batch runs at a
 * time, and a failed batch fails each of its calls.
 */
export function batchWhileBusy<Item, Answer>(
  run: (items: Item[]) => Promise<Answer[]>,
  onIdle?: () => void,
) {
  let waiting: Waiting<Item, Answer>[] = [];
  let busy = false;

  async function runBatch() {
    const batch = waiting;
    waiting = [];
    try {
      const answers = await run(batch.map((call) => call.item));
      for (const [index, call] of batch.entries()) call.resolve(answers[index] as Answer);
    } catch (error) {
      for (const call of batch) call.reject(error);
    }
    if (waiting.length > 0) void runBatch();
    else {
      busy = false;
      onIdle?.();
    }
  }

  return (item: Item) =>
    new Promise<Answer>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (busy) return;
      busy = true;
      void runBatch();
    });
}

/**
 * `batchWhileBusy` for each key apart (a room, a topic): calls for different keys never wait for
 * each other. A key's batcher is forgotten once it has nothing to do.
 */
export function batchByKeyWhileBusy<Key, Item, Answer>(
  run: (key: Key, items: Item[]) => Promise<Answer[]>,
) {
  const byKey = new Map<Key, ReturnType<typeof batchWhileBusy<Item, Answer>>>();
  return (key: Key, item: Item): Promise<Answer> => {
    let batcher = byKey.get(key);
    if (!batcher) {
      batcher = batchWhileBusy<Item, Answer>(
        (items) => run(key, items),
        () => byKey.delete(key),
      );
      byKey.set(key, batcher);
    }
    return batcher(item);
  };
}
