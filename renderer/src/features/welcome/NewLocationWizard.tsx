import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import type { ApiError } from '../../../../shared/contract/errors';
import { checkOrganisationName } from '../../../../shared/domain/masterData/organisationRules';
import type { RuleFailure } from '../../../../shared/result';
import { useAppStore } from '../../app/appStore';
import { navigate, type Page } from '../../app/navigation';
import type { Language } from '../../i18n';
import { ageRangeText } from '../settings/ageText';
import { TextField } from '../settings/Field';
import { GroupForm } from '../settings/GroupForm';
import { emptyGroupDraft } from '../settings/groupDraft';
import { LocationFields } from '../settings/LocationFields';
import {
  checkLocationDraft,
  emptyLocationDraft,
  type LocationDraft,
  type LocationField,
  type LocationValues,
} from '../settings/locationDraft';
import '../settings/settings.css';
import { settingsText } from '../settings/settingsText';
import { save, useSettingsStore } from '../settings/settingsStore';
import { useDraftForm } from '../settings/useDraftForm';
import { useNewLocationFlow, type NewLocationStep } from './newLocationFlow';

const STEPS: readonly NewLocationStep[] = ['location', 'groups', 'next'];

/**
 * "Nieuwe locatie": a first start without demo data, in three steps: the organisation and its
 * location (organisation.setUp, as `desk setup` does), its groups (at least one, the same form as
 * Instellingen → Groepen), then on to an import from the back office or typing the children in.
 */
export function NewLocationWizard() {
  const { t } = useTranslation();
  const step = useNewLocationFlow((s) => s.step) ?? 'location';
  return (
    <main className="welcome st-wizard" id="content">
      <h1>{t('settings.newLocation.title')}</h1>
      <ol className="st-steps" aria-label={t('settings.newLocation.stepsLabel')}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            {t('settings.newLocation.stepOf', { n: i + 1, name: t(`settings.newLocation.steps.${s}`) })}
          </li>
        ))}
      </ol>
      {step === 'location' && <LocationStep />}
      {step === 'groups' && <GroupsStep />}
      {step === 'next' && <NextStep />}
    </main>
  );
}

type SetUpDraft = LocationDraft & { organisation: string };
type SetUpField = LocationField | 'organisation';

function checkSetUp(draft: SetUpDraft) {
  const organisation = checkOrganisationName(draft.organisation);
  const location = checkLocationDraft(draft);
  const errors: Partial<Record<SetUpField, RuleFailure>> = { ...location.errors };
  if (!organisation.ok) errors.organisation = organisation;
  const value: (LocationValues & { organisation: string }) | null =
    organisation.ok && location.value ? { ...location.value, organisation: organisation.value } : null;
  return { errors, value };
}

function LocationStep() {
  const { t, i18n } = useTranslation();
  const load = useAppStore((s) => s.load);
  const { created, cancel } = useNewLocationFlow();
  const form = useDraftForm<SetUpDraft, SetUpField, LocationValues & { organisation: string }>(
    { ...emptyLocationDraft, organisation: '' },
    checkSetUp,
  );
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const values = form.submit();
    if (!values) return;
    const { organisation, ...location } = values;
    const locationId = uuidv7();
    setBusy(true);
    const error = await save('organisation.setUp', {
      organisation: { id: uuidv7(), name: organisation },
      location: { ...location, id: locationId, address: null },
    });
    setBusy(false);
    setRefusal(error);
    if (error) return;
    created(locationId);
    await load();
  };

  return (
    <form className="st-form card st-section" onSubmit={(e) => void submit(e)} noValidate>
      <p>{t('settings.newLocation.locationIntro')}</p>
      <TextField
        label={t('settings.newLocation.organisation')}
        hint={t('settings.newLocation.organisationHint')}
        value={form.draft.organisation}
        error={form.errorOf('organisation')}
        onBlur={() => form.touch('organisation')}
        onValue={(v) => form.set('organisation', v)}
        required
        maxLength={200}
        autoComplete="organization"
        autoFocus
      />
      <LocationFields draft={form.draft} set={form.set} touch={form.touch} errorOf={form.errorOf} withAddress={false} />
      {refusal && (
        <p className="st-error" role="alert">
          {settingsText(refusal, i18n.language as Language)}
        </p>
      )}
      <div className="st-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('settings.newLocation.createLocation')}
        </button>
        <button type="button" onClick={cancel}>
          {t('settings.newLocation.back')}
        </button>
      </div>
    </form>
  );
}

function GroupsStep() {
  const { t } = useTranslation();
  const { locationId, to } = useNewLocationFlow();
  const { view, load } = useSettingsStore();
  const [added, setAdded] = useState<string | null>(null);
  useEffect(() => {
    if (locationId) void load(locationId);
  }, [locationId, load]);
  const groups = view && view.location.id === locationId ? view.groups : [];

  return (
    <div className="card st-section">
      <p>{t('settings.newLocation.groupsIntro')}</p>
      {groups.length > 0 && (
        <ul className="st-group-list" aria-label={t('settings.newLocation.groupsSoFar')}>
          {groups.map((g) => (
            <li key={g.id}>
              <strong>{g.name}</strong> <span className={`tag tag-${g.careType}`}>{g.careType}</span>{' '}
              {t('settings.newLocation.groupLine', { ages: ageRangeText(g.ageMinMonths, g.ageMaxMonths, t), places: g.capacity })}
            </li>
          ))}
        </ul>
      )}
      <p className="st-notice st-notice-success" role="status">
        {added ? t('settings.groups.created', { group: added }) : '\u00a0'}
      </p>
      <h2>{t('settings.newLocation.addGroup')}</h2>
      <GroupForm
        initial={emptyGroupDraft()}
        submitLabel={t('settings.newLocation.addGroupButton')}
        onSubmit={async (values) => {
          const error = await save('group.create.v2', { ...values, id: uuidv7(), locationId });
          if (!error) {
            setAdded(values.name);
            if (locationId) await load(locationId);
          }
          return error;
        }}
      />
      <div className="st-actions st-wizard-next">
        <button type="button" className="primary" disabled={groups.length === 0} onClick={() => to('next')}>
          {t('settings.newLocation.toNext')}
        </button>
        {groups.length === 0 && <span className="st-hint">{t('settings.newLocation.atLeastOne')}</span>}
      </div>
    </div>
  );
}

function NextStep() {
  const { t } = useTranslation();
  const finish = useNewLocationFlow((s) => s.finish);
  const go = (page: Page) => {
    finish();
    navigate(page);
  };
  return (
    <div className="card st-section">
      <p>{t('settings.newLocation.nextIntro')}</p>
      <div className="st-choices">
        {/* The import page is built beside this one (issue 14); until it is there, the desk opens on its default page. */}
        <button type="button" className="primary" onClick={() => go('import' as Page)}>
          {t('settings.newLocation.import')}
        </button>
        <button type="button" onClick={() => go('children')}>
          {t('settings.newLocation.typeIn')}
        </button>
      </div>
      <p className="muted">{t('settings.newLocation.later')}</p>
    </div>
  );
}
