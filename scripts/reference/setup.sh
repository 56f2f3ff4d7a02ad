#!/usr/bin/env bash
# Make the reference model's virtual environment (outside the repository) if it is missing:
# PolicyEngine UK 2.162.10, the full Python model the oracle's expected files come from.
# Usage: scripts/reference/setup.sh [VENV]   (default /tmp/pe-venv)
set -euo pipefail
VENV="${1:-/tmp/pe-venv}"
if "$VENV/bin/python" -c "import policyengine_uk" 2>/dev/null; then
    echo "reference model ready in $VENV"
    exit 0
fi
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet "policyengine-uk==2.162.10"
"$VENV/bin/python" -c "import policyengine_uk" && echo "reference model installed in $VENV"
