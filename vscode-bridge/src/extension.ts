// The VS Code side: starts `gilscan server` from the bundled jar with a Java 17+ found on the
// machine, hands it the settings, and starts it again when they (or the workspace trust) change.
// The decisions themselves live in settings.ts, java.ts and server.ts, which are unit-tested.

import * as fs from 'fs';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/node';
import { findJava, javaCandidates, JAVA_DOWNLOAD_URL, noJavaMessage } from './java';
import { isExecutableFile, probeJava } from './javaProbe';
import { initializationOptions, RESTART_SETTINGS, serverDirectory, serverJar, serverOptions, type Site } from './server';
import { readSettings, type RestrictedSetting } from './settings';

let client: LanguageClient | undefined;
/** Starts and stops, one after the other, so that quick setting changes do not overlap. */
let lifecycle: Promise<void> = Promise.resolve();
let output: vscode.OutputChannel;
/** Restricted settings already reported as ignored in this session. */
const reportedIgnored = new Set<RestrictedSetting>();

export function activate(context: vscode.ExtensionContext): void {
  output = vscode.window.createOutputChannel('gilscan');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('gilscan.restart', () => restart(context)),
    vscode.commands.registerCommand('gilscan.showOutput', () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (RESTART_SETTINGS.some((key) => event.affectsConfiguration(`gilscan.${key}`))) {
        void restart(context);
      }
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      // The workspace's own gilscan.java and gilscan.serverJar now count.
      void restart(context);
    })
  );
  void restart(context);
}

export function deactivate(): Promise<void> {
  return enqueue(stop);
}

function restart(context: vscode.ExtensionContext): Promise<void> {
  return enqueue(async () => {
    await stop();
    await start(context);
  });
}

function enqueue(step: () => Promise<void>): Promise<void> {
  lifecycle = lifecycle.then(step).catch((error: unknown) => {
    log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  });
  return lifecycle;
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running !== undefined) {
    try {
      await running.stop();
    } catch (error) {
      log(`the server did not stop cleanly: ${String(error)}`);
    }
  }
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const trusted = vscode.workspace.isTrusted;
  const { settings, ignored } = readSettings(vscode.workspace.getConfiguration('gilscan'), trusted);
  reportIgnored(ignored);
  if (!settings.enable) {
    log('gilscan.enable is false: the server is not started.');
    return;
  }

  const site = siteOf(context, trusted);
  const choice = serverJar(settings, site);
  if ('problem' in choice) {
    reportJarProblem(`gilscan: ${choice.problem}`);
    return;
  }
  const jar = choice.jar;
  if (!fs.existsSync(jar)) {
    if (choice.source === 'setting') {
      const resolved =
        jar === settings.serverJar ? jar : `${settings.serverJar}, resolved against the workspace folder to ${jar}`;
      reportJarProblem(`gilscan: the server jar set in gilscan.serverJar, ${resolved}, does not exist.`);
    } else {
      const message =
        `gilscan: the extension holds no server jar (${jar}); it was packaged without running` +
        ' `npm run package` after building cli/target/gilscan.jar.';
      log(message);
      void vscode.window.showErrorMessage(message);
    }
    return;
  }

  // The java -version check runs in the directory the server will run in.
  const cwd = serverDirectory(site);
  const search = await findJava(
    javaCandidates(settings.java, process.env, process.platform, isExecutableFile),
    (java) => probeJava(java, cwd)
  );
  for (const { candidate, reason } of search.rejected) {
    log(`not using ${candidate.path} (${candidate.source}): it ${reason}.`);
  }
  if (!search.found) {
    reportNoJava(noJavaMessage(search.rejected));
    return;
  }

  const server = serverOptions(search.java.path, jar, site);
  const options = initializationOptions(settings);
  log(
    `starting ${server.command} ${server.args.join(' ')} in ${cwd} (Java ${search.version},` +
      ` from ${search.java.source}${trusted ? '' : ', restricted workspace'})` +
      ` with ${JSON.stringify(options)}`
  );
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'python' }],
    initializationOptions: options,
    outputChannel: output,
  };
  const next = new LanguageClient('gilscan', 'gilscan', server, clientOptions);
  client = next;
  try {
    await next.start();
  } catch (error) {
    client = undefined;
    const message = `gilscan: the server did not start: ${String(error)}`;
    log(message);
    const choice = await vscode.window.showErrorMessage(message, 'Show Output');
    if (choice === 'Show Output') {
      output.show(true);
    }
  }
}

/**
 * The extension's surroundings. Only the first workspace folder is kept: VS Code restarts the
 * extension when it changes, so the server never outlives the folder its jar was resolved in.
 */
function siteOf(context: vscode.ExtensionContext, trusted: boolean): Site {
  const first = vscode.workspace.workspaceFolders?.[0];
  return {
    extensionPath: context.extensionPath,
    workspaceFolder: first?.uri.scheme === 'file' ? first.uri.fsPath : undefined,
    trusted,
    platform: process.platform,
  };
}

function reportJarProblem(message: string): void {
  log(message);
  void vscode.window.showErrorMessage(message, 'Open Settings').then((choice) => {
    if (choice === 'Open Settings') {
      void vscode.commands.executeCommand('workbench.action.openSettings', 'gilscan.serverJar');
    }
  });
}

function reportIgnored(ignored: RestrictedSetting[]): void {
  const fresh = ignored.filter((key) => !reportedIgnored.has(key));
  for (const key of ignored) {
    log(`this workspace is not trusted: its gilscan.${key} setting is ignored; the user setting is used.`);
  }
  if (fresh.length === 0) {
    return;
  }
  fresh.forEach((key) => reportedIgnored.add(key));
  const names = fresh.map((key) => `gilscan.${key}`).join(' and ');
  void vscode.window
    .showWarningMessage(
      `gilscan: this workspace is not trusted, so its ${names} setting is ignored and the` +
        ' user setting is used. Trust the workspace to use it.',
      'Manage Workspace Trust'
    )
    .then((choice) => {
      if (choice === 'Manage Workspace Trust') {
        void vscode.commands.executeCommand('workbench.trust.manage');
      }
    });
}

function reportNoJava(message: string): void {
  log(message);
  const download = 'Get Java 17+';
  const configure = 'Set gilscan.java';
  void vscode.window.showErrorMessage(message, download, configure, 'Show Output').then((choice) => {
    if (choice === download) {
      void vscode.env.openExternal(vscode.Uri.parse(JAVA_DOWNLOAD_URL));
    } else if (choice === configure) {
      void vscode.commands.executeCommand('workbench.action.openSettings', 'gilscan.java');
    } else if (choice === 'Show Output') {
      output.show(true);
    }
  });
}

function log(message: string): void {
  output.appendLine(`[${new Date().toISOString()}] ${message}`);
}
