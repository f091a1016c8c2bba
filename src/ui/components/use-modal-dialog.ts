import { useEffect, useRef } from 'react';

/**
 * Opens and closes a `<dialog>` as a modal with `open`; the browser then traps
 * focus, closes it on Escape and puts focus back where it was.
 */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}
