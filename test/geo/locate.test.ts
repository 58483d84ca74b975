import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import {
  LocationError,
  locateFromUserAction,
  locationErrorMessage,
  type GeolocationLike,
  type LocateOptions,
} from '../../src/geo/locate.js';

type Answer = { lat: number; lng: number } | { code: 1 | 2 | 3 } | 'never';

/** A fake `Geolocation` that answers once, as told, and records the options it was given. */
function fakeGeolocation(answer: Answer) {
  const calls: PositionOptions[] = [];
  const geo: GeolocationLike = {
    getCurrentPosition(ok, fail, opts) {
      calls.push(opts ?? {});
      if (answer === 'never') return;
      if ('code' in answer) {
        fail?.({ code: answer.code, message: 'x' } as GeolocationPositionError);
      } else {
        ok({
          coords: { latitude: answer.lat, longitude: answer.lng },
        } as GeolocationPosition);
      }
    },
  };
  return { geo, calls };
}

/** Calls locate from inside a real (trusted) click on a button, made through the browser. */
async function fromRealClick(options: LocateOptions): Promise<LatLng | unknown> {
  const button = document.createElement('button');
  button.textContent = 'Use my location';
  button.style.cssText = 'position:fixed;left:0;top:0;width:100px;height:40px';
  document.body.append(button);
  try {
    const result = new Promise((resolve) => {
      button.addEventListener(
        'click',
        (event) => resolve(locateFromUserAction(event, options).catch((e: unknown) => e)),
        { once: true },
      );
    });
    await sendMouse({ type: 'click', position: [20, 20] });
    return await await result;
  } finally {
    button.remove();
  }
}
type LatLng = { lat: number; lng: number };

describe('geo/locate', () => {
  it('refuses events a script made, without asking the browser', async () => {
    const { geo, calls } = fakeGeolocation({ lat: 1, lng: 2 });
    const error = await locateFromUserAction(new MouseEvent('click'), { geolocation: geo }).catch(
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(TypeError);
    expect(calls).to.have.length(0);
  });

  it('resolves the position on a real click', async () => {
    const { geo, calls } = fakeGeolocation({ lat: 48.85, lng: 2.35 });
    expect(await fromRealClick({ geolocation: geo, timeoutMs: 5000 })).to.deep.equal({
      lat: 48.85,
      lng: 2.35,
    });
    expect(calls[0]).to.include({ timeout: 5000, enableHighAccuracy: false });
  });

  it('accepts a real key press, but not a trusted event of another type', async () => {
    const { geo } = fakeGeolocation({ lat: 1, lng: 2 });
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    try {
      const results: unknown[] = [];
      const pending: Promise<unknown>[] = [];
      for (const type of ['keydown', 'input']) {
        input.addEventListener(
          type,
          (event) =>
            pending.push(locateFromUserAction(event, { geolocation: geo }).catch((e) => e)),
          { once: true },
        );
      }
      await sendKeys({ press: 'a' });
      results.push(...(await Promise.all(pending)));
      expect(results[0]).to.deep.equal({ lat: 1, lng: 2 });
      expect(results[1]).to.be.instanceOf(TypeError);
    } finally {
      input.remove();
    }
  });

  for (const [code, want] of [
    [1, 'denied'],
    [2, 'unavailable'],
    [3, 'timeout'],
  ] as const) {
    it(`maps a browser error ${code} to "${want}"`, async () => {
      const { geo } = fakeGeolocation({ code });
      const error = await fromRealClick({ geolocation: geo });
      expect(error).to.be.instanceOf(LocationError);
      expect((error as LocationError).code).to.equal(want);
    });
  }

  it('is "unsupported" without a geolocation object', async () => {
    const error = await fromRealClick({ geolocation: {} as GeolocationLike });
    expect((error as LocationError).code).to.equal('unsupported');
  });

  it('gives up with "timeout" when the browser never answers (fake clock)', async () => {
    const clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout'],
      shouldClearNativeTimers: true,
    });
    try {
      const { geo } = fakeGeolocation('never');
      let settled: unknown;
      const button = document.createElement('button');
      document.body.append(button);
      button.addEventListener('click', (event) => {
        locateFromUserAction(event, { geolocation: geo, timeoutMs: 1000, promptMs: 2000 }).catch(
          (e: unknown) => (settled = e),
        );
      });
      const rect = button.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.ceil(rect.x + 2), Math.ceil(rect.y + 2)] });
      button.remove();
      await clock.tickAsync(2999);
      expect(settled).to.equal(undefined);
      await clock.tickAsync(1);
      expect((settled as LocationError).code).to.equal('timeout');
    } finally {
      clock.restore();
    }
  });

  it('has English and French messages for every code', () => {
    for (const code of ['denied', 'timeout', 'unavailable', 'unsupported'] as const) {
      const en = locationErrorMessage(code, 'en-GB');
      const fr = locationErrorMessage(code, 'fr-FR');
      expect(en).to.be.a('string').and.not.equal('');
      expect(fr).to.not.equal(en);
      expect(new LocationError(code).message).to.equal(en);
    }
    expect(locationErrorMessage('denied', 'fr-CA')).to.match(/position/);
  });
});
