interface HappyDomWindow {
  happyDOM: { setViewport(viewport: { width: number; height: number }): void };
}

/**
 * Resizes happy-dom's window. Its media queries start from "not matching" whatever the width, so
 * the first resize after one is created reports only queries that match: a resize to a desktop
 * width first makes the one asked for count.
 */
export function setViewportWidth(width: number, height = 800): void {
  const { happyDOM } = window as unknown as HappyDomWindow;
  happyDOM.setViewport({ width: 1500 + (width % 2), height });
  happyDOM.setViewport({ width, height });
}
