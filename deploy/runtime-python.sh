#!/usr/bin/env bash
# Prints the path of a CPython 3.13, the Lambda runtime's version, for compiling the zip's
# bytecode (deploy/add_bytecode.py) and for the benchmark's cold start of the zip as shipped.
#
# A python3.13 on PATH is used as it is (Debian 13 has one). Otherwise it is built once from
# Debian's source package (trixie's python3.13, fetched with apt from the mirror this
# machine's apt already uses) into a cache folder outside the checkout, and reused after.
# Needs gcc and make; takes a few minutes the first time. Everything but the path goes to stderr.
set -euo pipefail
version=3.13
# The user's own cache, whatever HOME a caller sets (the Serverless Framework runs with its own).
home=$(getent passwd "$(id -u)" | cut -d: -f6)
cache="${BACK_PAIN_CHECK_CACHE:-${home:-$HOME}/.cache/back-pain-check}"
build="$cache/python$version"
python="$build/python"
check="import sys, json, math, socket, ssl, zlib; assert sys.version_info[:2] == (3, 13)"

if command -v "python$version" >/dev/null 2>&1 && "python$version" -c "$check" 2>/dev/null; then
  command -v "python$version"
  exit 0
fi
if [ -x "$python" ] && "$python" -c "$check" 2>/dev/null; then
  echo "$python"
  exit 0
fi

echo "building CPython $version from Debian's source package into $build (once) ..." >&2
mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -1 || true)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
[ -n "$mirror" ] || { echo "no Debian mirror found in this machine's apt sources" >&2; exit 1; }
work="$cache/source"
rm -rf "$work" && mkdir -p "$work/lists/partial"
printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
  "$mirror" > "$work/trixie.sources"
apt_options=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$work" -o "Dir::State::Lists=$work/lists"
  -o "APT::Sandbox::User=root" -qq)
apt-get "${apt_options[@]}" update >&2
(cd "$work" && apt-get "${apt_options[@]}" source --download-only "python$version" >&2)
tarball=$(ls "$work"/python${version}_*.orig.tar.xz | head -1)
rm -rf "$build" && mkdir -p "$build"
tar xJf "$tarball" -C "$build" --strip-components=1
(cd "$build" && ./configure --without-ensurepip --disable-test-modules -q >&2 && make -j"$(nproc)" >&2)
"$python" -c "$check"
echo "$python"
