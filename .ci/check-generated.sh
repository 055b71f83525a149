#!/usr/bin/env bash
# Fails when camel-package-maven-plugin changed the committed generated sources (configurers, URI factory, catalog
# JSON): someone changed an option or header without committing what it generates. Outside a git work tree there
# is nothing to compare with, so the check passes.
set -euo pipefail
dir="$1"
if ! git -C "$dir" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "check-generated: not a git work tree, skipped"
  exit 0
fi
changes="$(git -C "$dir" status --porcelain -- .)"
if [ -n "$changes" ]; then
  echo "check-generated: regenerating changed $dir; commit these files:" >&2
  echo "$changes" >&2
  git -C "$dir" --no-pager diff --stat -- . >&2 || true
  exit 1
fi
echo "check-generated: $dir is up to date"
