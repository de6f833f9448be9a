/**
 * Offers a file the core made (base64) as a download: a Blob and a temporary link, which works
 * both in the Electron window and in browser mode.
 */
import type { ExportFile } from '../../../../shared/contract/views';

export function downloadFile(file: Pick<ExportFile, 'base64' | 'filename' | 'mimeType'>): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
