// Characters XML 1.0 does not allow anywhere in a document, not even escaped as &#…; (§2.2:
// only tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000 upwards).
// A control character in a name or passage would make the GEXF, GraphML and SVG exports
// invalid, and a browser's image decoder refuses such an SVG, so they are removed. Lone
// surrogates (half a character) go too. Pure: the exports and the SVG export share it.

const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without the characters XML 1.0 cannot carry. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}
