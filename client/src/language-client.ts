import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** The bundled language server over IPC, for markdown files and untitled markdown. */
export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown', scheme: 'file' }, { language: 'markdown', scheme: 'untitled' }],
    outputChannel,
    // The extension opens rule pages itself, as a markdown preview of the bundled page
    // (rule-docs.ts): diagnostics link to its `ideas.showRuleDocs` command.
    // `storage`: where the server keeps GitHub's answers between sessions (the online check).
    initializationOptions: { showsRuleDocs: true, storage: context.globalStorageUri.fsPath },
    // Maintainers files (`.ideasrc.json`'s `maintainers`) too: the server reads them with the config.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{.ideasrc.json,*.md,*.csv,OWNERS,MAINTAINERS*,CODEOWNERS}') },
    middleware: {
      // The built-in markdown support already lists every heading in Outline; the Ideas view
      // shows the server's structure, so VS Code gets no second copy of the headings.
      provideDocumentSymbols: () => [],
    },
  };
  return new LanguageClient('ideas', 'Ideas Author', serverOptions, clientOptions);
}
