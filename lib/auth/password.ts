// Password hashing with argon2id (the library's default algorithm), and a check that takes as long
// for an unknown user as for a known one, so response times do not reveal which usernames exist.
import { hash, hashSync, verify } from "@node-rs/argon2";

export { MIN_PASSWORD_LENGTH } from "./password-policy";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function hashPasswordSync(password: string): string {
  return hashSync(password);
}

let dummyHash: string | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    dummyHash ??= hashSync("not a real password");
    await verify(dummyHash, password);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
