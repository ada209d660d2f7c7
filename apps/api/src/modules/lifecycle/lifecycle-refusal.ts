import type { LifecycleRefusal } from '@jixiao/core';
import { ApiError, ApiErrorCode } from '../../common/errors/api-error.js';

/** The core's refusal as the API's error: FORBIDDEN, CONFLICT (with `reason`) or BAD_USER_INPUT naming the argument. */
export function refusalError(refusal: LifecycleRefusal): ApiError {
  switch (refusal.code) {
    case 'forbidden':
      return ApiError.forbidden(refusal.message);
    case 'conflict':
      return new ApiError(ApiErrorCode.Conflict, refusal.message, { reason: refusal.reason });
    case 'badInput':
      return ApiError.badInput(refusal.field ?? 'input', refusal.reason, refusal.message);
  }
}
