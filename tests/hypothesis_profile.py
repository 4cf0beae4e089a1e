"""A pytest plugin: hypothesis runs the same examples on every run unless asked otherwise.

CI must not fail on an example it happens to draw once; a failure must reproduce locally.
`HYPOTHESIS_PROFILE=explore` draws fresh examples (and more of them) to hunt for new bugs.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", max_examples=2000, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
