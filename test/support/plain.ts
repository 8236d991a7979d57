/** A value as JSON carries it: anchored ranges (`AnchoredRange`) read as plain positions, as an LSP client or the CLI's output gets them. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
