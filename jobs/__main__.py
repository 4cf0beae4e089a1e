"""`python -m jobs`: the scheduler process (Procfile `worker`).

No scheduled job exists yet; the process says so and exits instead of idling silently.
"""

import sys

sys.stderr.write("traveloure worker: no scheduled jobs are defined yet; nothing to run.\n")
sys.exit(0)
