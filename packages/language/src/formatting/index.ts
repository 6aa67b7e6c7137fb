export * from './format-text.js';
export { PactaFormatter } from './pacta-formatter.js';
export { expressionText } from './expression-text.js';
