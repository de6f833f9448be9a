import { useTranslation } from 'react-i18next';
import type { Page } from '../../app/navigation';

/** The screens of later issues, named in the menu so managers see where the desk is going. */
export function ComingSoonPage({ page }: { page: Page }) {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('comingSoon.title', { page: t(`nav.${page}`) })}</h1>
      <p className="muted">{t('comingSoon.body')}</p>
    </section>
  );
}
