/** Small ideas lists that the feature tests share, in process (test/unit) and over stdio (test/lsp). */

/** Two projects' worth of ideas: one complete, one without skills, under a `# Ideas` title. */
export const ideas = `# Ideas

### Stellar Mesh

#### Traffic replay

- Description: Record and replay traffic.
- Recommended Skills: Go, Kubernetes
- Mentor(s): Ana Silva (@anasilva)
- Upstream Issue (URL): https://github.com/stellar/mesh/issues/1

#### Dashboard

- Description: A web dashboard.
- Mentor(s): Bo Li (@boli)

- Upstream Issue (URL): https://github.com/stellar/mesh/issues/2
`;

/** One idea with a mistake of each kind a quick fix mends, and an idea with only a description. */
export const messy = `### Stellar Mesh

#### Traffic replay

- **Description**: Record and replay traffic.
- Skills: Go
- Mentor(s): Ana Silva @anasilva
- Upstream Issue (URL): https://github.com/stellar/mesh/issues/1.

#### Dashboard

- Description: A web dashboard.
`;

/** A second list, of another project, for what spans the workspace (symbols, completion). */
export const orbit = `### Orbit

#### Snapshots

- Description: Faster snapshots.
- Recommended Skills: Rust, gRPC
- Mentor(s): Chidi Okafor (@chidi-okafor)
- Upstream Issue (URL): https://github.com/orbit/orbit/issues/3

#### Restore

- Description: Restore.
- Recommended Skills: Rust
- Mentor(s): Chidi Okafor (@chidi-okafor)
- Upstream Issue (URL): https://github.com/orbit/orbit/issues/4
`;
