/**
 * Retention (issue 15, AVG): the mutation log keeps every mutation's name, device, actor, times and
 * outcome for the audit, but its arguments (names, phone numbers, health notes) only as long as the
 * rows they wrote are kept (shared/domain/retention). After that the hub's retention run replaces
 * `args` by a marker and the reason by its code and rule, and stamps `anonymised_at`.
 *
 * The log stays append-only otherwise: the trigger of 001 is replaced by one that lets exactly this
 * one change through (once, every other column unchanged) and still refuses any other UPDATE, every
 * DELETE and TRUNCATE. A partial index keeps the daily run's search for rows still to anonymise cheap.
 */
import type { Migration } from './index';

/** What `args` holds once anonymised. */
export const ANONYMISED_ARGS = { anonymised: true } as const;

export const retentionMutationLog: Migration = {
  version: 10,
  name: 'retention: mutation log arguments anonymised',
  sql: `
ALTER TABLE mutation_log ADD COLUMN anonymised_at timestamptz;
CREATE INDEX mutation_log_not_anonymised ON mutation_log (applied_at) WHERE anonymised_at IS NULL;

CREATE OR REPLACE FUNCTION mutation_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND OLD.anonymised_at IS NULL AND NEW.anonymised_at IS NOT NULL
     AND NEW.args = '${JSON.stringify(ANONYMISED_ARGS)}'::jsonb
     AND NEW.device_id = OLD.device_id AND NEW.mutation_id = OLD.mutation_id AND NEW.name = OLD.name
     AND NEW.actor = OLD.actor AND NEW.hlc = OLD.hlc AND NEW.created_at = OLD.created_at
     AND NEW.status = OLD.status AND NEW.applied_at = OLD.applied_at
     AND NEW.reason IS NOT DISTINCT FROM (CASE WHEN OLD.reason IS NULL THEN NULL
       ELSE jsonb_build_object('code', OLD.reason -> 'code', 'rule', OLD.reason -> 'rule', 'message', NEW.reason -> 'message') END)
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'mutation_log is append-only';
END
$$;
`,
};
