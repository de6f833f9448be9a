import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsView } from '../../../../shared/contract/settingsViews';
import type { Notice } from '../../app/NoticeLine';
import { LocationFields } from './LocationFields';
import { checkLocationDraft, locationDraftOf } from './locationDraft';
import { save } from './settingsStore';
import { useDraftForm } from './useDraftForm';

/** Locatie: the location's own facts, saved together (location.update.v2: the code too). */
export function LocationSection({ view, onNotice }: { view: SettingsView; onNotice: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const form = useDraftForm(locationDraftOf(view.location), checkLocationDraft);
  const [busy, setBusy] = useState(false);
  const { reset } = form;
  // what was saved (here, or synced in) becomes the form's new starting point; a reload that
  // changed nothing here (a group saved) keeps what is being typed
  const saved = JSON.stringify(view.location);
  useEffect(() => reset(locationDraftOf(JSON.parse(saved))), [saved, reset]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const values = form.submit();
    if (!values) return onNotice({ kind: 'error', key: 'settings.location.fix' });
    setBusy(true);
    const error = await save('location.update.v2', { ...values, locationId: view.location.id });
    setBusy(false);
    onNotice(error ? { kind: 'error', error } : { kind: 'success', key: 'settings.location.saved', params: { location: values.name } });
  };

  return (
    <section className="card st-section" aria-labelledby="st-location-title">
      <h2 id="st-location-title">{t('settings.location.title')}</h2>
      <form className="st-form" onSubmit={(e) => void submit(e)} noValidate>
        <LocationFields draft={form.draft} set={form.set} touch={form.touch} errorOf={form.errorOf} />
        <p className="st-hint">{t('settings.location.units', { units: unitsOf(view) })}</p>
        <div className="st-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('settings.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The location's units (KDV, BSO) follow from the care types of its open groups. */
function unitsOf(view: SettingsView): string {
  const units = [...new Set(view.groups.filter((g) => g.closedFrom === null).map((g) => g.careType))].sort();
  return units.length > 0 ? units.join(', ') : '–';
}
