// The demo page has no newsletter provider behind it, so each signup form's
// `handler` (which replaces the network call) pretends to subscribe.
await customElements.whenDefined('newsletter-form');
for (const form of document.querySelectorAll('newsletter-form')) {
  form.handler = () => new Promise((resolve) => setTimeout(resolve, 600));
}
