/**
 * The size report's HTML (as the server's `irlens.sizeReport` returns it, the page `irlens report`
 * writes) made fit for a webview: a Content-Security-Policy that allows exactly what the page does
 * (its inline scripts and styles, plotly.js loaded from a blob: URL after it is unpacked from a data:
 * URL) and nothing from the network.
 */
export function reportCsp(cspSource: string): string {
  return [
    "default-src 'none'",
    "script-src 'unsafe-inline' blob:",
    `style-src 'unsafe-inline' ${cspSource}`,
    `img-src data: blob: ${cspSource}`,
    "font-src data:",
    "connect-src data:",
  ].join("; ");
}

export function withReportCsp(html: string, cspSource: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${reportCsp(cspSource)}">`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) {
    return `<!DOCTYPE html><html><head>${meta}</head><body>${html}</body></html>`;
  }
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/** The page shown while the server has not answered, or when it could not. */
export function messagePage(message: string, cspSource: string): string {
  const text = message.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
  return withReportCsp(`<!DOCTYPE html><html><head><title>irlens: Size Report</title></head><body><p id="message">${text}</p></body></html>`, cspSource);
}
