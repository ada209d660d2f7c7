/**
 * A region row that stands for the region's own units (the API's `ownUnits`): 州本级, 市本级, … by
 * the kind of region its name ends with, so that it does not read as the region's total among the
 * regions below it.
 */
export function ownUnitsLabel(regionName: string, fallback: string): string {
  const kind = /(地区|州|市|盟|县|区|旗)$/.exec(regionName)?.[1];
  return kind ? `${kind}本级` : fallback;
}
