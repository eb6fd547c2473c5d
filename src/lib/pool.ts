/**
 * Runs `task` over `items`, at most `limit` at a time: enough to keep both cores busy, few enough
 * not to open 20,000 files at once (EMFILE).
 */
export async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
