/** The API's limit on the part a professional plays in a case team. */
export const PART_MAX_LENGTH = 100;
