/**
 * Who works at the desk now. A desk that is not enrolled with a hub (demo, or before setup)
 * belongs to its location manager; an enrolled desk needs a hub account signed in (online once,
 * then also offline), and every mutation records that person.
 */
import type { SignedInUser } from '../../shared/contract/views';
import type { Actor } from '../../shared/model/roles';

export const LOCAL_MANAGER: Actor = { userId: 'local-manager', role: 'manager', name: 'Locatiemanager' };

export class Session {
  private user: SignedInUser | null = null;

  constructor(private readonly isEnrolled: () => boolean) {}

  signInRequired(): boolean {
    return this.isEnrolled();
  }

  /** The person changes are made as, or null when someone must sign in first. */
  actor(): Actor | null {
    if (!this.isEnrolled()) return LOCAL_MANAGER;
    return this.user ? { userId: this.user.userId, role: this.user.role, name: this.user.name } : null;
  }

  current(): SignedInUser | null {
    return this.isEnrolled() ? this.user : null;
  }

  signIn(user: SignedInUser): void {
    this.user = user;
  }

  signOut(): void {
    this.user = null;
  }
}
