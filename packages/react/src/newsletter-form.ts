import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { NewsletterForm as NewsletterFormElement } from '@careerkit/newsletter-form/define';
import type { SubmitDetail, SubscribeDetail, SubscribeErrorDetail } from '@careerkit/newsletter-form';
import { loadEvents } from './events.js';

/** `<newsletter-form>` as a React component (importing this module registers the tag). */
export const NewsletterForm = createComponent({
  react: React,
  tagName: 'newsletter-form',
  elementClass: NewsletterFormElement,
  displayName: 'NewsletterForm',
  events: {
    // `onCkSubmit`, not `onSubmit`: React's own `onSubmit` is the native form event.
    onCkSubmit: 'ck-submit' as EventName<CustomEvent<SubmitDetail>>,
    onSubscribe: 'ck-subscribe' as EventName<CustomEvent<SubscribeDetail>>,
    onSubscribeError: 'ck-subscribe-error' as EventName<CustomEvent<SubscribeErrorDetail>>,
    ...loadEvents,
  },
});
