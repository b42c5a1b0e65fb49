import { ConfigError, loadConfig } from '../src/config/app-config';

const SERVER = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/pacta',
  JWT_SECRET: 'a-secret-of-at-least-thirty-two-characters',
};

describe('the first admin on a server database', () => {
  it('a password without an email is refused at start, naming the missing variable', () => {
    expect(() => loadConfig({ ...SERVER, PACTA_ADMIN_PASSWORD: 'long-enough-password' })).toThrow(
      new ConfigError(
        'PACTA_ADMIN_PASSWORD is set but PACTA_ADMIN_EMAIL is not: with DATABASE_URL, name the first admin with PACTA_ADMIN_EMAIL.',
      ),
    );
  });

  it('with both, the admin is the one named', () => {
    const config = loadConfig({
      ...SERVER,
      PACTA_ADMIN_EMAIL: 'Treaty.Admin@mfa.example',
      PACTA_ADMIN_PASSWORD: 'long-enough-password',
    });
    expect([config.adminEmail, config.adminPassword]).toEqual([
      'treaty.admin@mfa.example',
      'long-enough-password',
    ]);
  });

  it('with neither, no admin is created and the start goes on', () => {
    expect(loadConfig({ ...SERVER }).adminEmail).toBeNull();
  });
});
