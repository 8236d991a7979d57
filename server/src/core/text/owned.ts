/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 makes a slice, a trim
 * or a regex capture of 13 characters or more a view of the whole string: a heading's title or a
 * field's value cut from a 3 MB document would keep that version of the document alive as long as
 * what was read is kept. A JSON round trip makes one flat string of the piece alone, where a slice
 * of a joined copy would keep a view as well as the copy.
 */
export const ownedCopy = (text: string): string => (text.length < SLICE_MIN ? text : (JSON.parse(JSON.stringify(text)) as string));

/** Below this length V8 copies a slice rather than keep a view (`SlicedString::kMinLength`). */
const SLICE_MIN = 13;
