/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 makes a slice, a trim
 * or a regex capture of 13 characters or more a view of the whole string: a heading's title or a
 * field's value cut from a 3 MB document would keep that version of the document alive as long as
 * what was read is kept. Slicing a joined string makes V8 flatten the join into a new string of
 * the piece alone (plus the one space) and keep a view of that: one copy of the piece, ten times
 * cheaper than a JSON round trip (test/unit/owned.test.ts checks that the parent goes).
 */
export const ownedCopy = (text: string): string => (text.length < SLICE_MIN ? text : (' ' + text).slice(1));

/** Below this length V8 copies a slice rather than keep a view (`SlicedString::kMinLength`). */
const SLICE_MIN = 13;
