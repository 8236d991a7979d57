// A fake of VS Code's GitHub sign-in for the end-to-end suite: the user is signed in already (VS
// Code refuses the sign-in dialog while extension tests run), with a token the suite reads from
// this extension's exports and hands to its fake GitHub.
// Plain CommonJS, as the extension host loads it unbuilt.
/* global require, module */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const vscode = require('vscode');

const TOKEN = 'e2e-fake-github-token';

function activate(context) {
  for (const [id, label] of [
    ['github', 'GitHub (fake)'],
    ['github-enterprise', 'GitHub Enterprise Server (fake)'],
  ]) {
    let sessions = [session(id, [])];
    const changed = new vscode.EventEmitter();
    const provider = {
      onDidChangeSessions: changed.event,
      getSessions: async () => sessions,
      createSession: async (scopes) => {
        sessions = [session(id, scopes)];
        changed.fire({ added: sessions, removed: [], changed: [] });
        return sessions[0];
      },
      removeSession: async (sessionId) => {
        const removed = sessions.filter((session) => session.id === sessionId);
        sessions = sessions.filter((session) => session.id !== sessionId);
        changed.fire({ added: [], removed, changed: [] });
      },
    };
    context.subscriptions.push(changed, vscode.authentication.registerAuthenticationProvider(id, label, provider));
  }
  return { token: TOKEN };
}

function session(providerId, scopes) {
  return { id: `${providerId}-session`, accessToken: TOKEN, account: { id: 'e2e-user', label: 'e2e-user' }, scopes: [...scopes] };
}

module.exports = { activate };
