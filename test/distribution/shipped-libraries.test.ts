/**
 * The tests run the libraries as the build ships them: what scripts/library-unused.mjs and
 * scripts/leaflet-unused.mjs leave out of them is left out here too (web-test-runner.config.mjs),
 * so a test that reaches code calling one of those methods fails as a shopper's page would.
 */
import { expect } from '@open-wc/testing';
import { Task } from '@lit/task';
import KDBush from 'kdbush';
import Supercluster from 'supercluster';
import { Map as LeafletMap } from '../../src/components/store-locator/leaflet.js';

describe('the libraries under test', () => {
  it('lack the methods the build leaves out', () => {
    const task = Task.prototype as unknown as Record<string, unknown>;
    expect(task['abort'], 'Task.abort').to.equal(undefined);
    expect(Object.getOwnPropertyDescriptor(task, 'taskComplete'), 'Task.taskComplete').to.equal(
      undefined,
    );
    expect((Supercluster.prototype as unknown as Record<string, unknown>)['getLeaves']).to.equal(
      undefined,
    );
    expect((KDBush as unknown as Record<string, unknown>)['from']).to.equal(undefined);
    expect((LeafletMap.prototype as unknown as Record<string, unknown>)['flyTo']).to.equal(
      undefined,
    );
  });

  it('keep what Aisle calls', () => {
    const task = Task.prototype as unknown as Record<string, unknown>;
    expect(task['run']).to.be.a('function');
    expect((Supercluster.prototype as unknown as Record<string, unknown>)['getClusters']).to.be.a(
      'function',
    );
    expect((LeafletMap.prototype as unknown as Record<string, unknown>)['setView']).to.be.a(
      'function',
    );
  });
});
