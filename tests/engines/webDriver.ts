// A small W3C WebDriver (classic) client for WebKitGTK's WebKitWebDriver, the driver WebKit ships:
// Playwright's WebKit is a browser build of its own that cannot be downloaded here. It starts an
// X server (Xvfb) for the browser, the driver, and one session of WebKitGTK's MiniBrowser.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * MiniBrowser's toolbar keeps its window at least 447 px wide, wider than a phone. A GTK style
 * sheet of its own (in a config folder of its own) shrinks the toolbar's widgets to nothing.
 */
function gtkConfigWithoutToolbar(): string {
  const home = mkdtempSync(join(tmpdir(), 'webkit-gtk-'));
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(
    join(home, 'gtk-3.0', 'gtk.css'),
    'toolbar, toolbar *, entry, button { min-width: 0; min-height: 0; padding: 0; margin: 0; border: 0; font-size: 1px; }\n',
  );
  return home;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Starts Xvfb on a display it picks itself (-displayfd), so parallel runs never collide. */
export function startXvfb(): Promise<{ display: string; stop: () => void }> {
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '3840x2400x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let said = '';
    xvfb.stdio[3]?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('\n')) resolve({ display: `:${said.trim()}`, stop: () => xvfb.kill() });
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it gave a display`)));
  });
}

export interface WebDriverSession {
  /** Calls the driver; throws the driver's own error, with the command named. */
  call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T>;
  quit(): Promise<void>;
}

async function waitForDriver(base: string, driver: ChildProcess): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      const status = await fetch(`${base}/status`);
      if (status.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('WebKitWebDriver never answered /status');
}

/** A WebKit session; `scale` is the device pixel ratio (GDK_SCALE: 1, 2 or 3). */
export async function startWebKit(options: { scale?: number } = {}): Promise<WebDriverSession> {
  const x = await startXvfb();
  const port = await freePort();
  const env = {
    ...process.env,
    DISPLAY: x.display,
    GDK_SCALE: String(options.scale ?? 1),
    XDG_CONFIG_HOME: gtkConfigWithoutToolbar(),
  };
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env });
  const base = `http://127.0.0.1:${port}`;
  const stopAll = () => {
    driver.kill();
    x.stop();
  };
  try {
    await waitForDriver(base, driver);
  } catch (error) {
    stopAll();
    throw error;
  }
  const send = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (answer.value?.error) {
      throw new Error(`WebKit ${method} ${path}: ${answer.value.error}: ${answer.value.message}`);
    }
    return answer.value;
  };
  const session = await send<{ sessionId: string }>('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    },
  }).catch((error: unknown) => {
    stopAll();
    throw error;
  });
  const prefix = `/session/${session.sessionId}`;
  return {
    call: (method, path, body) => send(method, prefix + path, body),
    async quit() {
      await send('DELETE', prefix).catch(() => undefined);
      stopAll();
    },
  };
}
