import * as React from 'react';

import { Dialog } from '@strapi/design-system';
import { ConfirmDialog } from '@strapi/strapi/admin';

interface ConfirmDeleteDialogProps<T> {
  /** What is about to be deleted; null keeps the dialog closed. */
  item: T | null;
  title: string;
  onClose: () => void;
  onConfirm: (item: T) => Promise<unknown> | void;
  children: React.ReactNode;
}

/** Strapi's confirmation dialog, open while there is something to confirm. */
export const ConfirmDeleteDialog = <T,>({ item, title, onClose, onConfirm, children }: ConfirmDeleteDialogProps<T>) => (
  <Dialog.Root open={item !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
    <ConfirmDialog
      title={title}
      onConfirm={async () => {
        if (item !== null) await onConfirm(item);
      }}
    >
      {children}
    </ConfirmDialog>
  </Dialog.Root>
);
