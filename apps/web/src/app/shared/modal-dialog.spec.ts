import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ModalDialog } from './modal-dialog';

@Component({
  selector: 'app-dialog-host',
  imports: [ModalDialog],
  template: `
    <button type="button" id="opener" (click)="open.set(true)">Open</button>
    <app-modal-dialog titleId="dialog-title" [open]="open()" (dismissed)="open.set(false)">
      <h2 id="dialog-title">Titel</h2>
      <button type="button" id="first">Eerste</button>
      <button type="button" id="last" data-initial-focus>Laatste</button>
    </app-modal-dialog>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class DialogHost {
  readonly open = signal(false);
}

describe('ModalDialog', () => {
  async function openDialog() {
    TestBed.configureTestingModule({ imports: [DialogHost] });
    const fixture = TestBed.createComponent(DialogHost);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const opener = host.querySelector<HTMLButtonElement>('#opener');
    opener?.focus();
    opener?.click();
    await fixture.whenStable();
    return { fixture, host, dialog: host.querySelector('dialog') };
  }

  const key = (target: Element | null, init: KeyboardEventInit) =>
    target?.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));

  it('opens labelled by its title, with focus on the marked element', async () => {
    const { dialog } = await openDialog();
    expect(dialog?.hasAttribute('open')).toBe(true);
    expect(dialog?.getAttribute('aria-labelledby')).toBe('dialog-title');
    expect(document.activeElement?.id).toBe('last');
  });

  it('keeps Tab inside the dialog, both ways', async () => {
    const { host } = await openDialog();
    key(host.querySelector('#last'), { key: 'Tab' });
    expect(document.activeElement?.id).toBe('first');
    key(host.querySelector('#first'), { key: 'Tab', shiftKey: true });
    expect(document.activeElement?.id).toBe('last');
  });

  it('closes on Escape and gives focus back to the opener', async () => {
    const { fixture, host, dialog } = await openDialog();
    key(host.querySelector('#first'), { key: 'Escape' });
    await fixture.whenStable();
    expect(dialog?.hasAttribute('open')).toBe(false);
    expect(document.activeElement?.id).toBe('opener');
  });
});
