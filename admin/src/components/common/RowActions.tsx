import * as React from 'react';

import { IconButton, MenuItem, SimpleMenu } from '@strapi/design-system';
import { More } from '@strapi/icons';

export interface RowAction {
  label: string;
  onSelect: () => void;
  icon?: React.ReactNode;
  danger?: boolean;
  disabled?: boolean;
}

/** The "Actions" menu at the end of a table row; actions the user may not take are left out. */
export const RowActions = ({ label, actions }: { label: string; actions: Array<RowAction | false | null> }) => {
  const shown = actions.filter((action): action is RowAction => Boolean(action));
  if (shown.length === 0) return null;
  return (
    <SimpleMenu label={label} tag={IconButton} icon={<More />} variant="ghost" popoverPlacement="bottom-end">
      {shown.map((action) => (
        <MenuItem
          key={action.label}
          onSelect={action.onSelect}
          startIcon={action.icon}
          variant={action.danger ? 'danger' : 'default'}
          disabled={action.disabled}
        >
          {action.label}
        </MenuItem>
      ))}
    </SimpleMenu>
  );
};
