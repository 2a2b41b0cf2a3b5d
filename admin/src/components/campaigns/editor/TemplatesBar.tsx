import * as React from 'react';

import { Button, Flex } from '@strapi/design-system';

import type { Template } from '../../../../../server/src/contracts/wizard';
import { useCreateTemplate, useTemplates } from '../../../hooks/useTemplates';
import { useT } from '../../../hooks/useT';

import type { CampaignKind, MessageStepValue } from './model';
import { SaveTemplateModal } from './SaveTemplateModal';
import { applyTemplate, templateInputOf } from './templates';
import { TemplatesModal } from './TemplatesModal';

interface TemplatesBarProps {
  kind: CampaignKind;
  value: MessageStepValue;
  onChange: (value: MessageStepValue) => void;
  /** The STOP mention in force, stripped from a template's last line when loaded. */
  mention: string;
}

/** The list is loaded when the user opens it, not every time the step is shown. */
const TemplatesList = ({ onClose, onUse }: { onClose: () => void; onUse: (template: Template) => void }) => {
  const templates = useTemplates();
  return (
    <TemplatesModal
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      templates={templates.data?.filter((template) => template.channel === 'sms')}
      loadFailed={templates.error !== undefined && templates.data === undefined}
      onUse={onUse}
      onRename={(template, name) => templates.update(template.id, { name })}
      onDelete={(template) => templates.remove(template.id)}
    />
  );
};

/** "Load a template" and "Save as a template" (seed 002), over GET/POST/PUT/DELETE /templates. */
export const TemplatesBar = ({ kind, value, onChange, mention }: TemplatesBarProps) => {
  const t = useT();
  const createTemplate = useCreateTemplate();
  const [listOpen, setListOpen] = React.useState(false);
  const [saveOpen, setSaveOpen] = React.useState(false);

  const use = (template: Template) => {
    onChange(applyTemplate(value, template, mention));
    setListOpen(false);
  };

  return (
    <Flex gap={2} wrap="wrap">
      <Button variant="secondary" onClick={() => setListOpen(true)}>
        {t('editor.templates.load', 'Load a template')}
      </Button>
      <Button variant="tertiary" disabled={value.message.trim() === ''} onClick={() => setSaveOpen(true)}>
        {t('editor.templates.saveAs', 'Save as a template')}
      </Button>
      {listOpen ? <TemplatesList onClose={() => setListOpen(false)} onUse={use} /> : null}
      <SaveTemplateModal
        open={saveOpen}
        onOpenChange={setSaveOpen}
        onSave={async (name) => {
          await createTemplate(templateInputOf(name, kind, value));
        }}
      />
    </Flex>
  );
};
