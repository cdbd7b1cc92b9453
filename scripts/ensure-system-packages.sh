#!/usr/bin/env bash
# The Debian packages the suites use, installed when missing: Chromium (browser suites), redis-server (the
# shared rate limiter's tests start their own), openssl (throwaway certificates of the proxy tests).
# Browser downloads and other registries are not reachable here; Debian's packages are.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "missing system packages: ${missing[*]} (install them with your package manager)" >&2
    exit 1
  fi
  echo "installing ${missing[*]} from Debian" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=120 "${missing[@]}" >/dev/null
fi
chromium --version 2>/dev/null | grep -q '^Chromium ' || { echo "chromium is not usable" >&2; exit 1; }
