import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { FaqAccordion as FaqAccordionElement } from '@careerkit/faq-accordion/define';
import type { FaqToggleDetail } from '@careerkit/faq-accordion';
import { loadEvents } from './events.js';

/** `<faq-accordion>` as a React component (importing this module registers the tag). */
export const FaqAccordion = createComponent({
  react: React,
  tagName: 'faq-accordion',
  elementClass: FaqAccordionElement,
  displayName: 'FaqAccordion',
  events: {
    onFaqToggle: 'ck-faq-toggle' as EventName<CustomEvent<FaqToggleDetail>>,
    ...loadEvents,
  },
});
