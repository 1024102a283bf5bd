// The extension in real VS Code: code-server serves VS Code with the built .vsix installed, and
// Debian's headless Chromium, driven by playwright-core, opens a file from the Explorer, reads the
// Problems panel, edits the file, saves it and reads the panel again. Run it with run.sh, which
// starts code-server and sets the E2E_* variables.

import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, test } from 'node:test';

function setting(name) {
    const value = process.env[name];
    if (!value) {
        throw new Error(`${name} is not set: run this test with vscode-bridge/e2e/run.sh`);
    }
    return value;
}

const url = setting('E2E_URL');
const workspace = setting('E2E_WORKSPACE');
const artifacts = setting('E2E_ARTIFACTS');
const { chromium } = createRequire(path.join(setting('E2E_MODULES'), 'e2e.js'))('playwright-core');

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);
/** How long VS Code, the extension and the gilscan server get to show a finding. */
const PATIENCE_MS = 120_000;
/** The line the test types at the end of pipeline.py: one more finding, GIL202. */
const ADDED_LINE = 'print(list(processes.map(lambda n: n + 1, range(4))))';

let browser;
let page;
const refused = [];

before(async () => {
    browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
        ],
    });
    // Nothing leaves the machine: every request for a host other than loopback is aborted. The
    // route is the context's, so that it sees every page's requests, and service workers are
    // blocked, because a request a service worker makes goes past any route.
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
    await context.route('**/*', (route) => {
        const requested = new URL(route.request().url());
        if (LOOPBACK.has(requested.hostname)) {
            return route.continue();
        }
        refused.push(requested.href);
        return route.abort('blockedbyclient');
    });
    page = await context.newPage();
});

after(async () => {
    await page?.screenshot({ path: path.join(artifacts, 'last.png') }).catch(() => {});
    await writeFile(path.join(artifacts, 'refused-requests.txt'), refused.map((r) => `${r}\n`).join(''));
    await browser?.close();
});

/**
 * The gilscan findings in the Problems panel, as "GIL201 9:13" (rule, line, column), sorted,
 * and the related locations shown under them, as "work.py 6:5".
 */
async function problems() {
    const rows = await page.locator('.markers-panel .monaco-list-row').allTextContents();
    const findings = [];
    const related = [];
    for (const row of rows) {
        const finding = /gilscan\(?(GIL\d{3})\)?\s*\[Ln (\d+), Col (\d+)\]/.exec(row);
        const location = /^([\w.]+)\s*\[Ln (\d+), Col (\d+)\]:/.exec(row);
        if (finding) {
            findings.push(`${finding[1]} ${finding[2]}:${finding[3]}`);
        } else if (location) {
            related.push(`${location[1]} ${location[2]}:${location[3]}`);
        }
    }
    return { findings: findings.sort(), related: related.sort() };
}

/** Polls the Problems panel until it shows `expected` findings; fails with what it last showed. */
async function waitForFindings(expected) {
    const deadline = Date.now() + PATIENCE_MS;
    let shown;
    do {
        shown = await problems();
        if (JSON.stringify(shown.findings) === JSON.stringify(expected)) {
            return shown;
        }
        await page.waitForTimeout(250);
    } while (Date.now() < deadline);
    assert.deepEqual(shown.findings, expected, `the Problems panel after ${PATIENCE_MS} ms`);
    return shown;
}

/**
 * Opens the quick fixes at the cursor with Ctrl+. and picks the one titled `title`. The list can
 * open before VS Code has the code actions, or close again while the focus settles after the
 * double click, so a try that shows no such entry within a few seconds is closed and made again.
 */
async function pickQuickFix(title) {
    const option = page.getByRole('option', { name: title });
    const deadline = Date.now() + PATIENCE_MS;
    for (;;) {
        await page.keyboard.press('Control+Period');
        try {
            await option.waitFor({ timeout: 3_000 });
            break;
        } catch (error) {
            if (Date.now() > deadline) {
                const shown = await page.getByRole('option').allTextContents();
                throw new Error(`no quick fix ${title} after ${PATIENCE_MS} ms; the list showed ${JSON.stringify(shown)}`, { cause: error });
            }
            await page.keyboard.press('Escape');
        }
    }
    await option.click();
}

