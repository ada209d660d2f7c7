import { ApolloError } from '@apollo/client/core';
import {
  EvaluationProjectDocument,
  SetIndicatorActualDocument,
  SetIndicatorTierDocument,
  SubmitEvaluationDocument,
  type IndicatorFieldsFragment,
  type QualitativeTier,
} from '@jixiao/contract';
import { useMutation, useQuery } from '@vue/apollo-composable';
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

/**
 * The evaluation editor's state: a draft per indicator, saved field by field after a pause (each
 * save answers the whole project rescored by the core, which Apollo's cache spreads to the score
 * card), field-level Chinese errors from the API, and the final submission.
 */
export function useEvaluationEditor(projectId: Ref<string | undefined>) {
  const { result, loading, error, refetch } = useQuery(
    EvaluationProjectDocument,
    () => ({ id: projectId.value ?? '' }),
    () => ({ enabled: projectId.value !== undefined }),
  );
  const project = computed(() => (projectId.value === undefined ? null : (result.value?.project ?? null)));
  const frozen = computed(() => project.value?.evaluation?.status === 'submitted');

  const drafts = reactive<Record<string, IndicatorDraft>>({});
  const errors = reactive<Record<string, RowErrors>>({});
  const saving = ref(0);
  const lastSaved = ref<Date | null>(null);

  // Drafts start from the stored values once per project; later answers must not overwrite typing.
  watch(
    () => project.value?.id,
    () => {
      for (const key of Object.keys(drafts)) Reflect.deleteProperty(drafts, key);
      for (const key of Object.keys(errors)) Reflect.deleteProperty(errors, key);
      for (const indicator of project.value?.indicators ?? []) drafts[indicator.id] = draftOf(indicator);
    },
    { immediate: true },
  );

  const { mutate: setActual } = useMutation(SetIndicatorActualDocument);
  const { mutate: setTier } = useMutation(SetIndicatorTierDocument);
  const { mutate: submitMutation, loading: submitting, error: submitError } = useMutation(SubmitEvaluationDocument);

  async function save(indicator: IndicatorFieldsFragment, tierMessage: string): Promise<void> {
    const draft = drafts[indicator.id];
    if (!draft || frozen.value) return;
    if (isQualitative(indicator) && draft.tier === null && draft.score === '' && draft.justification === '') return;
    if (isQualitative(indicator) && (draft.tier === null || draft.score.trim() === '' || draft.justification.trim() === '')) {
      errors[indicator.id] = { row: tierMessage };
      return;
    }
    saving.value += 1;
    try {
      if (isQualitative(indicator) && draft.tier !== null) {
        await setTier({ indicatorId: indicator.id, input: { tier: draft.tier, score: draft.score.trim(), justification: draft.justification.trim() } });
      } else {
        const actual = draft.actual.trim();
        await setActual({
          indicatorId: indicator.id,
          input: { actual: actual === '' ? null : actual, deviationReason: draft.deviationReason.trim() === '' ? null : draft.deviationReason.trim() },
        });
      }
      errors[indicator.id] = {};
      lastSaved.value = new Date();
    } catch (failure) {
      errors[indicator.id] = failure instanceof ApolloError ? rowErrors(failure) : { row: errorMessage(null) };
    } finally {
      saving.value -= 1;
    }
  }

  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  function scheduleSave(indicator: IndicatorFieldsFragment, tierMessage: string): void {
    clearTimeout(timers.get(indicator.id));
    timers.set(indicator.id, setTimeout(() => void save(indicator, tierMessage), SAVE_DELAY_MS));
  }

  async function submit(): Promise<boolean> {
    if (!projectId.value) return false;
    const answer = await submitMutation({ projectId: projectId.value }).catch(() => null);
    return Boolean(answer?.data);
  }

  return { project, loading, error, refetch, frozen, drafts, errors, saving, lastSaved, scheduleSave, submit, submitting, submitError };
}
