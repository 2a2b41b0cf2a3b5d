import * as React from 'react';

import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useStrapiApp } from '@strapi/strapi/admin';

import { useT } from '../../../hooks/useT';

/** What the upload plugin's Media Library dialog hands back for each chosen asset (the part used here). */
interface Asset {
  id: number;
  name?: string;
  url?: string;
  mime?: string;
}

interface MediaLibraryDialogProps {
  allowedTypes?: string[];
  multiple?: boolean;
  onClose: () => void;
  onSelectAssets: (assets: Asset[]) => void;
}

/** The upload plugin's Media Library dialog, when this admin has it. */
const useMediaLibraryDialog = () => {
  const components = useStrapiApp('MobileCampaignsLinkPreview', (state) => state.components, false);
  return components?.['media-library'] as React.ComponentType<MediaLibraryDialogProps> | undefined;
};

/** An asset's address as a phone opens it: absolute, on Strapi's backend. */
export const absoluteAssetUrl = (url: string) =>
  new URL(url, (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL || window.location.origin)
    .href;

/**
 * Seed 002's "lien image": an image of the Media Library sent as a tracked short link that opens
 * it on a light hosted page.
 */
export const ImageLinkButton = ({ onChoose }: { onChoose: (image: { id: number; url: string }) => void }) => {
  const t = useT();
  const MediaLibraryDialog = useMediaLibraryDialog();
  const [open, setOpen] = React.useState(false);
  if (!MediaLibraryDialog) return null;
  return (
    <>
      <Button size="S" variant="secondary" onClick={() => setOpen(true)}>
        {t('editor.links.imageLink.add', 'Add an image link')}
      </Button>
      {open ? (
        <MediaLibraryDialog
          allowedTypes={['images']}
          multiple={false}
          onClose={() => setOpen(false)}
          onSelectAssets={(assets) => {
            const asset = assets[0];
            setOpen(false);
            if (asset?.url) onChoose({ id: asset.id, url: absoluteAssetUrl(asset.url) });
          }}
        />
      ) : null}
    </>
  );
};

interface MediaImagePickerProps {
  imageId?: number;
  onChange: (imageId: number | undefined) => void;
}

const backendUrl = (url: string) => {
  if (!url.startsWith('/')) return url;
  const strapiGlobal = (window as unknown as { strapi?: { backendURL?: string } }).strapi;
  return `${strapiGlobal?.backendURL ?? ''}${url}`;
};

/**
 * The link preview's image, chosen in Strapi's Media Library: the upload plugin registers its
 * dialog as the `media-library` component (`app.addComponents`), which plugins read from the app.
 */
export const MediaImagePicker = ({ imageId, onChange }: MediaImagePickerProps) => {
  const t = useT();
  const MediaLibraryDialog = useMediaLibraryDialog();
  const [open, setOpen] = React.useState(false);
  // Known only for an image chosen in this session; a saved draft only keeps the id.
  const [chosen, setChosen] = React.useState<Asset | null>(null);
  const shown = chosen && chosen.id === imageId ? chosen : null;

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="pi" fontWeight="bold">
        {t('editor.links.image', 'Image')}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {t('editor.links.image.hint', 'JPG or PNG, ideally 600 × 280 px and under 300 KB.')}
      </Typography>
      {imageId !== undefined ? (
        <Flex gap={3}>
          {shown?.url ? (
            <Box tag="img" src={backendUrl(shown.url)} alt={shown.name ?? ''} width="120px" hasRadius />
          ) : null}
          <Typography variant="pi">
            {shown?.name ?? t('editor.links.image.chosen', 'Image no. {id} of the Media Library', { id: imageId })}
          </Typography>
          <Button size="S" variant="tertiary" onClick={() => onChange(undefined)}>
            {t('editor.links.image.remove', 'Remove the image')}
          </Button>
        </Flex>
      ) : null}
      {MediaLibraryDialog ? (
        <div>
          <Button size="S" variant="secondary" onClick={() => setOpen(true)}>
            {imageId === undefined
              ? t('editor.links.image.choose', 'Choose an image')
              : t('editor.links.image.change', 'Change the image')}
          </Button>
        </div>
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {t('editor.links.image.unavailable', 'The Media Library is not available in this admin.')}
        </Typography>
      )}
      {open && MediaLibraryDialog ? (
        <MediaLibraryDialog
          allowedTypes={['images']}
          multiple={false}
          onClose={() => setOpen(false)}
          onSelectAssets={(assets) => {
            const asset = assets[0];
            setOpen(false);
            if (!asset) return;
            setChosen(asset);
            onChange(asset.id);
          }}
        />
      ) : null}
    </Flex>
  );
};