test('a file opened from the Explorer shows its gilscan findings in the Problems panel', { timeout: 300_000 }, async () => {
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
    const file = page.getByRole('treeitem', { name: 'pipeline.py' });
    await file.waitFor({ timeout: PATIENCE_MS });
    await file.click();
    await page.locator('.tabs-container .tab.active', { hasText: 'pipeline.py' }).waitFor({ timeout: PATIENCE_MS });
    await page.locator('#status\\.problems').click();
    await page.locator('.markers-panel').waitFor({ timeout: PATIENCE_MS });

    const shown = await waitForFindings(['GIL101 7:16', 'GIL201 9:13']);
    // GIL101's evidence is the loop in work.py, a file the editor never opened: read from disk.
    assert.deepEqual(shown.related, ['work.py 6:5']);
    const row = (rule) => page.locator('.markers-panel .monaco-list-row', { hasText: rule }).textContent();
    assert.match(await row('GIL101'), /runs `work\.checksum` on threads, .* the loop at line 6 of work\.py/);
    assert.match(await row('GIL201'), /`ProcessPoolExecutor\(\)` starts a process pool while the module is imported/);
    await page.screenshot({ path: path.join(artifacts, 'opened.png') });
});

test('saving an edit shows the findings of the saved text', { timeout: 300_000 }, async () => {
    const editor = page.locator('.editor-instance .monaco-editor .view-lines');
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(ADDED_LINE);
    // gilscan.run is onSave: the unsaved line is not analyzed yet.
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ timeout: PATIENCE_MS });
    await page.waitForTimeout(2_000);
    assert.deepEqual((await problems()).findings, ['GIL101 7:16', 'GIL201 9:13']);

    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: PATIENCE_MS });
    const saved = await readFile(path.join(workspace, 'pipeline.py'), 'utf8');
    assert.ok(saved.endsWith(`\n${ADDED_LINE}`), `pipeline.py on disk ends with the typed line:\n${saved}`);

    await waitForFindings(['GIL101 7:16', 'GIL201 9:13', 'GIL202 10:26']);
    await page.screenshot({ path: path.join(artifacts, 'saved.png') });
});

test('the quick fix on a GIL201 finding moves the pool under the main guard', { timeout: 300_000 }, async () => {
    // A double click on the finding puts the editor's cursor on it; once the editor has the focus
    // (before, Ctrl+. would go to the Problems panel), Ctrl+. lists the finding's quick fixes.
    // The editor still has the focus from the last test: a click first moves it to the panel, so
    // that waiting for the editor's focus below waits for the double click's.
    const finding = page.locator('.markers-panel .monaco-list-row', { hasText: 'GIL201' });
    const focusedEditor = page.locator('.editor-instance .monaco-editor.focused');
    await finding.click();
    await focusedEditor.waitFor({ state: 'detached', timeout: PATIENCE_MS });
    await finding.dblclick();
    await focusedEditor.waitFor({ timeout: PATIENCE_MS });
    await pickQuickFix(/Wrap the module-level code in/);
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ timeout: PATIENCE_MS });
    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: PATIENCE_MS });

    const saved = await readFile(path.join(workspace, 'pipeline.py'), 'utf8');
    assert.ok(
        saved.endsWith(`\n\nif __name__ == "__main__":\n    processes = ProcessPoolExecutor()\n    ${ADDED_LINE}`),
        `pipeline.py on disk ends with the guarded statements:\n${saved}`
    );
    // The pool is guarded now; the lambda still cannot be pickled, one indent further right.
    await waitForFindings(['GIL101 7:16', 'GIL202 11:30']);
    await page.screenshot({ path: path.join(artifacts, 'fixed.png') });
});
