import {
  ChevronDown,
  ChevronRight,
  CircleCheck,
  CircleMinus,
  Euro,
  Flag,
  Info,
  MessageSquareWarning,
  TriangleAlert,
  Undo2,
} from 'lucide-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LatePickupItem, LatePickupStageView, LatePickupStatusView } from '../../../../shared/contract/views';
import { formatDay, formatMoney } from '../../i18n/format';
import { formatTime } from '../../../../shared/domain/time/timeOfDay';
import type { Language } from '../../i18n';
import { FollowUpPanel } from './FollowUpPanel';
import { lineText } from './latePickupLanguage';

const STAGE_ICON: Record<LatePickupStageView, typeof Info> = {
  not_counted: CircleMinus,
  registered: Info,
  warning: TriangleAlert,
  flat_fine: Euro,
  per_hour_fine: Euro,
};

const STATUS_ICON: Record<LatePickupStatusView, typeof Info | null> = {
  registered: null,
  disputed: MessageSquareWarning,
  confirmed: CircleCheck,
  withdrawn: Undo2,
};

/** The stage as an icon and a word (colour is never the only signal). */
export function StageBadge({ stage }: { stage: LatePickupStageView }) {
  const { t } = useTranslation();
  const Icon = STAGE_ICON[stage];
  return (
    <span className={`lp-badge lp-stage-${stage}`}>
      <Icon aria-hidden size={14} />
      {t(`latePickups.stage.${stage}`)}
    </span>
  );
}

export function StatusBadge({ item }: { item: Pick<LatePickupItem, 'status' | 'fine'> }) {
  const { t } = useTranslation();
  const Icon = STATUS_ICON[item.status];
  const fine = t(`latePickups.fine.${item.fine.state}`);
  return (
    <span className="lp-status">
      <span className={`lp-badge lp-status-${item.status}`}>
        {Icon && <Icon aria-hidden size={14} />}
        {t(`latePickups.status.${item.status}`)}
      </span>
      {fine && <span className={`lp-fine lp-fine-${item.fine.state}`}>{fine}</span>}
    </span>
  );
}

/**
 * Registrations with their count, stage, amount and the rule in words; a row opens its follow-up.
 * The child's name opens the child's year.
 */
export function LatePickupTable({
  items,
  caption,
  today,
  onOpenChild,
  showChild = true,
}: {
  items: readonly LatePickupItem[];
  caption: string;
  today: string;
  onOpenChild?: (childId: string) => void;
  showChild?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [open, setOpen] = useState<string | null>(null);
  const columns = showChild ? 9 : 8;

  return (
    <table className="lp-table">
      <caption className="lp-sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('latePickups.list.date')}</th>
          {showChild && <th scope="col">{t('latePickups.list.child')}</th>}
          <th scope="col">{t('latePickups.list.times')}</th>
          <th scope="col" className="num">
            {t('latePickups.list.late')}
          </th>
          <th scope="col" className="num">
            {t('latePickups.list.count')}
          </th>
          <th scope="col">{t('latePickups.list.stage')}</th>
          <th scope="col" className="num">
            {t('latePickups.list.amount')}
          </th>
          <th scope="col">{t('latePickups.list.status')}</th>
          <th scope="col">
            <span className="lp-sr-only">{t('latePickups.list.more')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const expanded = open === item.id;
          const rules = item.lines.filter((l) => l.rule !== 'late_pickup.structural_case');
          return (
            <Fragment key={item.id}>
              <tr className={item.status === 'withdrawn' ? 'is-withdrawn' : undefined}>
                <td className="nowrap">{formatDay(item.date, language)}</td>
                {showChild && (
                  <td>
                    {onOpenChild ? (
                      <button
                        type="button"
                        className="link-button lp-child-link"
                        onClick={() => onOpenChild(item.childId)}
                        title={t('latePickups.list.openChild', { name: item.childName })}
                      >
                        {item.childName}
                      </button>
                    ) : (
                      item.childName
                    )}
                    <span className="muted small lp-group">{item.groupName}</span>
                  </td>
                )}
                <td className="nowrap tabular">
                  {formatTime(item.contractedEnd)} · {formatTime(item.pickupTime)}
                </td>
                <td className="num tabular nowrap">{t('latePickups.list.minutes', { count: item.minutesLate })}</td>
                <td className="num tabular">{item.count > 0 ? t('latePickups.list.nth', { count: item.count }) : '–'}</td>
                <td>
                  <StageBadge stage={item.stage} />
                  {item.structural && item.status !== 'withdrawn' && (
                    <span className={item.conversation ? 'lp-badge lp-structural-done' : 'lp-badge lp-structural'}>
                      <Flag aria-hidden size={14} />
                      {t('latePickups.structural')}
                    </span>
                  )}
                  <ul className="lp-rules">
                    {rules.map((l, i) => (
                      <li key={i}>{lineText(l, language)}</li>
                    ))}
                    {item.structuralCase && !item.conversation && (
                      <li className="lp-structural-text">{t('latePickups.structuralOpen', { count: item.count })}</li>
                    )}
                  </ul>
                </td>
                <td className="num tabular nowrap">{item.fineCents > 0 ? formatMoney(item.fineCents, language) : '–'}</td>
                <td>
                  <StatusBadge item={item} />
                </td>
                <td>
                  <button
                    type="button"
                    className="lp-more"
                    aria-expanded={expanded}
                    aria-label={t('latePickups.list.moreLabel', { name: item.childName, date: formatDay(item.date, language) })}
                    onClick={() => setOpen(expanded ? null : item.id)}
                  >
                    {expanded ? <ChevronDown aria-hidden size={16} /> : <ChevronRight aria-hidden size={16} />}
                    {t('latePickups.list.more')}
                  </button>
                </td>
              </tr>
              {expanded && (
                <tr className="lp-expanded">
                  <td colSpan={columns}>
                    <FollowUpPanel item={item} today={today} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
