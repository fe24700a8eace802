import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createTestApp, signIn, type TestApp } from '../testing/test-app';

/** Who may grant which roles: nobody their own, and no account both administers and reaches case content. */
describe('role grants', () => {
  let subject: TestApp;
  let admin: TestAgent;
  let token: string;
  let organisationId: string;

  const rolesOf = async (id: string): Promise<string[]> =>
    (await subject.app.get(DataSource).query(`SELECT roles FROM app_user WHERE id = $1`, [id]))[0].roles;
  const userByEmail = async (email: string) =>
    (await admin.get('/api/v1/users')).body.find((user: { email: string }) => user.email === email);

  beforeAll(async () => {
    subject = await createTestApp();
    admin = subject.browser();
    token = await signIn(admin, 'admin@demo.sluitend.nl');
    organisationId = (await admin.get('/api/v1/organisations')).body[0].id;
  });

  afterAll(() => subject.close());

  it('refuses an admin granting itself a role with 403 problem+json naming the rule, changing nothing', async () => {
    const me = (await admin.get('/api/v1/auth/me')).body;
    const self = (await admin.get(`/api/v1/users/${me.id}`)).body;
    for (const roles of [
      ['admin', 'actietafel-coordinator'],
      ['admin', 'professional'],
      ['admin', 'privacy-officer'],
    ]) {
      const response = await admin
        .patch(`/api/v1/users/${me.id}`)
        .set('X-XSRF-TOKEN', token)
        .send({ version: self.version, roles });
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body).toMatchObject({ type: 'https://sluitend.nl/problems/own-roles', status: 403 });
    }
    expect(await rolesOf(me.id)).toEqual(['admin']);
    // Having asked, it still reaches no escalation.
    expect((await admin.get('/api/v1/escalations')).status).toBe(403);
  });

  it('refuses an admin taking away its own admin role with the same 403', async () => {
    const me = (await admin.get('/api/v1/auth/me')).body;
    const self = (await admin.get(`/api/v1/users/${me.id}`)).body;
    const response = await admin
      .patch(`/api/v1/users/${me.id}`)
      .set('X-XSRF-TOKEN', token)
      .send({ version: self.version, roles: ['privacy-officer'] });
    expect(response.status).toBe(403);
    expect(response.body.type).toBe('https://sluitend.nl/problems/own-roles');
    expect(await rolesOf(me.id)).toEqual(['admin']);
  });

  it('lets an admin rename itself when the form sends its roles unchanged', async () => {
    const me = (await admin.get('/api/v1/auth/me')).body;
    const self = (await admin.get(`/api/v1/users/${me.id}`)).body;
    const response = await admin
      .patch(`/api/v1/users/${me.id}`)
      .set('X-XSRF-TOKEN', token)
      .send({ version: self.version, name: 'Anouk Beheer-Jansen', roles: ['admin'] });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ name: 'Anouk Beheer-Jansen', roles: ['admin'] });
  });

  it.each([['professional'], ['actietafel-coordinator'], ['actietafel-chair'], ['actietafel-member']])(
    'refuses admin with %s on another account with 400 naming roles, changing nothing',
    async (contentRole) => {
      const colleague = await userByEmail('jeugdhulp@demo.sluitend.nl');
      const response = await admin
        .patch(`/api/v1/users/${colleague.id}`)
        .set('X-XSRF-TOKEN', token)
        .send({ version: colleague.version, roles: ['admin', contentRole] });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.errors).toEqual([
        { field: 'roles', message: expect.stringContaining('admin cannot be combined') },
      ]);
      expect(await rolesOf(colleague.id)).toEqual(['professional']);
    },
  );

  it('refuses to create an admin who also reaches case content or is the privacy officer, creating nothing', async () => {
    for (const roles of [
      ['admin', 'actietafel-member'],
      ['privacy-officer', 'admin'],
    ]) {
      const email = `dubbel-${roles.join('-')}@demo.sluitend.nl`;
      const response = await admin
        .post('/api/v1/users')
        .set('X-XSRF-TOKEN', token)
        .send({ email, name: 'Dubbele Pet', organisationId, roles, password: 'een lang genoeg wachtwoord' });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['roles']);
      expect(await userByEmail(email)).toBeUndefined();
    }
  });

  it('lets a second admin move a colleague from case work to administration, in one change', async () => {
    const colleague = await userByEmail('school@demo.sluitend.nl');
    const response = await admin
      .patch(`/api/v1/users/${colleague.id}`)
      .set('X-XSRF-TOKEN', token)
      .send({ version: colleague.version, roles: ['admin'] });
    expect(response.status).toBe(200);
    expect(await rolesOf(colleague.id)).toEqual(['admin']);
  });
});
