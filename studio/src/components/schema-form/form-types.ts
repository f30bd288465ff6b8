// Moved to studio/src/forms/form-types.ts; kept until studio/src/api/types.ts imports it from there.
export * from '../../forms/form-types';
