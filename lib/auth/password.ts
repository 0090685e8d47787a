import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id with OWASP's recommended minimum (19 MiB memory, 2 passes, 1 lane): ~40 ms per hash on this
 * machine, slow enough to make offline guessing expensive, fast enough for sign-in bursts.
 */
const PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, PARAMS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

/** Verifying against a dummy hash when the email is unknown keeps response time from revealing accounts. */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password');
  await verifyPassword(await dummyHash, password);
}
