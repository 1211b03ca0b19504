export { SalarySlider } from './salary-slider.js';
export { defaultContent } from './salary-slider.content.js';
export * from './salary-slider.types.js';
