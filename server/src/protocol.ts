import { RequestType, RequestType0, type Position, type TextDocumentIdentifier } from 'vscode-languageserver-protocol';

/** Requests of our own beyond LSP, for the VS Code client's commands; any LSP client may send them. */

/** Lint a markdown document as an ideas list whatever its name or content; answers the number of findings. */
export const LintFileRequest = new RequestType<TextDocumentIdentifier, number, void>('ideas/lintFile');

/** Lint every ideas file of the workspace that is not open and publish its diagnostics. */
export const LintWorkspaceRequest = new RequestType0<{ files: number; findings: number }, void>('ideas/lintWorkspace');

/** Where "New Idea" / "New Project" insert the template at the cursor, and the snippet. */
export const InsertionRequest = new RequestType<
  { textDocument: TextDocumentIdentifier; position: Position; kind: 'idea' | 'project' },
  { position: Position; snippet: string } | null,
  void
>('ideas/insertion');
