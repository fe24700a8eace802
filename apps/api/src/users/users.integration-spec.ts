import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createTestApp, signIn, type TestApp } from '../testing/test-app';
import { UserEntity } from './entities/user.entity';

describe('user administration', () => {
  let subject: TestApp;
  let admin: TestAgent;
  let token: string;
  let organisationId: string;

  const userCount = () => subject.app.get(DataSource).getRepository(UserEntity).count();

  beforeAll(async () => {
    subject = await createTestApp();
    admin = subject.browser();
    token = await signIn(admin, 'admin@demo.sluitend.nl');
    organisationId = (await admin.get('/api/v1/organisations')).body[0].id;
  });

  afterAll(() => subject.close());

  it('lets an admin create a user who can then sign in', async () => {
    const response = await admin
      .post('/api/v1/users')
      .set('X-XSRF-TOKEN', token)
      .send({
        email: 'Nieuwe.Collega@Demo.Sluitend.nl',
        name: 'Nieuwe Collega',
        organisationId,
        roles: ['professional', 'actietafel-member'],
        password: 'een lang genoeg wachtwoord',
      });
    expect(response.status).toBe(201);
    expect(response.headers['api-version']).toBe('1.0.0');
    expect(response.body).toMatchObject({ email: 'nieuwe.collega@demo.sluitend.nl', active: true, version: 1 });
    expect(response.body).not.toHaveProperty('passwordHash');
    await expect(
      signIn(subject.browser(), 'nieuwe.collega@demo.sluitend.nl', 'een lang genoeg wachtwoord'),
    ).resolves.toBeTruthy();
  });

  it('answers an unknown field with 400 problem+json naming it, and creates nothing', async () => {
    const before = await userCount();
    const response = await admin
      .post('/api/v1/users')
      .set('X-XSRF-TOKEN', token)
      .send({
        email: 'extra@demo.sluitend.nl',
        name: 'Extra',
        organisationId,
        roles: ['professional'],
        password: 'een lang genoeg wachtwoord',
        isSuperuser: true,
      });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      type: 'https://sluitend.nl/problems/validation-failed',
      title: 'Bad Request',
      status: 400,
    });
    expect(response.body.errors).toEqual([{ field: 'isSuperuser', message: 'property isSuperuser should not exist' }]);
    expect(await userCount()).toBe(before);
  });

  it('answers wrong types with a field error per field, and creates nothing', async () => {
    const before = await userCount();
    const response = await admin.post('/api/v1/users').set('X-XSRF-TOKEN', token).send({
      email: 42,
      name: 'Type Fout',
      organisationId,
      roles: 'admin',
      password: 'kort',
    });
    expect(response.status).toBe(400);
    const fields = response.body.errors.map((error: { field: string }) => error.field);
    expect(new Set(fields)).toEqual(new Set(['email', 'roles', 'password']));
    expect(await userCount()).toBe(before);
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    const response = await admin
      .post('/api/v1/users')
      .set('X-XSRF-TOKEN', token)
      .set('Content-Type', 'application/json')
      .send('{"email": ');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.detail).toMatch(/JSON/);
  });

  it('refuses a second user with the same email with 409', async () => {
    const response = await admin
      .post('/api/v1/users')
      .set('X-XSRF-TOKEN', token)
      .send({
        email: 'school@demo.sluitend.nl',
        name: 'Dubbel',
        organisationId,
        roles: ['professional'],
        password: 'een lang genoeg wachtwoord',
      });
    expect(response.status).toBe(409);
    expect(response.body.errors).toEqual([{ field: 'email', message: 'email is already in use' }]);
  });

  it('answers a stale version with 409 and the current version, changing nothing', async () => {
    const user = (await admin.get('/api/v1/users')).body.find(
      (u: { email: string }) => u.email === 'jeugdhulp@demo.sluitend.nl',
    );
    const first = await admin
      .patch(`/api/v1/users/${user.id}`)
      .set('X-XSRF-TOKEN', token)
      .send({ version: user.version, name: 'Eerste' });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(user.version + 1);
    const stale = await admin
      .patch(`/api/v1/users/${user.id}`)
      .set('X-XSRF-TOKEN', token)
      .send({ version: user.version, name: 'Tweede' });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(user.version + 1);
    expect((await admin.get(`/api/v1/users/${user.id}`)).body.name).toBe('Eerste');
  });

  it('lets exactly one of two simultaneous saves of the same version win', async () => {
    const user = (await admin.get('/api/v1/users')).body.find(
      (u: { email: string }) => u.email === 'chair@demo.sluitend.nl',
    );
    const save = (name: string) =>
      admin.patch(`/api/v1/users/${user.id}`).set('X-XSRF-TOKEN', token).send({ version: user.version, name });
    const results = await Promise.all([save('Race A'), save('Race B'), save('Race C')]);
    const statuses = results.map((result) => result.status).sort();
    expect(statuses).toEqual([200, 409, 409]);
    const winner = results.find((result) => result.status === 200)?.body.name;
    expect((await admin.get(`/api/v1/users/${user.id}`)).body.name).toBe(winner);
  });

  it('does not let an admin deactivate themselves', async () => {
    const me = (await admin.get('/api/v1/auth/me')).body;
    const self = (await admin.get(`/api/v1/users/${me.id}`)).body;
    const response = await admin
      .patch(`/api/v1/users/${me.id}`)
      .set('X-XSRF-TOKEN', token)
      .send({ version: self.version, active: false });
    expect(response.status).toBe(409);
  });

  it('answers a malformed id with 400 and an unknown id with 404', async () => {
    expect((await admin.get('/api/v1/users/not-a-uuid')).status).toBe(400);
    expect((await admin.get('/api/v1/users/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe('admin-only endpoints', () => {
  let subject: TestApp;

  beforeAll(async () => {
    subject = await createTestApp();
  });

  afterAll(() => subject.close());

  it.each([
    'jongerenwerker@demo.sluitend.nl',
    'coordinator@demo.sluitend.nl',
    'chair@demo.sluitend.nl',
    'member@demo.sluitend.nl',
  ])('refuse %s with 403 and change nothing', async (email) => {
    const browser = subject.browser();
    const token = await signIn(browser, email);
    const list = await browser.get('/api/v1/users');
    expect(list.status).toBe(403);
    expect(list.headers['content-type']).toContain('application/problem+json');
    const organisations = (await browser.get('/api/v1/organisations')).body;
    const create = await browser
      .post('/api/v1/organisations')
      .set('X-XSRF-TOKEN', token)
      .send({ name: 'Stiekem', sector: 'welzijn', regionId: organisations[0].regionId });
    expect(create.status).toBe(403);
    const deactivate = await browser
      .patch(`/api/v1/organisations/${organisations[0].id}`)
      .set('X-XSRF-TOKEN', token)
      .send({ version: organisations[0].version, active: false });
    expect(deactivate.status).toBe(403);
    expect((await browser.get('/api/v1/organisations')).body).toHaveLength(organisations.length);
  });

  it('refuse an anonymous caller with 401', async () => {
    expect((await subject.browser().get('/api/v1/users')).status).toBe(401);
    expect((await subject.browser().get('/api/v1/organisations')).status).toBe(401);
  });
});

describe('colleague search', () => {
  let subject: TestApp;
  let coordinator: TestAgent;

  const names = (body: Array<{ name: string }>) => body.map((colleague) => colleague.name);

  beforeAll(async () => {
    subject = await createTestApp();
    const admin = subject.browser();
    const token = await signIn(admin, 'admin@demo.sluitend.nl');
    const gemeente = (await admin.get('/api/v1/organisations')).body.find(
      (organisation: { name: string }) => organisation.name === 'Gemeente Tiel',
    );
    const createChair = async (email: string, name: string) => {
      const created = await admin
        .post('/api/v1/users')
        .set('X-XSRF-TOKEN', token)
        .send({
          email,
          name,
          organisationId: gemeente.id,
          roles: ['actietafel-chair'],
          password: 'een lang genoeg wachtwoord',
        });
      expect(created.status).toBe(201);
      return created.body as { id: string; version: number };
    };
    await createChair('tweede.voorzitter@demo.sluitend.nl', 'Tweede Voorzitter');
    const former = await createChair('oud.voorzitter@demo.sluitend.nl', 'Oud Voorzitter');
    const deactivated = await admin
      .patch(`/api/v1/users/${former.id}`)
      .set('X-XSRF-TOKEN', token)
      .send({ version: former.version, active: false });
    expect(deactivated.status).toBe(200);
    coordinator = subject.browser();
    await signIn(coordinator, 'coordinator@demo.sluitend.nl');
  });

  afterAll(() => subject.close());

  it('finds only the active chairs with role=actietafel-chair', async () => {
    const response = await coordinator.get('/api/v1/colleagues').query({ role: 'actietafel-chair' });
    expect(response.status).toBe(200);
    expect(names(response.body)).toEqual(['Marieke van Dijk', 'Tweede Voorzitter']);
  });

  it('looks for professionals when no role is given', async () => {
    const response = await coordinator.get('/api/v1/colleagues');
    expect(response.status).toBe(200);
    expect(names(response.body)).toEqual(['Linda Verhoef', 'Sanne de Vries', 'Thomas Janssen', 'Youssef Bakker']);
    expect((await coordinator.get('/api/v1/colleagues').query({ role: 'professional' })).body).toEqual(response.body);
  });

  it('answers role=admin with 400 problem+json and a field error for role', async () => {
    const response = await coordinator.get('/api/v1/colleagues').query({ role: 'admin' });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors).toEqual([{ field: 'role', message: expect.stringContaining('role') }]);
  });
});
