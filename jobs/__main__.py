"""`python -m jobs`: the worker process (Procfile `worker`); `python -m jobs run JOB` once.

The command is the app's (bots/cli.py): the composition root builds the jobs' context, so this
entry point is the only module of jobs/ that imports the app.
"""

from bots.cli import jobs_app

jobs_app()
