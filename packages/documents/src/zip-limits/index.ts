export { inspectPackage } from './inspect-package.js';
export { PACKAGE_LIMITS, type PackageLimits } from './limits.js';
