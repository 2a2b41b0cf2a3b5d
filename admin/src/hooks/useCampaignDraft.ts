import * as React from 'react';

import { useFetchClient } from '@strapi/strapi/admin';

import { getCampaign, updateCampaign, type CampaignDetails } from '../api/campaigns';
import { draftFromCampaign, toUpdate, type WizardDraft } from '../components/campaigns/wizard/draft';
import { readRefusals, type ServerRefusal } from '../components/campaigns/wizard/serverErrors';

import { useResource } from './useResource';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** Long enough to save once per burst of typing, short enough that leaving soon after loses nothing. */
export const SAVE_DELAY_MS = 800;

export const useCampaign = (id: number) => {
  const client = useFetchClient();
  return useResource((signal) => getCampaign(client, id, signal), String(id));
};

/**
 * The wizard's draft: edited locally, saved with the whole draft (PUT /campaigns/:id) once the
 * user pauses, and at once when a step changes or the page is left. Refusals of the server come
 * back by field. Only one save runs at a time; a change made during a save is saved after it.
 */
export const useCampaignDraft = (campaign: CampaignDetails) => {
  const client = useFetchClient();
  const [draft, setDraft] = React.useState<WizardDraft>(() => draftFromCampaign(campaign));
  const [state, setState] = React.useState<SaveState>('idle');
  const [refusals, setRefusals] = React.useState<ServerRefusal[]>([]);
  const [failure, setFailure] = React.useState<unknown>(null);
  const latest = React.useRef(draft);
  const dirty = React.useRef(false);
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = React.useRef<Promise<boolean> | null>(null);
  const mounted = React.useRef(true);

  const save = React.useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (running.current) await running.current;
    if (!dirty.current) return true;
    dirty.current = false;
    const run = (async () => {
      if (mounted.current) setState('saving');
      try {
        await updateCampaign(client, campaign.id, toUpdate(latest.current));
        if (mounted.current) {
          setRefusals([]);
          setFailure(null);
          setState(dirty.current ? 'pending' : 'saved');
        }
        return true;
      } catch (error) {
        if (mounted.current) {
          setRefusals(readRefusals(error));
          setFailure(error);
          setState('error');
        }
        return false;
      }
    })();
    running.current = run;
    try {
      return await run;
    } finally {
      running.current = null;
    }
  }, [client, campaign.id]);

  const change = React.useCallback(
    (patch: Partial<WizardDraft>) => {
      latest.current = { ...latest.current, ...patch };
      dirty.current = true;
      setDraft(latest.current);
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
    },
    [save]
  );

  // Leaving the wizard (another page, the nav) saves what was typed in the last instant.
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (dirty.current) void save();
    };
  }, [save]);

  return { draft, change, save, state, refusals, failure };
};
