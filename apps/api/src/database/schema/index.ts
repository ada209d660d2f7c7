export * from './organisation.js';
export * from './projects.js';
export * from './users.js';
export * from './stats.js';
export * from './history.js';
export * from './sessions.js';
export * from './lifecycle.js';
export * from './subscriptions.js';
