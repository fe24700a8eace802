import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup } from '@angular/forms';
import { applyFieldErrors, submitErrorMessage } from './form-errors';

function aForm() {
  return new FormGroup({ name: new FormControl('x'), roles: new FormControl<string[]>([]) });
}

describe('applyFieldErrors', () => {
  it('puts each API message on its control and returns the ones without a control', () => {
    const form = aForm();
    const unmatched = applyFieldErrors(form, [
      { field: 'name', message: 'too long' },
      { field: 'roles[0]', message: 'unknown role' },
      { field: 'colour', message: 'not a field' },
    ]);
    expect(form.controls.name.errors).toEqual({ server: 'too long' });
    expect(form.controls.roles.errors).toEqual({ server: 'unknown role' });
    expect(unmatched).toEqual([{ field: 'colour', message: 'not a field' }]);
  });
});

describe('submitErrorMessage', () => {
  it('points to the fields when every field error found its control', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'invalid',
        errors: [{ field: 'name', message: 'required' }],
      },
    });
    expect(submitErrorMessage(aForm(), error)).toEqual({ key: 'errors.checkFields' });
  });

  it('shows the general message when some field errors have no control', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'invalid',
        errors: [{ field: 'x', message: 'bad' }],
      },
    });
    expect(submitErrorMessage(aForm(), error)).toEqual({ key: 'errors.detail', params: { detail: 'invalid' } });
  });
});
