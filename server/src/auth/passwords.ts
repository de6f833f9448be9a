/**
 * People's passwords: argon2id with a per-hash salt (the PHC string carries the parameters).
 * A sign-in for an unknown email still verifies against a fixed dummy hash, so the answer takes
 * as long whether or not the email exists.
 */
import { hash, verify } from '@node-rs/argon2';

/** argon2id, 19 MiB, 2 passes: the OWASP baseline. */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/** False for a missing hash too (after the same work as a real check). */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    dummyHash ??= hash('opvangdesk-no-such-user', OPTIONS);
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
