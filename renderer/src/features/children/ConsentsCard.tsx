import { useTranslation } from 'react-i18next';
import type { ChildDetail } from '../../../../shared/contract/views';
import { useChildrenStore } from './childrenStore';

const KEYS = ['photos', 'trips', 'otherGroup'] as const;

/** The parents' consents: photos, trips, care in another group. A change is saved at once. */
export function ConsentsCard({ detail }: { detail: ChildDetail }) {
  const { t } = useTranslation();
  const { run, say } = useChildrenStore.getState();
  const current = detail.consents ?? { photos: false, trips: false, otherGroup: false };
  const toggle = async (key: (typeof KEYS)[number], value: boolean) => {
    const error = await run('consent.set', { id: detail.childId, locationId: detail.locationId, ...current, [key]: value });
    say(
      error
        ? { kind: 'error', error }
        : {
            kind: 'success',
            key: value ? 'children.consents.given' : 'children.consents.withdrawn',
            params: { what: { key: `children.consents.${key}` } },
          },
    );
  };
  return (
    <section className="cp-section" aria-labelledby="consents-title">
      <h3 id="consents-title">{t('children.consents.title')}</h3>
      {detail.consents === null && <p className="muted small">{t('children.consents.none')}</p>}
      <ul className="cp-consents">
        {KEYS.map((key) => (
          <li key={key}>
            <label>
              <input type="checkbox" checked={current[key]} onChange={(e) => void toggle(key, e.target.checked)} />
              <span>{t(`children.consents.${key}`)}</span>
              <span aria-hidden className={`cp-yesno ${current[key] ? 'cp-yes' : 'cp-no'}`}>
                {t(current[key] ? 'children.yes' : 'children.no')}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
