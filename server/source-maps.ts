/**
 * Source-mapped stack traces, off in the server unless asked for.
 *
 * tsx turns them on, and the Neo4j driver reads a stack trace for every query
 * it runs (so that an error carries the caller's stack): mapped through the
 * source maps, that read cost the server 0.1–0.4 ms of CPU per query on this
 * project's 2-core VM, 1.6 ms for a depth-2 neighbourhood (bench fix 38). Node's
 * documentation of --enable-source-maps warns of the same cost. Stack traces
 * still name the function and file; their line numbers are tsx's output.
 */

/** Whether Node was started with --enable-source-maps (argv or NODE_OPTIONS). */
export function sourceMapsAsked(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].includes('--enable-source-maps');
}

/** Turns source-mapped stack traces off unless Node was started with --enable-source-maps. */
export function sourceMapsOnlyWhenAsked(): boolean {
  const keep = sourceMapsAsked();
  if (!keep) process.setSourceMapsEnabled(false);
  return keep;
}
