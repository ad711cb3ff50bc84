/**
 * Function words of German and English, to tell a German text from an English one (none shared with French,
 * Portuguese…): makeDoc counts them among the first MARKS_WINDOW tokens, isGerman (german.ts) compares the counts.
 */
export const GERMAN_MARKS = 'der die und ist nicht dass sich dem mit von wird auch eine einer sie er hat sind war wurde';
export const ENGLISH_MARKS = 'the and of to is that with was for has will would not are this';
export const MARKS_WINDOW = 1500;
