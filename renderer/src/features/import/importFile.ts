/** The chosen file as the bridge carries it (base64), with the size checked before it is sent. */
import { IMPORT_MAX_FILE_BYTES } from '../../../../shared/contract/importViews';

export type ChosenFile = { name: string; size: number; base64: string };

/** "1,2 MB", "830 kB": a file's size as a Dutch reader writes it. */
export function showSize(bytes: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} kB`;
}

export const isTooLarge = (file: { size: number }) => file.size > IMPORT_MAX_FILE_BYTES;

export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}
