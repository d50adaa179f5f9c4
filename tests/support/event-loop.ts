/**
 * How many turns the event loop takes while `work` runs: none when the work
 * holds the loop from start to end, as one synchronous pass does.
 */
export async function turnsDuring<T>(
  work: () => Promise<T>,
): Promise<{ turns: number; result: T }> {
  let turns = 0;
  let counting = true;
  const count = () => {
    turns++;
    if (counting) setImmediate(count);
  };
  setImmediate(count);
  try {
    const result = await work();
    return { turns, result };
  } finally {
    counting = false;
  }
}
