import { ApolloError } from '@apollo/client/core';
import {
  EvaluationProjectDocument,
  ProjectChangesSinceDocument,
  SetIndicatorActualDocument,
  SetIndicatorTierDocument,
  SubmitEvaluationDocument,
  type IndicatorFieldsFragment,
  type ProjectChangeFieldsFragment,
  type QualitativeTier,
} from '@jixiao/contract';
import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { computed, reactive, ref, watch, type Ref } from 'vue';
import { errorMessage, fieldErrors } from '../graphql/api-errors';

/** What the evaluator is typing for one indicator, before and while it is saved. */
export interface IndicatorDraft {
  actual: string;
  deviationReason: string;
  tier: QualitativeTier | null;
  score: string;
  justification: string;
}

/** Field → Chinese message; `row` holds what belongs to no single field. */
export type RowErrors = Partial<Record<keyof IndicatorDraft | 'row', string>>;

/**
 * What the editor may say about saving. `saved` only after the server answered every change
 * typed so far; a failed or unsent change keeps the editor at `failed` or `pending`.
 */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed' | 'conflict';

/** Someone else wrote the project after the version this editor was based on. */
export interface EditConflict {
  readonly currentVersion: number | null;
  /** Their changes since our version, newest first; null while being read or when unreadable. */
  readonly changes: readonly ProjectChangeFieldsFragment[] | null;
}

/** Typing pauses this long before the change is saved and the score recomputed by the API. */
export const SAVE_DELAY_MS = 600;

export function isQualitative(indicator: IndicatorFieldsFragment): boolean {
  return indicator.rule === 'qualitativeTiers' || indicator.deviation.kind === 'qualitative';
}

function draftOf(indicator: IndicatorFieldsFragment): IndicatorDraft {
  return {
    actual: indicator.actual ?? '',
    deviationReason: indicator.deviationReason ?? '',
    tier: indicator.tier,
    score: indicator.manualScore ?? '',
    justification: indicator.justification ?? '',
  };
}

/** `input.actual` → `actual`: the API names the offending input path (apps/api common/errors). */
function rowErrors(error: ApolloError): RowErrors {
  const result: RowErrors = {};
  for (const [path, message] of Object.entries(fieldErrors(error))) {
    const field = path.replace(/^input\./, '');
    if (field === 'actual' || field === 'deviationReason' || field === 'tier' || field === 'score' || field === 'justification') result[field] = message;
    else result.row = message;
  }
  if (Object.keys(result).length === 0) result.row = errorMessage(error);
  return result;
}

/** The current version when the API refused a write as based on a stale one (CONFLICT staleVersion). */
export function staleVersion(error: unknown): { currentVersion: number | null } | null {
  if (!(error instanceof ApolloError)) return null;
  const stale = error.graphQLErrors.find((e) => e.extensions?.code === 'CONFLICT' && e.extensions.reason === 'staleVersion');
  if (!stale) return null;
  const current = stale.extensions?.currentVersion;
  return { currentVersion: typeof current === 'number' ? current : null };
}

/**
 * The evaluation editor's state: a draft per indicator, saved field by field after a pause, one
 * save at a time, each based on the project version the last answer gave (optimistic
 * concurrency: another user's write in between answers CONFLICT, and the editor shows what they
 * changed from the history instead of overwriting it); field-level Chinese errors from the API;
 * and the final submission.
 */
