import { Eye, EyeOff } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildHealthView } from '../../../../shared/contract/childrenViews';
import type { ApiError } from '../../../../shared/contract/errors';
import type { ChildDetail } from '../../../../shared/contract/views';
import { api } from '../../api/client';
import { ErrorState } from '../../app/StateViews';

/** The child's guardians (with parental authority and contract parent marked), emergency contacts, GP, school and kindnummer. */
export function ContactsCard({ detail }: { detail: ChildDetail }) {
  const { t } = useTranslation();
  const contacts = detail.contacts;
  const tel = (phone: string) => (phone ? <a href={`tel:${phone.replace(/[^+\d]/g, '')}`}>{phone}</a> : null);
  return (
    <section className="cp-section" aria-labelledby="contacts-title">
      <h3 id="contacts-title">{t('childEdit.contacts.title')}</h3>
      {!contacts || contacts.guardians.length === 0 ? (
        <p className="muted small">{t('childEdit.contacts.none')}</p>
      ) : (
        <ul className="ce-people">
          {contacts.guardians.map((g) => (
            <li key={g.id}>
              <strong>{g.name}</strong>
              {g.relation && <span className="muted"> · {g.relation}</span>}
              <div className="ce-tags">
                {g.parentalAuthority && <span className="tag">{t('childEdit.contacts.authority')}</span>}
                {g.contractParent && <span className="tag">{t('childEdit.contacts.contractParent')}</span>}
              </div>
              <div className="small">
                {tel(g.phone)}
                {g.phone && g.email && ' · '}
                {g.email && <a href={`mailto:${g.email}`}>{g.email}</a>}
              </div>
            </li>
          ))}
        </ul>
      )}
      {contacts && (
        <dl className="ce-facts small">
          {contacts.emergencyContacts.length > 0 && (
            <div>
              <dt>{t('childEdit.contacts.emergency')}</dt>
              <dd>
                {contacts.emergencyContacts.map((c, i) => (
                  <span key={i}>
                    {i > 0 && '; '}
                    {c.name}
                    {c.relation && ` (${c.relation})`} {tel(c.phone)}
                  </span>
                ))}
              </dd>
            </div>
          )}
          {contacts.gp && (
            <div>
              <dt>{t('childEdit.contacts.gp')}</dt>
              <dd>
                {contacts.gp.name} {tel(contacts.gp.phone)}
              </dd>
            </div>
          )}
          {contacts.school && (
            <div>
              <dt>{t('childEdit.contacts.school')}</dt>
              <dd>{contacts.school}</dd>
            </div>
          )}
          {detail.externalId && (
            <div>
              <dt>{t('childEdit.contacts.externalId')}</dt>
              <dd>{detail.externalId}</dd>
            </div>
          )}
        </dl>
      )}
    </section>
  );
}

/**
 * The child's health notes (special category data under the AVG): hidden until asked for, then
 * read from the core on their own (`children.health`); the allergy and medication banner is in
 * the header anyway.
 */
export function HealthCard({ detail }: { detail: ChildDetail }) {
  const { t } = useTranslation();
  const [health, setHealth] = useState<ChildHealthView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [open, setOpen] = useState(false);
  const show = async () => {
    setOpen(true);
    const result = await api['children.health']({ childId: detail.childId });
    if (result.ok) setHealth(result.value);
    else setError(result.error);
  };
  const notes = health ? (['allergies', 'medication', 'diet', 'notes'] as const).filter((k) => health[k] !== '') : [];
  return (
    <section className="cp-section" aria-labelledby="health-title">
      <div className="cp-section-head">
        <h3 id="health-title">{t('childEdit.health.title')}</h3>
        <button type="button" aria-expanded={open} onClick={() => (open ? (setOpen(false), setHealth(null)) : void show())}>
          {open ? <EyeOff aria-hidden size={15} /> : <Eye aria-hidden size={15} />}
          {open ? t('childEdit.health.hide') : t('childEdit.health.show')}
        </button>
      </div>
      <p className="muted small">{t('childEdit.healthHint')}</p>
      {open && error && <ErrorState error={error} />}
      {open && !health && !error && <p className="muted small">{t('childEdit.health.loading')}</p>}
      {open &&
        health &&
        (notes.length === 0 ? (
          <p className="muted small">{t('childEdit.health.none')}</p>
        ) : (
          <dl className="ce-facts">
            {notes.map((k) => (
              <div key={k}>
                <dt>{t(`childEdit.field.${k}`)}</dt>
                <dd>{health[k]}</dd>
              </div>
            ))}
          </dl>
        ))}
    </section>
  );
}
