import { SetMetadata } from '@nestjs/common';
import type { Permission } from './permission.js';

export const ALLOW_METADATA = 'jixiao:allow';

/**
 * Declares what a query or mutation requires; the global {@link AuthGuard} enforces it. An
 * operation without `@Allow` is refused: forgetting it fails closed.
 * Several permissions mean any one of them suffices.
 */
export const Allow = (...permissions: Permission[]) => SetMetadata(ALLOW_METADATA, permissions);
