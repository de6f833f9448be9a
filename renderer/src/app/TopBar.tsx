import { useTranslation } from 'react-i18next';
import { languages, rememberLanguage, type Language } from '../i18n';
import { useAppStore } from './appStore';

/** The location switcher and the language choice, above every screen. */
export function TopBar() {
  const { t, i18n } = useTranslation();
  const { locations, locationId, selectLocation } = useAppStore();
  return (
    <header className="topbar">
      <label className="field">
        <span>{t('location.label')}</span>
        <select value={locationId ?? ''} onChange={(e) => selectLocation(e.target.value)} disabled={locations.length === 0}>
          {locations.length === 0 && <option value="">{t('location.none')}</option>}
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('language.label')}</span>
        <select value={i18n.language} onChange={(e) => rememberLanguage(e.target.value as Language)}>
          {languages.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
