import { Trash2, UserPlus } from 'lucide-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import type { ChildHealthView } from '../../../../shared/contract/childrenViews';
import type { ApiError } from '../../../../shared/contract/errors';
import type { ChildDetail } from '../../../../shared/contract/views';
import { checkChildFields, checkContactFields, checkHealthFields, type FieldErrors } from '../../../../shared/domain/masterData/childRules';
import type { EmergencyContact, Guardian } from '../../../../shared/model/masterDataRows';
import { api } from '../../api/client';
import { Modal } from '../../app/Modal';
import { ErrorState, Loading } from '../../app/StateViews';
import type { Language } from '../../i18n';
import { CheckField, FieldStateContext, FormSection, TextField, useFieldError } from './FormFields';
import { planText } from './planLanguage';

type Health = Omit<ChildHealthView, 'childId'>;

/** What the form holds: the child, its contacts (GP as two strings: both empty is no GP) and its health notes. */
type Draft = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  externalId: string;
  guardians: Guardian[];
  emergencyContacts: EmergencyContact[];
  gpName: string;
  gpPhone: string;
  school: string;
  health: Health;
};

const NO_HEALTH: Health = { allergies: '', diet: '', medication: '', notes: '' };
const newGuardian = (first: boolean): Guardian => ({
  id: uuidv7(),
  name: '',
  relation: '',
  phone: '',
  email: '',
  parentalAuthority: first,
  contractParent: first,
});

function draftOf(detail: ChildDetail | null, health: Health): Draft {
  const contacts = detail?.contacts;
  return {
    firstName: detail?.firstName ?? '',
    lastName: detail?.lastName ?? '',
    dateOfBirth: detail?.dateOfBirth ?? '',
    externalId: detail?.externalId ?? '',
    // A new child starts with one guardian to fill in; a child without contacts yet with none.
    guardians: contacts ? contacts.guardians : detail ? [] : [newGuardian(true)],
    emergencyContacts: contacts?.emergencyContacts ?? [],
    gpName: contacts?.gp?.name ?? '',
    gpPhone: contacts?.gp?.phone ?? '',
    school: contacts?.school ?? '',
    health,
  };
}

const trimmed = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])) as T;

function contactsOf(d: Draft) {
  const gp = d.gpName.trim() === '' && d.gpPhone.trim() === '' ? null : { name: d.gpName.trim(), phone: d.gpPhone.trim() };
  return { guardians: d.guardians.map(trimmed), emergencyContacts: d.emergencyContacts.map(trimmed), gp, school: d.school.trim() };
}

