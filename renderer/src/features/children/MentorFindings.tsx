/**
 * The mentor check of the location (spec/master-data.md "A mentor"): the children without a mentor
 * or with one who no longer works in their group, each a link to the child, where the mentor is chosen.
 */
import { AlertTriangle } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentorOverview } from '../../../../shared/contract/mentorViews';
import { api } from '../../api/client';
import { navigate } from '../../app/navigation';

export function MentorFindings({ locationId, version }: { locationId: string; version: unknown }) {
  const { t } = useTranslation();
  const [overview, setOverview] = useState<MentorOverview | null>(null);
  useEffect(() => {
    let live = true;
    void api['children.mentors']({ locationId }).then((r) => live && setOverview(r.ok ? r.value : null));
    return () => {
      live = false;
    };
  }, [locationId, version]);
  if (!overview || overview.findings.length === 0) return null;
  return (
    <div className="warning cp-mentor-findings" role="note" aria-label={t('mentor.list.title', { count: overview.findings.length })}>
      <AlertTriangle aria-hidden size={18} />
      <div>
        <strong>{t('mentor.list.title', { count: overview.findings.length })}</strong>{' '}
        <span className="small">{t('mentor.list.body')}</span>
        <ul className="cp-mentor-list">
          {overview.findings.map((f) => (
            <li key={f.childId}>
              <a
                href={`#/children?child=${encodeURIComponent(f.childId)}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate('children', { child: f.childId });
                }}
              >
                {f.childName}
              </a>{' '}
              <span className="small muted">
                ({f.groupNames.join(', ')}: {t(`mentor.short.${f.kind}`, { name: f.mentorName ?? '' })})
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
