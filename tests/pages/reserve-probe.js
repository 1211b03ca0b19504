/* global URLSearchParams, location */
// ?width=<css length> sets the width of the page's <main> (reserve.css).
{
  const width = new URLSearchParams(location.search).get('width');
  if (width) document.documentElement.style.setProperty('--width', width);
}
// Heights of the widgets once the document is parsed (cdn/careerkit.css applies; no widget module has arrived yet).
window.addEventListener('DOMContentLoaded', () => {
  window.reserved = [...document.querySelectorAll('main > *')].map((el) => [el.matches(':defined'), el.getBoundingClientRect().height]);
});
