/**
 * The child's mentor (spec/master-data.md "A mentor"): who it is, whether they still work in the
 * child's group, and a choice among the location's professionals, those who work in the child's
 * group first. The rule and its findings come from `children.mentors`; a change is saved at once.
 */
import { AlertTriangle } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentorOverview } from '../../../../shared/contract/mentorViews';
import type { ChildDetail } from '../../../../shared/contract/views';
import { api } from '../../api/client';
import { useChildrenStore } from './childrenStore';

export function MentorCard({ detail }: { detail: ChildDetail }) {
  const { t } = useTranslation();
  const [overview, setOverview] = useState<MentorOverview | null>(null);
  useEffect(() => {
    let live = true;
    void api['children.mentors']({ locationId: detail.locationId }).then((r) => live && setOverview(r.ok ? r.value : null));
    return () => {
      live = false;
    };
  }, [detail]);
  if (!overview) return null;

  const groupIds = new Set(detail.placements.filter((p) => p.status === 'active').map((p) => p.groupId));
  const inGroup = overview.candidates.filter((c) => c.groupIds.some((g) => groupIds.has(g)));
  const others = overview.candidates.filter((c) => !inGroup.includes(c));
  const current = overview.mentorOf[detail.childId] ?? '';
  const finding = overview.findings.find((f) => f.childId === detail.childId);
  const choose = async (staffId: string) => {
    const { run, say } = useChildrenStore.getState();
    const name = overview.candidates.find((c) => c.staffId === staffId)?.name ?? '';
    const error = await run('child.setMentor', { childId: detail.childId, staffId: staffId || null });
    say(error ? { kind: 'error', error } : { kind: 'success', key: staffId ? 'mentor.saved' : 'mentor.cleared', params: { name } });
  };
  return (
    <section className="cp-section" aria-labelledby="mentor-title">
      <h3 id="mentor-title">{t('mentor.title')}</h3>
      {finding && (
        <p className="warning small" role="note">
          <AlertTriangle aria-hidden size={15} /> {t(`mentor.finding.${finding.kind}`, { name: finding.mentorName ?? '' })}
        </p>
      )}
      <label className="cp-mentor">
        <span>{t('mentor.label')}</span>
        <select value={current} onChange={(e) => void choose(e.target.value)}>
          <option value="">{t('mentor.none')}</option>
          {inGroup.length > 0 && (
            <optgroup label={t('mentor.inGroup')}>
              {inGroup.map((c) => (
                <option key={c.staffId} value={c.staffId}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          )}
          {others.length > 0 && (
            <optgroup label={t('mentor.others')}>
              {others.map((c) => (
                <option key={c.staffId} value={c.staffId}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <p className="muted small">{t('mentor.rule')}</p>
    </section>
  );
}
