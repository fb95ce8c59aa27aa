/** Size limit of map files, apart from the parser so screens can check it without loading validation. */

/** Files over 50 MiB are refused before parsing. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
