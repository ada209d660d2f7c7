import { describe, expect, it } from 'vitest';
import { loadConfig } from './app-config.js';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };

describe('loadConfig: demo data and sessions', () => {
  it('turns demo data on in development and off in production, by default', () => {
    expect(loadConfig({ JWT_SECRET: 'x'.repeat(32), BOT_SERVICE_TOKEN: 'bot' }).demo.enabled).toBe(true);
    expect(loadConfig(PRODUCTION).demo.enabled).toBe(false);
    expect(loadConfig({ ...PRODUCTION, DEMO_DATA: 'off' }).demo.enabled).toBe(false);
  });

  it('refuses DEMO_DATA=on in production rather than seeding published passwords', () => {
    expect(() => loadConfig({ ...PRODUCTION, DEMO_DATA: 'on' })).toThrow('DEMO_DATA=on is refused when NODE_ENV=production');
  });

  it('keeps sessions 14 days by default and makes the cookie Secure in production only (unless turned off)', () => {
    expect(loadConfig(PRODUCTION).refreshTokenTtl).toBe(14 * 24 * 3600);
    expect(loadConfig({ ...PRODUCTION, REFRESH_TOKEN_TTL_DAYS: '30' }).refreshTokenTtl).toBe(30 * 24 * 3600);
    expect(loadConfig(PRODUCTION).sessionCookieSecure).toBe(true);
    expect(loadConfig({ ...PRODUCTION, SESSION_COOKIE_SECURE: 'off' }).sessionCookieSecure).toBe(false);
    expect(loadConfig({ JWT_SECRET: 'x'.repeat(32), BOT_SERVICE_TOKEN: 'bot' }).sessionCookieSecure).toBe(false);
  });
});
