import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal `<dialog>` with a heading: shown as a modal when mounted, closed when unmounted.
 * Escape calls `onCancel` instead of closing it, so the owner (which unmounts it) stays in charge.
 */
export function Modal({
  title,
  className,
  onCancel,
  children,
}: {
  title: ReactNode;
  className: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
