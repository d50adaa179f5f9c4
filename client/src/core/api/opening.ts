/**
 * What the client asks for as it opens. The server warms these answers up
 * when it starts (server/warm-up), so they must stay the client's own.
 */

/** Nodes on the first screen: enough to orient, few enough to read. */
export const OVERVIEW_LIMIT = 90;
