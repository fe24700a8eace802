import { TestBed } from '@angular/core/testing';
import { FileSaver } from './file-saver';

describe('FileSaver', () => {
  it('saves the file under its own name through a temporary link, and frees the object URL', async () => {
    const createObjectURL = jest.fn(() => 'blob:inzage');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });

    TestBed.inject(FileSaver).save({ blob: new Blob(['%PDF']), filename: 'inzage-case-1.pdf' });

    expect(clicked[0]?.download).toBe('inzage-case-1.pdf');
    expect(clicked[0]?.getAttribute('href')).toBe('blob:inzage');
    expect(clicked[0]?.isConnected).toBe(false);
    await new Promise((resolve) => setTimeout(resolve));
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:inzage');
    click.mockRestore();
  });
});
