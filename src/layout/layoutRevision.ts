/**
 * Bumped whenever the layout code (runLayout.ts and what it calls) places nodes differently for
 * the same input: it is part of a layout file's key (layoutFile.ts), so files made by older code
 * are stale and made again, rather than kept because the graph did not change. A module of its
 * own so the app's entry reads it without loading the layout code.
 */
export const LAYOUT_REVISION = 2;
