/** One project a user may ask about, as the data port lists it for name resolution. */
export interface ProjectCandidate {
  readonly id: string;
  readonly name: string;
  readonly unitName: string;
  readonly fiscalYear: number;
}
