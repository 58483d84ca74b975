import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { requests, takeUnhandled, useHandlers } from '../helpers/mock-api.js';

describe('the test network', () => {
  it('answers mocked requests and records them', async () => {
    useHandlers(http.get('*/ping', () => HttpResponse.json({ pong: true })));
    const res = await fetch('/ping?x=1');
    expect(await res.json()).to.deep.equal({ pong: true });
    expect(requests.map((r) => new URL(r.url).pathname)).to.deep.equal(['/ping']);
  });

  it('fails an unmocked request as a network error and reports it', async () => {
    let error: unknown;
    try {
      await fetch('https://unmocked.example/anything');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
    // The helper would fail this test after it ends; take the report to show it was recorded.
    expect(takeUnhandled()).to.deep.equal(['GET https://unmocked.example/anything']);
  });
});
