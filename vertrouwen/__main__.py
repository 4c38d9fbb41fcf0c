"""`python -m vertrouwen`: the same as the `vertrouwen` command."""

import sys

from vertrouwen.cli import main

sys.exit(main())
