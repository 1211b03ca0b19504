import type { EventName } from '@lit/react';
import type { ErrorDetail, LoadDetail } from '@careerkit/core';

/**
 * The events every widget fires when it loads `src`. The props are `onCkLoad` and
 * `onCkError`, not `onLoad` and `onError`: React already has those two DOM props, for the
 * native `load` and `error` events, with other types.
 */
export const loadEvents = {
  onCkLoad: 'ck-load' as EventName<CustomEvent<LoadDetail>>,
  onCkError: 'ck-error' as EventName<CustomEvent<ErrorDetail>>,
};
