import { SalarySlider } from './salary-slider.js';
import type { SalaryChangeDetail } from './salary-slider.types.js';

SalarySlider.define();

declare global {
  interface HTMLElementTagNameMap {
    'salary-slider': SalarySlider;
  }
  interface HTMLElementEventMap {
    'ck-salary-change': CustomEvent<SalaryChangeDetail>;
  }
}

export { SalarySlider };
