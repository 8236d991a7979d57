import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnose } from './features/diagnostics';

// Connection wiring only: every feature lives in features/ over the LSP-free core.
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({
  capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
  serverInfo: { name: 'ideas-language-server' },
}));

documents.onDidChangeContent(({ document }) => {
  try {
    connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: diagnose(document.getText()) });
  } catch (error) {
    // One bad document must not take the server down for every other one.
    connection.console.error(`Linting ${document.uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
  }
});

documents.onDidClose(({ document }) => {
  connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

documents.listen(connection);
connection.listen();
