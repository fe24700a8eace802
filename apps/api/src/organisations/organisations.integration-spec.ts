import type TestAgent from 'supertest/lib/agent';
import { createTestApp, signIn, type TestApp } from '../testing/test-app';

describe('organisation administration', () => {
  let subject: TestApp;
  let admin: TestAgent;
  let token: string;
  let regionId: string;

  beforeAll(async () => {
    subject = await createTestApp();
    admin = subject.browser();
    token = await signIn(admin, 'admin@demo.sluitend.nl');
    regionId = (await admin.get('/api/v1/regions')).body[0].id;
  });

  afterAll(() => subject.close());

  it('lists the demo region with its eight municipalities', async () => {
    const regions = (await admin.get('/api/v1/regions')).body;
    expect(regions).toHaveLength(1);
    expect(regions[0].name).toBe('Rivierenland');
    expect(regions[0].municipalities.map((m: { name: string }) => m.name)).toEqual([
      'Buren',
      'Culemborg',
      'Maasdriel',
      'Neder-Betuwe',
      'Tiel',
      'West Betuwe',
      'West Maas en Waal',
      'Zaltbommel',
    ]);
  });

  it('lets an admin create an organisation in a sector', async () => {
    const response = await admin
      .post('/api/v1/organisations')
      .set('X-XSRF-TOKEN', token)
      .send({ name: 'VSO De Brug', sector: 'onderwijs', regionId });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: 'VSO De Brug', sector: 'onderwijs', active: true, version: 1 });
  });

  it('refuses an unknown sector with a field error', async () => {
    const response = await admin
      .post('/api/v1/organisations')
      .set('X-XSRF-TOKEN', token)
      .send({ name: 'Iets', sector: 'zorg', regionId });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('sector');
  });

  it('refuses an unknown region with a field error', async () => {
    const response = await admin
      .post('/api/v1/organisations')
      .set('X-XSRF-TOKEN', token)
      .send({ name: 'Iets', sector: 'welzijn', regionId: '00000000-0000-4000-8000-000000000000' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'regionId', message: 'regionId must refer to an existing region' }]);
  });

  it('deactivating an organisation stops its users from signing in and ends their sessions', async () => {
    const werker = subject.browser();
    await signIn(werker, 'werk@demo.sluitend.nl');
    const organisation = (await admin.get('/api/v1/organisations')).body.find(
      (o: { name: string }) => o.name === 'Werkzaak Rivierenland',
    );
    const response = await admin
      .patch(`/api/v1/organisations/${organisation.id}`)
      .set('X-XSRF-TOKEN', token)
      .send({ version: organisation.version, active: false });
    expect(response.status).toBe(200);
    expect(response.body.active).toBe(false);
    expect((await werker.get('/api/v1/auth/me')).status).toBe(401);
    await expect(signIn(subject.browser(), 'werk@demo.sluitend.nl')).rejects.toThrow(/401/);
  });

  it("lets an admin set the region's own life domains, which new cases then follow", async () => {
    const custom = [
      { key: 'wonen', label: 'Wonen' },
      { key: 'school-en-werk', label: 'School en werk' },
      { key: 'geld', label: 'Geld' },
    ];
    const duplicate = await admin
      .put(`/api/v1/regions/${regionId}/life-domains`)
      .set('X-XSRF-TOKEN', token)
      .send({ lifeDomains: [custom[0], custom[0]] });
    expect(duplicate.status).toBe(400);
    const updated = await admin
      .put(`/api/v1/regions/${regionId}/life-domains`)
      .set('X-XSRF-TOKEN', token)
      .send({ lifeDomains: custom });
    expect(updated.status).toBe(200);
    expect(updated.body.lifeDomains).toEqual(custom);

    const worker = subject.browser();
    const workerToken = await signIn(worker, 'jongerenwerker@demo.sluitend.nl');
    const refused = await worker
      .put(`/api/v1/regions/${regionId}/life-domains`)
      .set('X-XSRF-TOKEN', workerToken)
      .send({ lifeDomains: custom });
    expect(refused.status).toBe(403);
    const municipalityId = (await worker.get('/api/v1/municipalities')).body[0].id;
    const created = await worker
      .post('/api/v1/cases')
      .set('X-XSRF-TOKEN', workerToken)
      .send({ firstName: 'Jesse', lastName: 'Smit', dateOfBirth: '2010-06-01', municipalityId });
    expect(created.body.lifeDomains).toEqual(custom);
  });
});
