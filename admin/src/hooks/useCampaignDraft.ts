import * as React from 'react';

import { useFetchClient } from '@strapi/strapi/admin';

import { getCampaign, updateCampaign, type CampaignDetails } from '../api/campaigns';
import { draftFromCampaign, toUpdate, type WizardDraft } from '../components/campaigns/wizard/draft';
import { readRefusals, type ServerRefusal } from '../components/campaigns/wizard/serverErrors';
import type { CampaignUpdateInput } from '../../../server/src/contracts';

import { useResource } from './useResource';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** Long enough to save once per burst of typing, short enough that leaving soon after loses nothing. */
export const SAVE_DELAY_MS = 800;

/** Only the fields that changed: removing a list must not be refused for a field the message uses. */
const pickUpdate = (update: CampaignUpdateInput, keys: (keyof WizardDraft)[]): CampaignUpdateInput =>
  Object.fromEntries(Object.entries(update).filter(([key]) => keys.includes(key as keyof WizardDraft)));

export const useCampaign = (id: number) => {
  const client = useFetchClient();
  return useResource((signal) => getCampaign(client, id, signal), String(id));
};

/**
 * The wizard's draft: edited locally, its changed fields saved (PUT /campaigns/:id) once the
 * user pauses, and at once when a step changes or the page is left. Refusals of the server come
 * back by field. Only one save runs at a time; a change made during a save is saved after it.
 */
export const useCampaignDraft = (
  campaign: CampaignDetails,
  { defaultStopMention }: { defaultStopMention?: string } = {}
) => {
  const defaultMention = React.useRef(defaultStopMention);
  defaultMention.current = defaultStopMention;
  const client = useFetchClient();
  const [draft, setDraft] = React.useState<WizardDraft>(() => draftFromCampaign(campaign));
  const [state, setState] = React.useState<SaveState>('idle');
  const [refusals, setRefusals] = React.useState<ServerRefusal[]>([]);
  const [failure, setFailure] = React.useState<unknown>(null);
  const latest = React.useRef(draft);
  /** The fields changed since the last save: the server checks the rules of the fields it is sent. */
  const dirty = React.useRef(new Set<keyof WizardDraft>());
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = React.useRef<Promise<boolean> | null>(null);
  const mounted = React.useRef(true);

  const save = React.useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (running.current) await running.current;
    if (dirty.current.size === 0) return true;
    const keys = [...dirty.current];
    dirty.current = new Set();
    const run = (async () => {
      if (mounted.current) setState('saving');
      try {
        await updateCampaign(client, campaign.id, pickUpdate(toUpdate(latest.current, defaultMention.current), keys));
        if (mounted.current) {
          setRefusals([]);
          setFailure(null);
          setState(dirty.current.size > 0 ? 'pending' : 'saved');
        }
        return true;
      } catch (error) {
        // Refused fields stay to be saved: the next change, or the next step, tries them again.
        for (const key of keys) dirty.current.add(key);
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
      for (const key of Object.keys(patch) as (keyof WizardDraft)[]) dirty.current.add(key);
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
      if (dirty.current.size > 0) void save();
    };
  }, [save]);

  return { draft, change, save, state, refusals, failure };
};
