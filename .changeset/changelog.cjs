// Changelog lines with links, computed offline: the commit that added the changeset is
// known locally, so no GitHub API call or token is needed (unlike @changesets/changelog-github).
// Options: { "repo": "owner/name" } in .changeset/config.json.

/** @param {{ repo?: string } | null} options */
function repoUrl(options) {
  if (!options?.repo) throw new Error('.changeset/changelog.cjs: set { "repo": "owner/name" }');
  return `https://github.com/${options.repo}`;
}

/** @type {import('@changesets/types').ChangelogFunctions['getReleaseLine']} */
async function getReleaseLine(changeset, _type, options) {
  const [first, ...rest] = changeset.summary.trim().split('\n');
  const link = changeset.commit
    ? `[\`${changeset.commit.slice(0, 7)}\`](${repoUrl(options)}/commit/${changeset.commit}) `
    : '';
  const body = rest.map((line) => (line.trim() ? `  ${line}` : '')).join('\n');
  return `\n- ${link}${first}${body ? `\n${body}` : ''}`;
}

/** @type {import('@changesets/types').ChangelogFunctions['getDependencyReleaseLine']} */
async function getDependencyReleaseLine(changesets, dependencies, options) {
  if (dependencies.length === 0) return '';
  const commits = changesets
    .filter((changeset) => changeset.commit)
    .map((c) => `[\`${c.commit.slice(0, 7)}\`](${repoUrl(options)}/commit/${c.commit})`);
  const lines = dependencies.map((d) => `  - ${d.name}@${d.newVersion}`);
  return [`- Updated dependencies${commits.length ? ` ${commits.join(', ')}` : ''}`, ...lines].join(
    '\n',
  );
}

module.exports = { getReleaseLine, getDependencyReleaseLine };
