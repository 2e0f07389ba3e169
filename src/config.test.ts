import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      HOPTAC_DEMO: true,
      trustProxy: false,
    });
    expect(c.dataDir).toMatch(/\/data$/);
  });

  it('parses values and flags', () => {
    const c = loadConfig({
      PORT: '8080',
      HOPTAC_DEMO: '0',
      TRUST_PROXY: '10.0.0.0/8',
      DATABASE_URL: 'postgres://u@h/db',
    });
    expect(c).toMatchObject({
      PORT: 8080,
      HOPTAC_DEMO: false,
      trustProxy: '10.0.0.0/8',
      DATABASE_URL: 'postgres://u@h/db',
    });
  });

  it('names every invalid variable with what is allowed, in one line', () => {
    const attempt = () =>
      loadConfig({
        PORT: '99999',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://x',
        TENANT_PROVINCE_CODE: '331',
      });
    expect(attempt).toThrow(ConfigError);
    const message = (() => {
      try {
        attempt();
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain('PORT:');
    expect(message).toMatch(/LOG_LEVEL: .*"info"/);
    expect(message).toContain('DATABASE_URL: phải bắt đầu bằng postgres://');
    expect(message).toContain('TENANT_PROVINCE_CODE: mã tỉnh gồm 2 chữ số');
  });
});
