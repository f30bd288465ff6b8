// The app feature wires the shell: providers, top nav, hash router and lazily loaded pages.
export { App } from './App';
