// Heights of the widgets once the document is parsed (the loader has run; no widget module has arrived yet).
window.addEventListener('DOMContentLoaded', () => {
  window.reserved = [...document.querySelectorAll('main > *')].map((el) => [el.matches(':defined'), el.getBoundingClientRect().height]);
});
