#!/usr/bin/env bash
# Debian packages for the GUI and end-to-end tests. Idempotent; skips what is there.
set -euo pipefail
pkgs=(xvfb xauth x11-utils openbox trayer xdotool xclip xsel imagemagick chromium openssl
      libgl1 libegl1 libfontconfig1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
      libxcb-keysyms1 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libxcb-xfixes0
      libxcb-sync1 libxcb-shm0 libxcb-glx0 libdbus-1-3 fonts-dejavu-core
      msitools wixl osslsigncode  # the MSI and its signing step (packaging/msi, .ci/sign.sh, tests/fleet)
      tesseract-ocr-nld)          # OCR's Dutch model (guard/content, build.spec)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "apt: ${#missing[@]} installed, ${#pkgs[@]} wanted"
