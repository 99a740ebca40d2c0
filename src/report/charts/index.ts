// Vega-Lite chart specs of the outputs and their headless SVG rendering.
export * from './chart-common';
export * from './fan-chart';
export * from './sop-share-chart';
export * from './mentors-chart';
export * from './shortage-chart';
export * from './impact-chart';
export * from './chart-set';
export * from './render-svg';
export * from './render-pool';
