import { BadgeCheck, Pencil, Trash2, UserPlus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import type { ChildDetail, PickupPersonView } from '../../../../shared/contract/views';
import { formatInstant } from '../../i18n/format';
import type { Language } from '../../i18n';
import { useChildrenStore } from './childrenStore';

type Draft = { id: string | null; name: string; relation: string; phone: string; idChecked: boolean; note: string };
const EMPTY: Draft = { id: null, name: '', relation: '', phone: '', idChecked: false, note: '' };

/** Who may pick the child up: name, relation, phone, whether staff saw their ID. */
export function PickupPersonsCard({ detail }: { detail: ChildDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { run, say } = useChildrenStore.getState();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    const error = await run('pickupPerson.set', {
      id: draft.id ?? uuidv7(),
      locationId: detail.locationId,
      childId: detail.childId,
      name: draft.name,
      relation: draft.relation,
      phone: draft.phone,
      idChecked: draft.idChecked,
      note: draft.note,
    });
    if (error) return say({ kind: 'error', error });
    say({ kind: 'success', key: draft.id ? 'children.pickup.changed' : 'children.pickup.added', params: { name: draft.name } });
    setDraft(null);
  };

  const remove = async (p: PickupPersonView) => {
    const error = await run('pickupPerson.remove', { id: p.id });
    setConfirmRemove(null);
    say(error ? { kind: 'error', error } : { kind: 'success', key: 'children.pickup.removed', params: { name: p.name } });
  };

  const field = (key: 'name' | 'relation' | 'phone' | 'note', label: string, required = false) => (
    <label>
      <span>{label}</span>
      <input
        value={draft?.[key] ?? ''}
        required={required}
        type={key === 'phone' ? 'tel' : 'text'}
        onChange={(e) => setDraft((d) => (d ? { ...d, [key]: e.target.value } : d))}
      />
    </label>
  );

  return (
    <section className="cp-section" aria-labelledby="pickup-title">
      <div className="cp-section-head">
        <h3 id="pickup-title">{t('children.pickup.title')}</h3>
        {!draft && (
          <button type="button" onClick={() => setDraft(EMPTY)}>
            <UserPlus aria-hidden size={15} />
            {t('children.pickup.add')}
          </button>
        )}
      </div>
      {detail.pickupPersons.length === 0 ? (
        <p className="muted small">{t('children.pickup.none')}</p>
      ) : (
        <table className="cp-table">
          <thead>
            <tr>
              <th scope="col">{t('children.pickup.name')}</th>
              <th scope="col">{t('children.pickup.relation')}</th>
              <th scope="col">{t('children.pickup.phone')}</th>
              <th scope="col">{t('children.pickup.idChecked')}</th>
              <th scope="col">
                <span className="cp-sr-only">{t('children.pickup.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {detail.pickupPersons.map((p) => (
              <tr key={p.id}>
                <td>
                  {p.name}
                  {p.note && <div className="muted small">{p.note}</div>}
                </td>
                <td>{p.relation}</td>
                <td className="cp-phone">
                  <a href={`tel:${p.phone.replace(/[^+\d]/g, '')}`}>{p.phone}</a>
                </td>
                <td>
                  {p.idChecked ? (
                    <span
                      className="cp-yesno cp-yes"
                      title={
                        p.idCheckedAt
                          ? t('children.pickup.checkedBy', { name: p.idCheckedBy ?? '', when: formatInstant(p.idCheckedAt, language) })
                          : undefined
                      }
                    >
                      <BadgeCheck aria-hidden size={14} />
                      {t('children.yes')}
                    </span>
                  ) : (
                    <span className="cp-yesno cp-no">{t('children.no')}</span>
                  )}
                </td>
                <td className="cp-row-actions">
                  {confirmRemove === p.id ? (
                    <>
                      <button type="button" className="cp-danger" onClick={() => void remove(p)}>
                        {t('children.pickup.confirmRemove')}
                      </button>
                      <button type="button" onClick={() => setConfirmRemove(null)}>
                        {t('children.cancel')}
                      </button>
                    </>
                  ) : (
                    <>
                      <button
                        type="button"
                        aria-label={t('children.pickup.edit', { name: p.name })}
                        title={t('children.pickup.edit', { name: p.name })}
                        onClick={() =>
                          setDraft({ id: p.id, name: p.name, relation: p.relation, phone: p.phone, idChecked: p.idChecked, note: p.note })
                        }
                      >
                        <Pencil aria-hidden size={14} />
                      </button>
                      <button
                        type="button"
                        aria-label={t('children.pickup.remove', { name: p.name })}
                        title={t('children.pickup.remove', { name: p.name })}
                        onClick={() => setConfirmRemove(p.id)}
                      >
                        <Trash2 aria-hidden size={14} />
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {draft && (
        <form
          className="cp-form cp-form-grid"
          onSubmit={(e) => void save(e)}
          aria-label={t(draft.id ? 'children.pickup.editForm' : 'children.pickup.addForm')}
        >
          {field('name', t('children.pickup.name'), true)}
          {field('relation', t('children.pickup.relation'))}
          {field('phone', t('children.pickup.phone'), true)}
          {field('note', t('children.pickup.note'))}
          <label className="cp-check">
            <input type="checkbox" checked={draft.idChecked} onChange={(e) => setDraft({ ...draft, idChecked: e.target.checked })} />
            <span>{t('children.pickup.idCheckedLabel')}</span>
          </label>
          <div className="cp-form-buttons">
            <button type="submit" className="primary">
              {t('children.pickup.save')}
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              {t('children.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
