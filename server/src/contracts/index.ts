export * from './settings';
export * from './credits';
export * from './campaigns';
export * from './dashboard';
export * from './lists';
export * from './imports';
export * from './wizard';
export * from './reports';
