import { SalarySlider } from './salary-slider.js';

SalarySlider.define();

declare global {
  interface HTMLElementTagNameMap {
    'salary-slider': SalarySlider;
  }
}

export { SalarySlider };
