/** Shortest password accepted for a new account. */
export const MIN_PASSWORD_LENGTH = 8;
