import { opensInApp } from './opens-in-app';

const click = (init: MouseEventInit = {}) => new MouseEvent('click', { button: 0, ...init });

describe('opensInApp', () => {
  it('navigates in the app on a plain left click on one of its paths', () => {
    expect(opensInApp('/cases/1/toekomstplan', click())).toBe(true);
  });

  it('leaves a click with a modifier or another button to the browser', () => {
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }])
      expect(opensInApp('/home', click(init))).toBe(false);
  });

  it('leaves a link outside the app to the browser', () => {
    expect(opensInApp('https://example.org/', click())).toBe(false);
    expect(opensInApp('//example.org/home', click())).toBe(false);
  });
});
