#!/usr/bin/env bash
# Works around Wine 8.0's stubbed C99 complex functions in ucrtbase.dll (see crt_math_shim.c):
# builds pkw-ms-win-crt-math-l1-1-0.dll into system32 and re-points every extension module under
# SITE that imports a complex function from the api-ms-win-crt-math-l1-1-0 API set at it.
# usage: crt_math_shim.sh SITE_PACKAGES SYSTEM32
set -euo pipefail
SITE=${1:?}; SYS=${2:?}; HERE=$(cd "$(dirname "$0")" && pwd)
API=api-ms-win-crt-math-l1-1-0.dll
SHIM=pkw-ms-win-crt-math-l1-1-0.dll      # same length: the name is patched in place
# What crt_math_shim.c defines (C2C/C2R names x {"", f, l}, plus the extras written out there).
implemented=$(for b in cacos cacosh casin casinh catan catanh ccos ccosh cexp clog conj cproj csin csinh csqrt \
                 ctan ctanh cabs carg cimag creal cpow clog10; do echo "$b"; echo "${b}f"; echo "${b}l"; done
              printf '%s\n' _Cbuild _FCbuild _LCbuild)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
: > "$work/names"; : > "$work/targets"
while IFS= read -r -d '' f; do
  names=$(x86_64-w64-mingw32-objdump -p "$f" 2>/dev/null \
    | awk -v api="$API" 'tolower($0) ~ "dll name: " api {p=1; next} /DLL Name/ {p=0} p && NF==3 && $2 ~ /^[0-9]+$/ {print $3}')
  [ -n "$names" ] || continue
  if grep -qxF -f <(echo "$implemented") <(echo "$names"); then
    echo "$f" >> "$work/targets"; echo "$names" >> "$work/names"
  fi
done < <(find "$SITE" \( -name '*.pyd' -o -name '*.dll' \) -print0)
[ -s "$work/targets" ] || { echo "crt-math shim: nothing imports complex functions"; exit 0; }
{
  echo "LIBRARY $SHIM"; echo "EXPORTS"
  sort -u "$work/names" | while read -r n; do
    if grep -qxF "$n" <(echo "$implemented"); then echo "  $n=pkw_$n"; else echo "  $n=ucrtbase.$n"; fi
  done
} > "$work/shim.def"
x86_64-w64-mingw32-gcc -shared -O2 -s -static-libgcc -o "$SYS/$SHIM" "$HERE/crt_math_shim.c" "$work/shim.def"
while read -r f; do
  python3 - "$f" "$API" "$SHIM" <<'PY'
import os, re, sys
path, api, shim = sys.argv[1], sys.argv[2].encode(), sys.argv[3].encode()
data = open(path, "rb").read()
new, n = re.subn(re.escape(api), shim, data, flags=re.I)
assert n >= 1 and len(new) == len(data), (path, n)
# A new file, never an in-place write: the installed file may be a hard link into a cache.
with open(path + ".pkw", "wb") as fh:
    fh.write(new)
os.replace(path + ".pkw", path)
PY
done < "$work/targets"
echo "crt-math shim: $(wc -l < "$work/targets") modules re-pointed: $(xargs -n1 basename < "$work/targets" | tr '\n' ' ')"
