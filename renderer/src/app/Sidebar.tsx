import {
  Baby,
  CalendarDays,
  ClipboardCheck,
  Clock,
  FileUp,
  Gauge,
  Inbox,
  RefreshCw,
  Settings,
  Sun,
  Tablet,
  Users,
  UsersRound,
  type LucideIcon,
} from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { navigate, pages, type Page } from './navigation';

const icons: Record<Page, LucideIcon> = {
  today: Sun,
  roster: CalendarDays,
  staff: UsersRound,
  children: Users,
  attendance: ClipboardCheck,
  ratio: Gauge,
  requests: Inbox,
  latePickups: Clock,
  devices: Tablet,
  sync: RefreshCw,
  settings: Settings,
  import: FileUp,
};

export function Sidebar({ current }: { current: Page }) {
  const { t } = useTranslation();
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="brand">
        <Baby aria-hidden size={22} />
        <span>{t('app.name')}</span>
      </div>
      <ul>
        {pages.map((page) => {
          const Icon = icons[page];
          return (
            <li key={page}>
              <a
                href={`#/${page}`}
                aria-current={page === current ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(page);
                }}
              >
                <Icon aria-hidden size={18} />
                <span>{t(`nav.${page}`)}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
