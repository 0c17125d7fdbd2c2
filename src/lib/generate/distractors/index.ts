// Wrong options: by the kind of the answer (places, dates, organisations, amounts) and for people.
export { distractorsFor, type Pool } from './by-kind';
export { numericVariants, rangeOther, type NumericContext } from './numbers';
export { personDistractors, pronounOf, type Group } from './people';
