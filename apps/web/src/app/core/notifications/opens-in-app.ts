/**
 * Whether following a notification's link should be a router navigation: a plain left click on a path of this
 * app. A click with a modifier (new tab or window) or a link elsewhere stays the browser's business.
 */
export function opensInApp(link: string, event: MouseEvent): boolean {
  const plainClick = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
  return plainClick && link.startsWith('/') && !link.startsWith('//');
}
