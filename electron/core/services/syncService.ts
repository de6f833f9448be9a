/**
 * Sync as the manager sees it: status, "sync now", enrolling this desk with a hub, and the list
 * of changes the hub refused.
 */
import os from 'node:os';
import { apiError, apiOk } from '../../../shared/contract/errors';
import { checkHubUrl } from '../../../shared/sync/hubUrl';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../handlers';
import { readMeta } from '../store/repositories/metaRepository';
import { HubClient } from '../sync/hubClient';
import { openRejections, readEnrolment, resolveRejection, writeEnrolment } from '../sync/syncRepository';

export function syncService(
  ctx: CoreContext,
): HandlersOf<'sync.status' | 'sync.now' | 'sync.enrol' | 'sync.rejections' | 'sync.resolveRejection'> {
  return {
    'sync.status': async () => apiOk(ctx.sync.status()),

    'sync.now': async () => apiOk(await ctx.sync.syncNow()),

    'sync.enrol': async ({ hubUrl: typedUrl, code, deskName }) => {
      const checkedUrl = checkHubUrl(typedUrl);
      if (!checkedUrl.ok) return apiError('validation_failed', checkedUrl.message, { rule: checkedUrl.rule, params: checkedUrl.params });
      const hubUrl = checkedUrl.value;
      if (readEnrolment(ctx.db)) return apiError('conflict', 'Deze desk is al gekoppeld aan een hub.', { rule: 'sync.already_enrolled' });
      if (readMeta(ctx.db, 'dataset') === 'demo' || !ctx.store.isEmpty() || ctx.mutations.pendingCount() > 0) {
        return apiError(
          'conflict',
          'Koppelen aan een hub kan alleen met een lege Opvangdesk (zonder demo- of eigen gegevens). Kies een nieuwe gegevensmap.',
          {
            rule: 'sync.enrol_needs_empty_store',
          },
        );
      }
      const answer = await new HubClient(hubUrl, null, ctx.clock).enrol({ code: code.toUpperCase(), deskName: deskName || os.hostname() });
      if (!answer.ok) {
        const { failure } = answer;
        if (failure.kind === 'refused') return apiError(failure.error.code, failure.error.message, { rule: 'sync.enrol_refused' });
        return apiError('unavailable', `De hub is niet bereikbaar (${failure.message}).`);
      }
      ctx.credentials.save(answer.value.credential);
      writeEnrolment(ctx.db, {
        hubUrl,
        deviceId: answer.value.deviceId,
        organisationId: answer.value.organisationId,
        locationIds: answer.value.locationIds,
      });
      ctx.log.info({ hubUrl, deviceId: answer.value.deviceId }, 'desk enrolled with hub');
      ctx.sync.start();
      return apiOk(ctx.sync.status());
    },

    'sync.rejections': async () => apiOk(openRejections(ctx.db)),

    'sync.resolveRejection': async ({ seq }) => {
      const resolved = resolveRejection(ctx.db, seq, ctx.clock().toISOString());
      if (!resolved) return apiError('not_found', 'Deze melding bestaat niet of is al afgehandeld.');
      ctx.emit({ type: 'syncStatus', status: ctx.sync.status() });
      return apiOk({ resolved });
    },
  };
}
