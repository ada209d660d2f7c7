export interface RegionInput {
  readonly code: string;
  readonly name: string;
}

/**
 * 地区 (GB/T 2260) is rarely written in reports. The sample report's prefecture is the one default
 * Jixiao knows: 652300 昌吉回族自治州, used only when the text names 昌吉. Any other document
 * has no region unless the user gives one: scoring and the audit do not need it, and storing a
 * project asks for it (a guess would file the project under the wrong place).
 */
export const CHANGJI_REGION: RegionInput = { code: '652300', name: '昌吉回族自治州' };

export function resolveRegion(text: string, given: RegionInput | undefined): RegionInput | undefined {
  if (given) return given;
  return /昌吉/.test(text) ? CHANGJI_REGION : undefined;
}
