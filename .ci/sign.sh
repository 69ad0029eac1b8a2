#!/usr/bin/env bash
# Authenticode-signs Windows files (.exe, .msi) with osslsigncode, only when a key is present.
# usage: .ci/sign.sh FILE...
# Key (CI secrets): PLAKWACHT_SIGN_PFX (path to a .pfx/.p12) or PLAKWACHT_SIGN_PFX_BASE64 (its
# content, base64), and PLAKWACHT_SIGN_PASSWORD. Optional: PLAKWACHT_SIGN_TIMESTAMP_URL (an RFC 3161
# time-stamp server, so signatures outlive the certificate). Without a key: says so, signs nothing,
# exits 0. With a key, any failure fails the build. Never prints the key or the password.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: sign.sh FILE..."; exit 2; }
if [ -z "${PLAKWACHT_SIGN_PFX:-}" ] && [ -z "${PLAKWACHT_SIGN_PFX_BASE64:-}" ]; then
  echo "sign: no signing key (PLAKWACHT_SIGN_PFX or PLAKWACHT_SIGN_PFX_BASE64): $# file(s) left unsigned"
  exit 0
fi
if ! command -v osslsigncode >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq -o DPkg::Lock::Timeout=300 osslsigncode >/dev/null
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pfx=${PLAKWACHT_SIGN_PFX:-}
if [ -z "$pfx" ]; then
  pfx=$tmp/key.pfx
  (umask 077; printf '%s' "$PLAKWACHT_SIGN_PFX_BASE64" | base64 -d > "$pfx")
fi
pass=$tmp/pass
(umask 077; printf '%s' "${PLAKWACHT_SIGN_PASSWORD:-}" > "$pass")
ts=()
[ -n "${PLAKWACHT_SIGN_TIMESTAMP_URL:-}" ] && ts=(-ts "$PLAKWACHT_SIGN_TIMESTAMP_URL")
for f in "$@"; do
  osslsigncode sign -pkcs12 "$pfx" -readpass "$pass" -h sha256 -n "Plakwacht" -i "https://www.uwv.nl" \
    "${ts[@]}" -in "$f" -out "$tmp/signed" >/dev/null
  mv "$tmp/signed" "$f"
  echo "sign: signed $(basename "$f")"
done
