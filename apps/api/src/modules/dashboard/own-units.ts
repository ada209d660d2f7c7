import { regionPrefix } from '../../auth/policy/project-scope.js';

/**
 * The regions whose rows stand for their own units (本级) rather than for everything below them:
 * those with another listed region under them. The prefecture's own departments, shown as a bar
 * named after the prefecture among its counties, read as the prefecture's total and contradicted
 * the headline; flagged, the dashboard labels them 州本级.
 */
export function ownUnitsRegions(codes: Iterable<string>): Set<string> {
  const listed = [...new Set(codes)];
  return new Set(listed.filter((code) => listed.some((other) => other !== code && other.startsWith(regionPrefix(code)))));
}