const childOf = (d: Draft) => ({
  firstName: d.firstName.trim(),
  lastName: d.lastName.trim(),
  dateOfBirth: d.dateOfBirth,
  externalId: d.externalId.trim() === '' ? null : d.externalId.trim(),
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * "Nieuw kind" (no `detail`) or editing a child: names, date of birth, kindnummer, guardians,
 * emergency contacts, GP, school and health notes. Every field is checked as it is typed with the
 * master-data rules; a new child is made with `child.create` in one step, an edit saves only what
 * changed (`child.update`, `child.setContacts`, `child.setHealth`).
 */
export function ChildForm({
  detail,
  locationId,
  today,
  onDone,
  onCancel,
}: {
  detail: ChildDetail | null;
  locationId: string;
  today: string;
  /** After saving: the child's id and whether it is new. */
  onDone: (childId: string, name: string, created: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [health, setHealth] = useState<Health | null>(detail ? null : NO_HEALTH);
  const [loadError, setLoadError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (!detail) return;
    void api['children.health']({ childId: detail.childId }).then((r) => {
      if (r.ok) {
        const { childId: _, ...notes } = r.value;
        setHealth(notes);
      } else setLoadError(r.error);
    });
  }, [detail]);

  const title = detail ? t('childEdit.editTitle', { name: detail.name }) : t('childEdit.newTitle');
  return (
    <Modal title={title} className="ce-dialog" onCancel={onCancel}>
      {loadError ? (
        <ErrorState error={loadError} />
      ) : health === null ? (
        <Loading />
      ) : (
        <ChildFormBody
          detail={detail}
          locationId={locationId}
          today={today}
          initial={draftOf(detail, health)}
          onDone={onDone}
          onCancel={onCancel}
        />
      )}
    </Modal>
  );
}

function ChildFormBody({
  detail,
  locationId,
  today,
  initial,
  onDone,
  onCancel,
}: {
  detail: ChildDetail | null;
  locationId: string;
  today: string;
  initial: Draft;
  onDone: (childId: string, name: string, created: boolean) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [draft, setDraft] = useState<Draft>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  // What is saved is checked: an edit that leaves the contacts as they were (a child whose
  // guardians are not recorded yet) saves the rest without them.
  const errors: FieldErrors = useMemo(
    () => ({
      ...checkChildFields(draft, today),
      ...(detail && same(contactsOf(draft), contactsOf(initial)) ? {} : checkContactFields(contactsOf(draft))),
      ...checkHealthFields(draft.health),
    }),
    [draft, today, detail, initial],
  );
  const fieldState = useMemo(
    () => ({
      errors,
      shown: (path: string) => submitted || touched.has(path),
      touch: (path: string) => setTouched((s) => (s.has(path) ? s : new Set(s).add(path))),
    }),
    [errors, submitted, touched],
  );
  const errorCount = Object.keys(errors).length;

  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const setGuardian = (i: number, change: Partial<Guardian>) =>
    setDraft((d) => ({ ...d, guardians: d.guardians.map((g, j) => (j === i ? { ...g, ...change } : g)) }));
  const setContact = (i: number, change: Partial<EmergencyContact>) =>
    setDraft((d) => ({ ...d, emergencyContacts: d.emergencyContacts.map((c, j) => (j === i ? { ...c, ...change } : c)) }));
  const setHealthNote = (key: keyof Health) => (value: string) => setDraft((d) => ({ ...d, health: { ...d.health, [key]: value } }));

  const mutate = async (name: Parameters<typeof api.mutate>[0]['name'], args: unknown): Promise<boolean> => {
    const result = await api.mutate({ name, args });
    if (!result.ok) setError(result.error);
    return result.ok;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (errorCount > 0) return;
    setBusy(true);
    setError(null);
    const child = childOf(draft);
    const contacts = contactsOf(draft);
    const healthNotes = trimmed(draft.health);
    const name = `${child.firstName} ${child.lastName}`;
    if (!detail) {
      const id = uuidv7();
      const created = await mutate('child.create', { ...child, id, locationId, familyId: uuidv7(), contacts, health: healthNotes });
      setBusy(false);
      if (created) onDone(id, name, true);
      return;
    }
    // One change for what was edited (all kept or none); contact details alone go through
    // child.setContacts, which an assistant may do too.
    const changed = {
      ...(same(child, childOf(initial)) ? {} : { fields: child }),
      ...(same(contacts, contactsOf(initial)) ? {} : { contacts }),
      ...(same(healthNotes, trimmed(initial.health)) ? {} : { health: healthNotes }),
    };
    const onlyContacts = changed.contacts !== undefined && Object.keys(changed).length === 1;
    const saved =
      Object.keys(changed).length === 0 ||
      (onlyContacts
        ? await mutate('child.setContacts', { ...contacts, childId: detail.childId })
        : await mutate('child.edit', { ...changed, childId: detail.childId }));
    setBusy(false);
    if (saved) onDone(detail.childId, name, false);
  };

  return (
    <FieldStateContext.Provider value={fieldState}>
      <form
        className="ce-form"
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-label={detail ? t('childEdit.edit') : t('childEdit.newChild')}
      >
        <p className="muted small">{t('childEdit.keyboardHint')}</p>
        <FormSection title={t('childEdit.section.child')}>
          <div className="ce-grid">
            <TextField
              label={t('childEdit.field.firstName')}
              path="firstName"
              value={draft.firstName}
              onChange={set('firstName')}
              required
              autoFocus
            />
            <TextField label={t('childEdit.field.lastName')} path="lastName" value={draft.lastName} onChange={set('lastName')} required />
            <TextField
              label={t('childEdit.field.dateOfBirth')}
              path="dateOfBirth"
              type="date"
              value={draft.dateOfBirth}
              onChange={set('dateOfBirth')}
              required
            />
            <TextField label={t('childEdit.field.externalId')} path="externalId" value={draft.externalId} onChange={set('externalId')} />
          </div>
        </FormSection>

        <FormSection title={t('childEdit.section.guardians')}>
          {draft.guardians.map((g, i) => {
            const label = g.name.trim() || t('childEdit.guardian', { n: i + 1 });
            return (
              <div key={g.id} className="ce-person" role="group" aria-label={t('childEdit.guardian', { n: i + 1 })}>
                <div className="ce-grid">
                  <TextField
                    label={t('childEdit.field.name')}
                    path={`guardians.${i}.name`}
                    value={g.name}
                    onChange={(v) => setGuardian(i, { name: v })}
                    required
                  />
                  <TextField
                    label={t('childEdit.field.relation')}
                    path={`guardians.${i}.relation`}
                    value={g.relation}
                    onChange={(v) => setGuardian(i, { relation: v })}
                  />
                  <TextField
                    label={t('childEdit.field.phone')}
                    path={`guardians.${i}.phone`}
                    type="tel"
                    value={g.phone}
                    onChange={(v) => setGuardian(i, { phone: v })}
                  />
                  <TextField
                    label={t('childEdit.field.email')}
                    path={`guardians.${i}.email`}
                    type="email"
                    value={g.email}
                    onChange={(v) => setGuardian(i, { email: v })}
                  />
                </div>
                <div className="ce-person-row">
                  <CheckField
                    label={t('childEdit.field.parentalAuthority')}
                    checked={g.parentalAuthority}
                    onChange={(v) => {
                      setGuardian(i, { parentalAuthority: v });
                      fieldState.touch('guardians');
                    }}
                  />
                  <CheckField
                    label={t('childEdit.field.contractParent')}
                    checked={g.contractParent}
                    onChange={(v) => setGuardian(i, { contractParent: v })}
                  />
                  {draft.guardians.length > 1 && (
                    <button
                      type="button"
                      className="ce-remove"
                      onClick={() => setDraft((d) => ({ ...d, guardians: d.guardians.filter((_, j) => j !== i) }))}
                    >
                      <Trash2 aria-hidden size={14} />
                      {t('childEdit.remove', { what: label })}
                    </button>
                  )}
                </div>
              </div>
            );
          })}
          <ListError path="guardians" />
          <button type="button" onClick={() => setDraft((d) => ({ ...d, guardians: [...d.guardians, newGuardian(false)] }))}>
            <UserPlus aria-hidden size={15} />
            {t('childEdit.addGuardian')}
          </button>
        </FormSection>

        <FormSection title={t('childEdit.section.emergency')}>
          {draft.emergencyContacts.map((c, i) => (
            <div key={i} className="ce-person" role="group" aria-label={t('childEdit.contact', { n: i + 1 })}>
              <div className="ce-grid ce-grid-3">
                <TextField
                  label={t('childEdit.field.name')}
                  path={`emergencyContacts.${i}.name`}
                  value={c.name}
                  onChange={(v) => setContact(i, { name: v })}
                  required
                />
                <TextField
                  label={t('childEdit.field.relation')}
                  path={`emergencyContacts.${i}.relation`}
                  value={c.relation}
                  onChange={(v) => setContact(i, { relation: v })}
                />
                <TextField
                  label={t('childEdit.field.phone')}
                  path={`emergencyContacts.${i}.phone`}
                  type="tel"
                  value={c.phone}
                  onChange={(v) => setContact(i, { phone: v })}
                />
              </div>
              <button
                type="button"
                className="ce-remove"
                onClick={() => setDraft((d) => ({ ...d, emergencyContacts: d.emergencyContacts.filter((_, j) => j !== i) }))}
              >
                <Trash2 aria-hidden size={14} />
                {t('childEdit.remove', { what: c.name.trim() || t('childEdit.contact', { n: i + 1 }) })}
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() => setDraft((d) => ({ ...d, emergencyContacts: [...d.emergencyContacts, { name: '', relation: '', phone: '' }] }))}
          >
            <UserPlus aria-hidden size={15} />
            {t('childEdit.addContact')}
          </button>
        </FormSection>

        <FormSection title={`${t('childEdit.section.gp')} · ${t('childEdit.section.school')}`}>
          <div className="ce-grid ce-grid-3">
            <TextField label={t('childEdit.field.gpName')} path="gp.name" value={draft.gpName} onChange={set('gpName')} />
            <TextField label={t('childEdit.field.gpPhone')} path="gp.phone" type="tel" value={draft.gpPhone} onChange={set('gpPhone')} />
            <TextField label={t('childEdit.field.school')} path="school" value={draft.school} onChange={set('school')} />
          </div>
        </FormSection>

        <FormSection title={t('childEdit.section.health')} hint={t('childEdit.healthHint')}>
          <div className="ce-grid">
            <TextField
              label={t('childEdit.field.allergies')}
              path="allergies"
              multiline
              value={draft.health.allergies}
              onChange={setHealthNote('allergies')}
            />
            <TextField
              label={t('childEdit.field.medication')}
              path="medication"
              multiline
              value={draft.health.medication}
              onChange={setHealthNote('medication')}
            />
            <TextField label={t('childEdit.field.diet')} path="diet" multiline value={draft.health.diet} onChange={setHealthNote('diet')} />
            <TextField
              label={t('childEdit.field.notes')}
              path="notes"
              multiline
              value={draft.health.notes}
              onChange={setHealthNote('notes')}
            />
          </div>
        </FormSection>

        {submitted && errorCount > 0 && (
          <p className="ce-error" role="alert">
            {t('childEdit.fixFields', { count: errorCount })}
          </p>
        )}
        {error && (
          <p className="ce-error" role="alert">
            {planText(error, language)}
          </p>
        )}
        <div className="ce-actions">
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('childEdit.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('childEdit.busy') : detail ? t('childEdit.save') : t('childEdit.create')}
          </button>
        </div>
      </form>
    </FieldStateContext.Provider>
  );
}

/** A rule about a whole list (a guardian with parental authority), shown under it. */
function ListError({ path }: { path: string }) {
  const error = useFieldError(path);
  return error ? (
    <p className="ce-error" role="alert">
      {error}
    </p>
  ) : null;
}
