/**
 * A slide deck stand-in for the embed tests: a loopback server on its own port (another
 * origin than the app, and one Chromium lets frame a local address; a routed or public page
 * may not, Local Network Access) serving a page with the app in an iframe. The page records
 * what the frame posts (`window.events`) and can post to it (`window.send`).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';

/** What the embed posts (the fields the tests read). */
export interface StepEvent {
  type: string;
  scenario: string;
  step: number;
  stepCount: number;
  hops: number;
  done: boolean;
}

function deckHtml(search: URLSearchParams): string {
  const attr = (v: string | null) => (v ?? '').replace(/[^\w:/?&=.%-]/g, '');
  return `<!doctype html><title>deck</title><body style="margin:0">
    <iframe id="pw" src="${attr(search.get('src'))}" width="${attr(search.get('w'))}"
      height="${attr(search.get('h'))}" style="border:0" title="PacketWalk"></iframe>
    <script>
      window.events = [];
      addEventListener('message', (e) => {
        if (e.source === document.getElementById('pw').contentWindow) window.events.push(e.data);
      });
      window.send = (m) => document.getElementById('pw').contentWindow.postMessage(m, '*');
    </script></body>`;
}

/** A running deck server. */
export interface DeckServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  /**
   * Opens the deck in a new context with the app (`query`, e.g. `?mode=embed`) framed at `size`.
   * @returns the page, its console errors, and the context to close
   */
  open(
    browser: Browser,
    query: string,
    size: { width: number; height: number },
  ): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }>;
  close(): Promise<void>;
}

/**
 * Starts the deck server; close it in afterAll.
 * @returns the server
 */
export async function startDeckServer(): Promise<DeckServer> {
  const server: Server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(deckHtml(new URL(req.url ?? '/', 'http://x').searchParams));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    async open(browser, query, size) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      const deck = new URL('/deck.html', origin);
      const src = new URL(query, inject('appUrl')).href;
      deck.search = new URLSearchParams({
        src,
        w: String(size.width),
        h: String(size.height),
      }).toString();
      await page.goto(deck.href);
      return { page, errors, close: () => context.close() };
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** What the frame posted so far. */
export const deckEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { events: StepEvent[] }).events);

/** Posts a message from the deck to the frame. */
export const deckSend = (page: Page, message: unknown) =>
  page.evaluate((m) => (window as unknown as { send: (m: unknown) => void }).send(m), message);
