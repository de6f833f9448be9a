/**
 * Security-critical commands (sync.md: "device revocation go[es] first in the queue and [is]
 * retried at a short fixed interval"): the sync engine hands them the hub client before it pushes
 * the outbox in every round, and while any is undelivered it runs its next round after `retryMs`
 * at the latest, whatever the backoff says. The device revocation queue
 * (electron/core/devices/deviceCommands.ts) is the one implementation.
 */
import type { HubClient, HubFailure } from './hubClient';

export interface PriorityCommands {
  /** How soon to try again while something is undelivered. */
  readonly retryMs: number;
  /** Commands waiting for the hub's confirmation. */
  undelivered(): number;
  /**
   * Delivers what is waiting, in order. A failure the round must stop on (hub unreachable, this
   * desk revoked) is returned; a command the hub refuses for good is kept as refused, not returned.
   */
  deliver(client: HubClient): Promise<HubFailure | null>;
}
