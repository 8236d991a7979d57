import * as vscode from 'vscode';

/** The icon of an idea's worst problem: error, warning, information, or a pass when it has none. */
export function problemIcon(worst: 'error' | 'warning' | 'info' | undefined): vscode.ThemeIcon {
  if (worst === 'error') return new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  if (worst === 'warning') return new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  if (worst === 'info') return new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground'));
  return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
}
