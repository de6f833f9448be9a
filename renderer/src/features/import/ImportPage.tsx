import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/contract/errors';
import type { ImportPreview, ImportResult } from '../../../../shared/contract/importViews';
import { normaliseHeading } from '../../../../shared/import/columns';
import { api } from '../../api/client';
import { useAppStore } from '../../app/appStore';
import { Empty, ErrorState } from '../../app/StateViews';
import { ConfirmStep } from './ConfirmStep';
import { FileStep } from './FileStep';
import type { ChosenFile } from './importFile';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ResultStep } from './ResultStep';
import './import.css';

type Step = 'file' | 'mapping' | 'preview' | 'confirm' | 'result';
const STEPS: Step[] = ['file', 'mapping', 'preview', 'confirm', 'result'];

/** Whether a preview has columns (or sheets) the manager could map. */
const needsMapping = (p: ImportPreview) => p.sheets.some((s) => s.kind === null || s.unrecognised.length > 0);

/**
 * Importeren: a back office's file into the chosen location, in steps: the file, the columns that
 * were not recognised, the preview (nothing changes yet), the confirmation, the result. The core
 * plans and checks everything (import.preview / import.apply); this screen only shows it.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const locationId = useAppStore((s) => s.locationId);
  const reloadApp = useAppStore((s) => s.load);
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [refused, setRefused] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  if (!locationId) return <Empty>{t('import.file.noLocation')}</Empty>;

  const input = (chosen: ChosenFile, map: Record<string, string>) => ({
    locationId,
    fileName: chosen.name,
    base64: chosen.base64,
    mapping: map,
  });

  async function runPreview(map: Record<string, string>, from: Step) {
    if (!file) return;
    setBusy(true);
    setError(null);
    const answer = await api['import.preview'](input(file, map));
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    const shown = answer.value;
    if (shown.rows.length === 0 && shown.summary.refused.length > 0 && !needsMapping(shown)) {
      setRefused(shown);
      return setStep('file');
    }
    setRefused(null);
    setPreview(shown);
    setStep(from === 'file' && needsMapping(shown) ? 'mapping' : shown.sheets.some((s) => s.kind === null) ? 'mapping' : 'preview');
  }

  async function apply() {
    if (!file || !preview) return;
    setBusy(true);
    setError(null);
    const answer = await api['import.apply']({ ...input(file, mapping), digest: preview.digest });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setResult(answer.value);
    setStep('result');
    void reloadApp();
  }

  /** Every column the mapping step showed: what was chosen, else skipped, so it is not asked again. */
  function completeMapping(): Record<string, string> {
    const shown = preview?.sheets.flatMap((s) => s.unrecognised.map(normaliseHeading)) ?? [];
    return { ...Object.fromEntries(shown.map((key) => [key, 'skip'])), ...mapping };
  }

  function restart() {
    setStep('file');
    setFile(null);
    setPreview(null);
    setRefused(null);
    setResult(null);
    setError(null);
  }

  return (
    <section className="page import-page" aria-labelledby="import-title">
      <div className="page-header">
        <div>
          <h1 id="import-title">{t('import.title')}</h1>
          <p className="muted">{t('import.subtitle')}</p>
        </div>
      </div>
      <ol className="import-steps" aria-label={t('import.steps.label')}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={STEPS.indexOf(step) > i ? 'done' : undefined}>
            <span className="import-step-number">{i + 1}</span>
            {t(`import.steps.${s}`)}
          </li>
        ))}
      </ol>
      {error && <ErrorState error={error} />}
      {step === 'file' && (
        <FileStep
          chosen={file}
          busy={busy}
          refused={refused}
          onChoose={(chosen) => {
            setFile(chosen);
            setRefused(null);
          }}
          onPreview={() => void runPreview(mapping, 'file')}
        />
      )}
      {step === 'mapping' && preview && (
        <MappingStep
          preview={preview}
          mapping={mapping}
          busy={busy}
          onChange={setMapping}
          onApply={() => {
            const complete = completeMapping();
            setMapping(complete);
            void runPreview(complete, 'mapping');
          }}
          onContinue={() => setStep('preview')}
        />
      )}
      {step === 'preview' && preview && (
        <PreviewStep
          preview={preview}
          canMap={needsMapping(preview)}
          onBack={restart}
          onMap={() => setStep('mapping')}
          onNext={() => setStep('confirm')}
        />
      )}
      {step === 'confirm' && preview && (
        <ConfirmStep preview={preview} busy={busy} onBack={() => setStep('preview')} onApply={() => void apply()} />
      )}
      {step === 'result' && result && <ResultStep result={result} onAgain={restart} />}
    </section>
  );
}
