/**
 * Text that is safe to print. Names and free text reach letters, minutes, annexes and reports, where a
 * hidden character can do harm: a right-to-left override (U+202E) shows "PT Maju 0021" as "PT Maju 1200"
 * on paper while the data says otherwise, an isolate or embedding reorders a number beside a name, a
 * NUL or another control character breaks a line or a cell, and an emoji prints as an empty box (every
 * document is set in Roboto, which has no emoji; the four signs below are the exceptions it does have).
 * So they are taken out at the door, once, by this one function: the list readers (every cell read as
 * text, with a warning on the row that carried one) and the contract's free-text inputs (its
 * `textLine`/`textBlock` schemas).
 *
 * Taken out:
 * - control characters: C0 (U+0000–U+001F) and DEL, C1 (U+0080–U+009F); tab and line breaks become a
 *   space in a one-line field and stay (as "\n" and tab) in free text that may have lines;
 * - bidirectional embeddings, overrides and isolates: U+202A–U+202E, U+2066–U+2069;
 * - the left-to-right, right-to-left and Arabic letter marks (U+200E, U+200F, U+061C), except in text
 *   that holds right-to-left letters (Arabic, Hebrew, ...), where they carry meaning;
 * - invisible joiners and word joiners (U+200B–U+200D, U+2060, U+FEFF) and the line and paragraph
 *   separators U+2028/U+2029 (a line break where lines are allowed);
 * - emoji: pictographs with their variation selectors, skin tones, keycap marks, flags and tags. Kept:
 *   © ® ™ ‼, which Roboto prints. An emoji is no part of a legal name, and a box in a letter to an
 *   employer reads as a damaged name; the list's own file still has it, and the warning names the row.
 */

const ALWAYS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B\\u200C\\u2060\\uFEFF\\u{E0020}-\\u{E007F}';
/** Characters that combine with the one before (joiner, variation selectors, keycap): alternatives, not a class. */
const COMBINING = '\\u200D|\\uFE0E|\\uFE0F|\\u20E3';
const MARKS = '\\u200E\\u200F\\u061C';
/** Emoji: pictographs (less the four Roboto has), skin-tone modifiers and regional-indicator letters (flags). */
const EMOJI = '(?:(?![\\u00A9\\u00AE\\u203C\\u2122])\\p{Extended_Pictographic}|\\p{Emoji_Modifier}|\\p{Regional_Indicator})';

/** A character cleanText takes out (the marks only where no right-to-left letter gives them meaning). */
const REMOVABLE = new RegExp(`[${ALWAYS}${MARKS}]|${COMBINING}|${EMOJI}`, 'u');
const ALWAYS_REMOVED = new RegExp(`[${ALWAYS}]|${COMBINING}|${EMOJI}`, 'u');
const REMOVE = new RegExp(`[${ALWAYS}]|${COMBINING}|${EMOJI}`, 'gu');
const REMOVE_MARKS = new RegExp(`[${MARKS}]`, 'gu');
const BREAKS = /[\t\n\r\u2028\u2029]/;
const BLOCK_BREAKS = /[\r\u2028\u2029]/;
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;

export interface CleanOptions {
  /** Free text that may have lines (a note, an address block): tab and line breaks are kept. */
  multiline?: boolean;
}

/** Whether cleanText takes a character out of the text (line breaks, which only become spaces, do not count). */
export function hasUnsafeText(text: string): boolean {
  return REMOVABLE.test(text) && (ALWAYS_REMOVED.test(text) || !RIGHT_TO_LEFT.test(text));
}

/**
 * The text without the characters above. In a one-line field, line breaks and tabs become spaces and
 * the spaces an emoji or a control character stood between are folded into one.
 */
export function cleanText(text: string, options: CleanOptions = {}): string {
  if (!REMOVABLE.test(text) && !(options.multiline ? BLOCK_BREAKS : BREAKS).test(text)) return text;
  let out = text.replace(REMOVE, '');
  if (!RIGHT_TO_LEFT.test(out)) out = out.replace(REMOVE_MARKS, '');
  if (options.multiline) return out.replace(/\r\n?|\u2028|\u2029/g, '\n').replace(/ {2,}/g, ' ').replace(/ +$/gm, '');
  return out.replace(/[\t\n\r\u2028\u2029]/g, ' ').replace(/ {2,}/g, ' ').trim();
}
