/** For the template specs: what a reader of the HTML sees, and where its links lead. */

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<body'));
  return body
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity])
    .replace(/\s+/g, ' ')
    .trim();
}

export function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((match) =>
    match[1].replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]),
  );
}

/** The mail with the given values replaced by placeholders: what is left is the template's own text. */
export function skeleton(content: string, values: Record<string, string>): string {
  return Object.entries(values).reduce(
    (result, [placeholder, value]) => result.split(value).join(placeholder),
    content,
  );
}