export function useEvaluationEditor(projectId: Ref<string | undefined>) {
  const { resolveClient } = useApolloClient();
  const { result, loading, error, refetch } = useQuery(
    EvaluationProjectDocument,
    () => ({ id: projectId.value ?? '' }),
    () => ({ enabled: projectId.value !== undefined }),
  );
  const project = computed(() => (projectId.value === undefined ? null : (result.value?.project ?? null)));
  const frozen = computed(() => project.value?.evaluation?.status === 'submitted');

  const drafts = reactive<Record<string, IndicatorDraft>>({});
  const errors = reactive<Record<string, RowErrors>>({});
  /** The version our next write is based on: the one loaded, then the one each of our writes answered. */
  const basedOn = ref<number | null>(null);
  const conflict = ref<EditConflict | null>(null);
  const saving = ref(0);
  /** Indicators with typing the server has not yet accepted, with an edit counter each. */
  const unsaved = reactive(new Map<string, number>());
  const savedOnce = ref(false);

  function startFrom(loaded: NonNullable<typeof project.value> | null): void {
    for (const key of Object.keys(drafts)) Reflect.deleteProperty(drafts, key);
    for (const key of Object.keys(errors)) Reflect.deleteProperty(errors, key);
    unsaved.clear();
    conflict.value = null;
    savedOnce.value = false;
    basedOn.value = loaded?.version ?? null;
    for (const indicator of loaded?.indicators ?? []) drafts[indicator.id] = draftOf(indicator);
  }

  // Drafts start from the stored values once per project; later answers must not overwrite typing.
  watch(
    () => project.value?.id,
    () => startFrom(project.value),
    { immediate: true },
  );

  const status = computed<SaveStatus>(() => {
    if (conflict.value) return 'conflict';
    if (saving.value > 0) return 'saving';
    if (unsaved.size > 0) return [...unsaved.keys()].some((id) => Object.keys(errors[id] ?? {}).length > 0) ? 'failed' : 'pending';
    return savedOnce.value ? 'saved' : 'idle';
  });

  const { mutate: setActual } = useMutation(SetIndicatorActualDocument);
  const { mutate: setTier } = useMutation(SetIndicatorTierDocument);
  const { mutate: submitMutation, loading: submitting, error: submitError } = useMutation(SubmitEvaluationDocument);

  async function showConflict(currentVersion: number | null): Promise<void> {
    const since = basedOn.value;
    conflict.value = { currentVersion, changes: null };
    if (!projectId.value || since === null) return;
    try {
      const { data } = await resolveClient().query({
        query: ProjectChangesSinceDocument,
        variables: { id: projectId.value, sinceVersion: since },
        fetchPolicy: 'network-only',
      });
      if (conflict.value) conflict.value = { currentVersion: data.project?.version ?? currentVersion, changes: data.project?.history.nodes ?? [] };
    } catch {
      // The banner still says someone else changed it; only the list of their changes is missing.
    }
  }

  async function save(indicator: IndicatorFieldsFragment, tierMessage: string): Promise<void> {
    const draft = drafts[indicator.id];
    const edit = unsaved.get(indicator.id);
    if (!draft || frozen.value || conflict.value || basedOn.value === null) return;
    if (isQualitative(indicator) && draft.tier === null && draft.score === '' && draft.justification === '') {
      unsaved.delete(indicator.id);
      return;
    }
    if (isQualitative(indicator) && (draft.tier === null || draft.score.trim() === '' || draft.justification.trim() === '')) {
      errors[indicator.id] = { row: tierMessage };
      return;
    }
    saving.value += 1;
    try {
      const expectedVersion = basedOn.value;
      let version: number | undefined;
      if (isQualitative(indicator) && draft.tier !== null) {
        const answer = await setTier({ indicatorId: indicator.id, expectedVersion, input: { tier: draft.tier, score: draft.score.trim(), justification: draft.justification.trim() } });
        version = answer?.data?.setIndicatorTier.version;
      } else {
        const actual = draft.actual.trim();
        const answer = await setActual({
          indicatorId: indicator.id,
          expectedVersion,
          input: { actual: actual === '' ? null : actual, deviationReason: draft.deviationReason.trim() === '' ? null : draft.deviationReason.trim() },
        });
        version = answer?.data?.setIndicatorActual.version;
      }
      // Only an answer with the project in it means the server took the change.
      if (version === undefined) {
        errors[indicator.id] = { row: errorMessage(null) };
        return;
      }
      basedOn.value = version;
      errors[indicator.id] = {};
      savedOnce.value = true;
      // Typing that came in during the save is still unsaved: its own save follows.
      if (unsaved.get(indicator.id) === edit) unsaved.delete(indicator.id);
    } catch (failure) {
      const stale = staleVersion(failure);
      if (stale) await showConflict(stale.currentVersion);
      else errors[indicator.id] = failure instanceof ApolloError ? rowErrors(failure) : { row: errorMessage(null) };
    } finally {
      saving.value -= 1;
    }
  }

  // One save at a time: each is based on the version the previous one answered.
  let queue: Promise<void> = Promise.resolve();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  function scheduleSave(indicator: IndicatorFieldsFragment, tierMessage: string): void {
    unsaved.set(indicator.id, (unsaved.get(indicator.id) ?? 0) + 1);
    clearTimeout(timers.get(indicator.id));
    timers.set(
      indicator.id,
      setTimeout(() => {
        queue = queue.then(() => save(indicator, tierMessage));
      }, SAVE_DELAY_MS),
    );
  }

  /** After a conflict: the project as it is now, drafts from it (unsaved typing is dropped). */
  async function reload(): Promise<void> {
    const fresh = await refetch();
    startFrom(fresh?.data.project ?? null);
  }

  async function submit(): Promise<boolean> {
    if (!projectId.value || basedOn.value === null || conflict.value) return false;
    await queue;
    try {
      const answer = await submitMutation({ projectId: projectId.value, expectedVersion: basedOn.value });
      const version = answer?.data?.submitEvaluation.version;
      if (version !== undefined) basedOn.value = version;
      return version !== undefined;
    } catch (failure) {
      const stale = staleVersion(failure);
      if (stale) await showConflict(stale.currentVersion);
      return false;
    }
  }

  return { project, loading, error, refetch, frozen, drafts, errors, saving, status, conflict, reload, scheduleSave, submit, submitting, submitError };
}
