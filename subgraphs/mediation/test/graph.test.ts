import { demoEnterpriseId, demoOfficerId } from '@pecg/demo';
import { maskName, maskPhone, piiAuditModel } from '@pecg/common';
import { startTestGraph, type TestGraph } from '@pecg/graph-tools';
import http from 'node:http';
import { authHeaders, type TestCaller } from '@pecg/testing';

/**
 * The whole graph in-process: the printable agreement through the gateway's generic document route,
 * per role, and an enterprise with its disputes and their mediators (volunteers from this subgraph,
 * police officers from the enterprises subgraph).
 */
describe('mediation through the gateway: the agreement document and federated mediators', () => {
  let graph: TestGraph;
  let base: string;
  beforeAll(async () => {
    graph = await startTestGraph({ seed: ['enterprises', 'mediation'] });
    base = graph.gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await graph.stop();
  });

  const fetchDocument = async (path: string, caller?: TestCaller) => {
    const response = await fetch(`${base}${path}`, { headers: caller ? await authHeaders(caller) : {} });
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
  };

  it('serves the 调解协议书 with its parties in the clear and audited for a MEDIATOR, masked for an ANALYST', async () => {
    const { data, errors } = await graph.query(
      `{ disputes(filter: { statuses: [JUDICIALLY_CONFIRMED] }, first: 1) { edges { node { id title agreement { form documentPath terms seal { committee } } parties { name phone } } } } }`,
    );
    expect(errors).toBeUndefined();
    const dispute = data!.disputes.edges[0].node;
    expect(dispute.agreement.form).toBe('WRITTEN');
    const [applicant] = dispute.parties as Array<{ name: string; phone: string }>;

    const clear = await fetchDocument(dispute.agreement.documentPath, { role: 'MEDIATOR', subject: 'mediator-print' });
    expect(clear.status).toBe(200);
    expect(clear.type).toContain('text/html');
    expect(clear.body).toContain('人民调解协议书');
    expect(clear.body).toContain(dispute.agreement.terms);
    expect(clear.body).toContain(dispute.agreement.seal.committee);
    expect(clear.body).toContain(applicant.name);
    expect(clear.body).toContain(applicant.phone);
    const audit = await piiAuditModel(graph.subgraphs.mediation.db.connection)
      .find({ subject: 'mediator-print', entity: 'Dispute', entityId: dispute.id })
      .lean();
    expect(audit).toHaveLength(1);
    expect(audit[0].fields).toEqual(expect.arrayContaining(['parties.0.name', 'parties.0.phone']));

    const masked = await fetchDocument(dispute.agreement.documentPath, { role: 'ANALYST', subject: 'analyst-print' });
    expect(masked.status).toBe(200);
    expect(masked.body).not.toContain(applicant.name);
    expect(masked.body).not.toContain(applicant.phone);
    expect(masked.body).toContain(maskName(applicant.name)!);
    expect(masked.body).toContain(maskPhone(applicant.phone)!);
    expect(await piiAuditModel(graph.subgraphs.mediation.db.connection).countDocuments({ subject: 'analyst-print', entity: 'Dispute' })).toBe(0);
  });

  it('answers 401 without a token, 404 for a dispute the caller may not see, an unknown dispute or subgraph', async () => {
    const { data } = await graph.query(
      `{ disputes(filter: { statuses: [JUDICIALLY_CONFIRMED] }, first: 1) { edges { node { agreement { documentPath } enterprises { id } } } } }`,
    );
    const node = data!.disputes.edges[0].node;
    expect((await fetchDocument(node.agreement.documentPath)).status).toBe(401);
    const other = node.enterprises[0]?.id === demoEnterpriseId(1).toHexString() ? demoEnterpriseId(2) : demoEnterpriseId(1);
    expect((await fetchDocument(node.agreement.documentPath, { role: 'ENTERPRISE', enterpriseId: other.toHexString() })).status).toBe(404);
    expect((await fetchDocument('/documents/mediation/agreements/ffffffffffffffffffffffff', 'ADMIN')).status).toBe(404);
    expect((await fetchDocument('/documents/nowhere/agreements/ffffffffffffffffffffffff', 'ADMIN')).status).toBe(404);
    // a raw path (no client-side normalisation) cannot leave the subgraph's /documents, e.g. for its /graphql
    const headers = await authHeaders('ADMIN');
    for (const raw of ['/documents/mediation/%2e%2e/graphql?query=%7B__typename%7D', '/documents/mediation/..%2Fgraphql?query=%7B__typename%7D']) {
      const status = await new Promise<number>((resolve, reject) => {
        const { hostname, port } = new URL(base);
        const request = http.request({ hostname, port, path: raw, headers }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
        request.end();
      });
      expect(status).toBe(404);
    }
  });

  it('answers an enterprise with its disputes and their mediators: volunteers here, police officers from the enterprises subgraph', async () => {
    const { data, errors } = await graph.query(
      `query ($id: ID!) { enterprise(id: $id) { name disputes { title mediators { __typename ... on Volunteer { name roleLabels } ... on PoliceOfficer { name badgeNumber unit } } } } }`,
      { id: demoEnterpriseId(4).toHexString() },
    );
    expect(errors).toBeUndefined();
    const mediators = (data!.enterprise.disputes as Array<{ mediators: Array<Record<string, unknown>> }>).flatMap((d) => d.mediators);
    expect(mediators).toContainEqual(
      expect.objectContaining({ __typename: 'PoliceOfficer', name: expect.any(String), badgeNumber: expect.any(String), unit: '象耳派出所' }),
    );

    const park = await graph.query(
      `query ($id: ID!) { enterprise(id: $id) { disputes { mediators { __typename ... on Volunteer { roleLabels grid { community { name } } } } } } }`,
      { id: demoEnterpriseId(1).toHexString() },
    );
    const volunteers = (park.data!.enterprise.disputes as Array<{ mediators: Array<any> }>)
      .flatMap((d) => d.mediators)
      .filter((m) => m.__typename === 'Volunteer');
    expect(volunteers.length).toBeGreaterThan(0);
    // the park's own force mediates the park's disputes
    for (const v of volunteers) expect(v).toMatchObject({ roleLabels: ['人民调解员'], grid: { community: { name: '万象创新科技产业园' } } });

    const officer = await graph.query(
      `query ($id: ID!) { policeOfficer(id: $id) { name mediatedDisputes { title } mediationSessions { at dispute { title } } } }`,
      { id: demoOfficerId(5).toHexString() },
    );
    expect(officer.errors).toBeUndefined();
    expect(officer.data!.policeOfficer.mediatedDisputes.length).toBeGreaterThan(0);
    expect(officer.data!.policeOfficer.mediationSessions[0].dispute.title).toEqual(expect.any(String));
  });
});
