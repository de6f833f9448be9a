/**
 * Who works at the desk now. A desk that is not enrolled with a hub (demo, or before setup)
 * belongs to its location manager; an enrolled desk needs a hub account signed in (online once,
 * then also offline until the hub's session allows), and every mutation records that person and
 * the hub session (server/src/auth/userSessions.ts) the hub will take them from.
 */
import type { SessionInfo, SignedInUser } from '../../shared/contract/views';
import type { Actor } from '../../shared/model/roles';

export const LOCAL_MANAGER: Actor = { userId: 'local-manager', role: 'manager', name: 'Locatiemanager' };

/** What a change or command made before hub sessions names: well-formed, never issued, so the hub refuses it visibly. */
export const NO_HUB_SESSION = 'made-before-hub-sessions-existed-0000000000';

export class Session {
  private user: SignedInUser | null = null;
  private hubSession: string | null = null;
  private lastNotice: string | null = null;

  constructor(private readonly isEnrolled: () => boolean) {}

  signInRequired(): boolean {
    return this.isEnrolled();
  }

  /** The person changes are made as, or null when someone must sign in first. */
  actor(): Actor | null {
    if (!this.isEnrolled()) return LOCAL_MANAGER;
    return this.user ? { userId: this.user.userId, role: this.user.role, name: this.user.name } : null;
  }

  /** The hub session changes are made under now (null on a desk without hub, or nobody signed in). */
  sessionId(): string | null {
    return this.isEnrolled() ? this.hubSession : null;
  }

  current(): SignedInUser | null {
    return this.isEnrolled() ? this.user : null;
  }

  /** What the renderer is told (auth.session, the `session` event). */
  info(): SessionInfo {
    return { signInRequired: this.signInRequired(), user: this.current(), notice: this.lastNotice };
  }

  signIn(user: SignedInUser, hubSession: string): void {
    this.user = user;
    this.hubSession = hubSession;
    this.lastNotice = null;
  }

  signOut(notice: string | null = null): void {
    this.user = null;
    this.hubSession = null;
    this.lastNotice = notice;
  }
}
