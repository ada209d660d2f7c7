import { Inject, Injectable } from '@nestjs/common';
import { parseIsoDate, type PlainDate } from '@jixiao/core';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/**
 * Today's date in China (fiscal years and 序时进度 follow Beijing time). `JIXIAO_TODAY` pins it,
 * so that tests and demos of in-year monitoring do not change with the calendar.
 */
@Injectable()
export class Clock {
  private readonly pinned: PlainDate | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pinned = config.today === undefined ? undefined : parseIsoDate(config.today);
    if (config.today !== undefined && this.pinned === undefined) throw new Error(`JIXIAO_TODAY is not a date: ${config.today}`);
  }

  today(): PlainDate {
    if (this.pinned) return this.pinned;
    const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
      .format(new Date())
      .split('-')
      .map(Number);
    return { year: year ?? 1970, month: month ?? 1, day: day ?? 1 };
  }
}
