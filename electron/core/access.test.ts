import { describe, expect, it } from 'vitest';
import { accessRefusal } from './access';

describe('who may call what on a desk (access.ts)', () => {
  it('a desk without hub (demo, before enrolment) answers everything: it belongs to its location manager', () => {
    expect(accessRefusal('children.detail', { enrolled: false, signedIn: false, revoked: false })).toBeNull();
  });

  it('auth.signed_in: an enrolled desk with nobody signed in refuses reads and writes, but answers what the sign-in screen needs', () => {
    const nobody = { enrolled: true, signedIn: false, revoked: false };
    for (const method of ['children.list', 'children.detail', 'children.health', 'presence.export', 'staff.list', 'mutate'] as const) {
      expect(accessRefusal(method, nobody), method).toMatchObject({ code: 'unauthorized', rule: 'auth.signed_in' });
    }
    for (const method of ['app.info', 'auth.session', 'auth.signIn', 'sync.status', 'locations.list', 'update.status'] as const) {
      expect(accessRefusal(method, nobody), method).toBeNull();
    }
    expect(accessRefusal('children.list', { ...nobody, signedIn: true })).toBeNull();
  });

  it('desk.revoked: a revoked desk answers only what it needs to say so, whoever is signed in', () => {
    const revoked = { enrolled: true, signedIn: true, revoked: true };
    for (const method of ['children.list', 'mutate', 'auth.signIn', 'sync.now', 'staff.list'] as const) {
      expect(accessRefusal(method, revoked), method).toMatchObject({ code: 'forbidden', rule: 'desk.revoked' });
    }
    for (const method of ['app.info', 'locations.list', 'auth.session', 'sync.status', 'update.status'] as const) {
      expect(accessRefusal(method, revoked), method).toBeNull();
    }
  });
});
