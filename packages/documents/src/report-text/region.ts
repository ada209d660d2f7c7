import { DocumentReadError } from '../document-read-error.js';

export interface RegionInput {
  readonly code: string;
  readonly name: string;
}

/**
 * 地区 (GB/T 2260) is not written in reports. The sample report's prefecture is the one default
 * Jixiao knows: 652300 昌吉回族自治州, used only when the text names 昌吉 (a report of another place
 * must say where it is from: the region decides which rules and dashboards apply).
 */
export const CHANGJI_REGION: RegionInput = { code: '652300', name: '昌吉回族自治州' };

export function resolveRegion(text: string, given: RegionInput | undefined): RegionInput {
  if (given) return given;
  if (/昌吉/.test(text)) return CHANGJI_REGION;
  throw new DocumentReadError('regionRequired', '报告中未写明所属地区：请指定行政区划代码和名称（如 { region: { code: "652300", name: "昌吉回族自治州" } }）');
}
