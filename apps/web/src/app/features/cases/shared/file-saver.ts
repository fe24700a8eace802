import { DOCUMENT, Injectable, inject } from '@angular/core';
import { DownloadedFile } from '../../../core/api/case-access-api.service';

/** Hands a downloaded file to the browser's own "save" (a temporary link with `download`). */
@Injectable({ providedIn: 'root' })
export class FileSaver {
  private readonly document = inject(DOCUMENT);

  save(file: DownloadedFile): void {
    const url = URL.createObjectURL(file.blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = file.filename;
    link.hidden = true;
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    // After the click has been handled, the browser no longer needs the object URL.
    setTimeout(() => URL.revokeObjectURL(url));
  }
}
