import { analyseProjectFile } from '../src/modules/analysis/project-analysis.js';
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../src/demo/generate-demo-data.js';
import { demoYears } from '../src/demo/demo-years.js';
import { demoLifecycle } from '../src/demo/demo-lifecycle.js';
import { lifecycleViolations, pendingSteps, LIFECYCLE_STAGES } from '@jixiao/core';

const DECEMBER_THIRD = { year: 2026, month: 12, day: 3 };

describe('the demo set follows the date it is generated on', () => {
  const { projects } = generateDemoData({ projects: 75, today: DECEMBER_THIRD });
  const ofYear = (year: number) => projects.filter((p) => p.file.project.fiscalYear === year);

  it('spans the year before last, last year (closed) and this year (in progress as of today)', () => {
    expect(demoYears(DECEMBER_THIRD).map((y) => [y.fiscalYear, y.phase, y.asOf])).toEqual([
      [2024, 'closed', '2024-12-31'],
      [2025, 'closed', '2025-12-31'],
      [2026, 'inProgress', '2026-12-03'],
    ]);
    expect([2024, 2025, 2026].map((y) => ofYear(y).length)).toEqual([25, 25, 25]);
    // Every unit has a project in every year, for 同比 comparisons.
    for (const year of [2024, 2025, 2026]) expect(new Set(ofYear(year).map((p) => p.unitName)).size).toBe(25);
  });

  it('pays this year up to today and a closed year through December', () => {
    for (const project of ofYear(2026)) {
      expect(project.file.budget?.asOf).toBe('2026-12-03');
      const dates = project.file.budget?.payments?.map((p) => p.date) ?? [];
      expect(dates.at(-1)?.slice(0, 7)).toBe('2026-12');
      expect(dates.every((d) => d <= '2026-12-03')).toBe(true);
    }
    for (const project of ofYear(2025)) {
      expect(project.file.budget?.asOf).toBe('2025-12-31');
      expect(project.file.budget?.payments?.at(-1)?.date.slice(0, 7)).toBe('2025-12');
    }
  });

  it('has claimed scores only where the year is closed and self-evaluated', () => {
    const claims = (year: number) => ofYear(year).flatMap((p) => p.file.evaluation?.indicators.filter((i) => i.claimed) ?? []);
    expect(claims(2025).length).toBeGreaterThan(0);
    expect(claims(2026)).toEqual([]);
  });

  it('scores and audits every project it generates', () => {
    for (const project of projects) {
      const analysed = analyseProjectFile(project.file);
      expect(analysed.ok, project.file.project.code).toBe(true);
      if (analysed.ok) expect(analysed.analysis.report, project.file.project.code).toBeDefined();
    }
  });

  it('is the same set for the same date, and moves with the date', () => {
    expect(generateDemoData({ projects: 75, today: DECEMBER_THIRD })).toEqual(generateDemoData({ projects: 75, today: DECEMBER_THIRD }));
    const january = generateDemoData({ projects: 3, today: { year: 2027, month: 1, day: 1 } }).projects;
    expect(january.map((p) => p.file.project.fiscalYear)).toEqual([2026, 2027, 2025]);
    expect(january[1]?.file.budget?.payments?.map((p) => p.date)).toEqual(['2027-01-01']);
  });

  it('puts projects in every stage of the year, with overdue items, each state one the rules allow', () => {
    const years = demoYears(DECEMBER_THIRD);
    const lifecycles = projects.map((p, i) => {
      const year = years.find((y) => y.fiscalYear === p.file.project.fiscalYear) ?? years[2];
      return { year: year.fiscalYear, ...demoLifecycle(i, year, DECEMBER_THIRD, true) };
    });
    for (const l of lifecycles) expect(lifecycleViolations(l.state)).toEqual([]);
    expect(new Set(lifecycles.map((l) => l.state.stage))).toEqual(new Set(LIFECYCLE_STAGES));
    expect(new Set(lifecycles.filter((l) => l.year === 2026).map((l) => l.state.stage))).toEqual(new Set(['targets', 'execution']));
    expect(lifecycles.filter((l) => l.year === 2024).every((l) => l.state.stage === 'published')).toBe(true);
    const overdue = lifecycles.flatMap((l) => pendingSteps(l.state, DECEMBER_THIRD).filter((p) => p.overdue).map((p) => p.kind));
    expect(new Set(overdue)).toEqual(new Set(['fillRound', 'respondToAlert', 'submitEvidence']));
    // Steps are never dated after the day the set is generated on.
    expect(lifecycles.every((l) => l.steps.every((s) => s.on.year < 2026 || (s.on.year === 2026 && (s.on.month < 12 || s.on.day <= 3))))).toBe(true);
    // A project whose audit finds errors cannot submit its self-evaluation.
    const blocked = demoLifecycle(1, years[1], DECEMBER_THIRD, false);
    expect(blocked.state).toMatchObject({ stage: 'execution', selfEvaluation: { status: 'notSubmitted' } });
  });

  it('builds a valid year for every plan on any day of the year, early January included', () => {
    for (const today of [{ year: 2027, month: 1, day: 1 }, { year: 2027, month: 1, day: 15 }, { year: 2028, month: 2, day: 29 }, { year: 2027, month: 3, day: 12 }, { year: 2027, month: 12, day: 31 }]) {
      for (const year of demoYears(today)) {
        for (let index = 0; index < 22; index += 1) {
          for (const clean of [true, false]) expect(lifecycleViolations(demoLifecycle(index, year, today, clean).state)).toEqual([]);
        }
      }
    }
  });
});
