"""How well the chat service understands travelers: a corpus of real-sounding messages in
English, Spanish and Portuguese, each a short conversation with expected outcomes.

Every case runs in-process on its own fresh trip (services on a temporary SQLite file, a fake
clock, the demo places, no LLM key). A case passes when every turn's expectations hold: the
response type, what changed in the itinerary, the cards offered, and the reply's language.

    .venv/bin/python -m bench.understanding [--show-misses] [--lang es] [--kind add]
                                            [--holdout | --fresh | --fresh2 | --fresh3 | --fresh4
                                            | --fresh5 | --train | --blind NAME]

`--holdout` runs only the held-out cases (holdout_*.py): written fresh and never used to tune
the parser, they estimate how well it understands new travelers. `--fresh` runs only the
fresh_*.py cases, a second held-out set written later, blind to the parser and to the other
corpus files (read since, so it no longer measures); `--fresh2` a third, written blind the
session after; `--fresh3` a fourth, written blind on 2026-12-07 to measure again
(and tuned on since); `--fresh4` a fifth, written blind later that day (read at its end);
`--fresh5` a sixth, written blind at the end of that session (read in the next);
`--blind fresh6` any later blind set by its file names (fresh6: written blind on 2026-12-07,
read and tuned on in the session after; fresh7: written blind at the start of that session,
read and tuned on in the next; fresh8: written blind at the start of that session, read in its
last hour and in the next; fresh9: written blind at the start of that next session, 84.6 % then
and 87.1 % at the end of its round while still blind; its Portuguese misses were read in that
session's last hour, its English and Spanish ones in the next. fresh10: written blind at the
start of the eighth session (64.1 %, 66.4 % once an auditor who fixes no parser code had
corrected ten of its cases that no parser could pass; 71.3 % at that session's end, its misses
never read, though four fixers worked from the auditor's abstract themes of them; read in the
ninth session: 86.7 % at its end). fresh11: written blind at the start of the ninth session by
mainstream travelers (everyday phone writing, a quarter in new regional voices), 83.0 % then,
read and tuned on in that session (91.7 % at its end). fresh12: written blind right after it,
83.0 % then and 83.9 % at that session's end, never read: the measure now).
`--train`
runs only the train_*.py cases: a large corpus of how travelers
really type, written for the parser's authors to read and fix against (unlike the held-out
sets). The default run leaves all three out, so the CI floors stay measured on the tuning
corpus; none of them has a floor (they only measure).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bench.understanding_corpus import (
    ALL_CASES,
    fresh2_en,
    fresh2_es,
    fresh2_pt,
    fresh_en,
    fresh_es,
    fresh_pt,
    holdout_en,
    holdout_es,
    holdout_pt,
    train_en,
    train_es,
    train_pt,
)
from bench.understanding_corpus.harness import CaseResult, Harness
from bench.understanding_corpus.spec import KINDS, Case

# Held out: never part of ALL_CASES, so nothing is tuned against them by accident.
HOLDOUT_CASES: list[Case] = [*holdout_en.CASES, *holdout_es.CASES, *holdout_pt.CASES]
# Held out as well, and apart from HOLDOUT_CASES: a measure only, never a CI floor.
FRESH_CASES: list[Case] = [*fresh_en.CASES, *fresh_es.CASES, *fresh_pt.CASES]
# A third held-out set, written on 2026-12-07 after the first fresh set had been tuned on.
FRESH2_CASES: list[Case] = [*fresh2_en.CASES, *fresh2_es.CASES, *fresh2_pt.CASES]


def blind_cases(name: str) -> list[Case]:
    """A blind held-out set (fresh3_*.py, fresh4_*.py…), each language's file read only once
    it exists: the three are written apart and land one by one."""
    cases: list[Case] = []
    for lang in ("en", "es", "pt"):
        try:
            module = importlib.import_module(f"bench.understanding_corpus.{name}_{lang}")
        except ModuleNotFoundError:
            continue
        cases.extend(module.CASES)
    return cases


# Open to the parser's authors (not held out), but kept out of the default run and of CI.
TRAIN_CASES: list[Case] = [*train_en.CASES, *train_es.CASES, *train_pt.CASES]


@dataclass
class Report:
    """Results of a run, with scores by language and kind."""

    results: list[CaseResult]
    seconds: float = 0.0

    def score(self, lang: str | None = None, kind: str | None = None) -> float:
        """Share of passed cases (0..1) among those of `lang` and `kind` (None: all)."""
        chosen = [
            r
            for r in self.results
            if (lang is None or r.case.lang == lang) and (kind is None or r.case.kind == kind)
        ]
        return sum(r.passed for r in chosen) / len(chosen) if chosen else 0.0

    def count(self, lang: str | None = None, kind: str | None = None) -> tuple[int, int]:
        """(passed, total) among those of `lang` and `kind`."""
        chosen = [
            r
            for r in self.results
            if (lang is None or r.case.lang == lang) and (kind is None or r.case.kind == kind)
        ]
        return sum(r.passed for r in chosen), len(chosen)

    @property
    def misses(self) -> list[CaseResult]:
        """The failed cases."""
        return [r for r in self.results if not r.passed]


async def run(cases: Sequence[Case]) -> Report:
    """Run the cases (each on a fresh trip) and return the report."""
    started = time.perf_counter()
    harness = await Harness.start()
    results = []
    try:
        for case in cases:
            try:
                results.append(await harness.run_case(case))
            except Exception as exc:  # noqa: BLE001 - a crash is a failed case, not a failed run
                results.append(CaseResult(case, [f"crashed: {type(exc).__name__}: {exc}"]))
    finally:
        await harness.close()
    return Report(results, time.perf_counter() - started)


def _pct(passed: int, total: int) -> str:
    return f"{passed:4d}/{total:<4d} {100 * passed / total:5.1f} %" if total else "   -"


def render(report: Report, show_misses: bool = False) -> str:
    """The printed report: overall, a language × kind table, and optionally every miss."""
    langs = sorted({r.case.lang for r in report.results}, key=("en", "es", "pt").index)
    kinds = [k for k in KINDS if any(r.case.kind == k for r in report.results)]
    lines = [
        f"understanding: {_pct(*report.count())} of {len(report.results)} cases "
        f"({sum(len(r.turns) for r in report.results)} turns, {report.seconds:.1f} s)",
        "",
        f"{'kind':<11}" + "".join(f"{lang:>20}" for lang in langs) + f"{'all':>20}",
    ]
    for kind in kinds:
        cells = [_pct(*report.count(lang, kind)) for lang in langs]
        cells.append(_pct(*report.count(None, kind)))
        lines.append(f"{kind:<11}" + "".join(f"{c:>20}" for c in cells))
    cells = [_pct(*report.count(lang)) for lang in langs] + [_pct(*report.count())]
    lines.append(f"{'ALL':<11}" + "".join(f"{c:>20}" for c in cells))
    if show_misses:
        lines += ["", "misses:"]
        for miss in report.misses:
            lines.append(f"- {miss.case.id} [{miss.case.trip}, locale {miss.case.locale}]")
            for turn in miss.turns:
                lines.append(f"    > {turn.text!r} → {turn.type}: {turn.message[:140]!r}")
            lines += [f"    ✗ {reason}" for reason in miss.reasons]
    return "\n".join(lines)


def select(cases: Iterable[Case], lang: str | None, kind: str | None) -> list[Case]:
    """The cases of one language and/or kind."""
    return [
        c for c in cases if (lang is None or c.lang == lang) and (kind is None or c.kind == kind)
    ]


def main(argv: list[str] | None = None) -> None:
    """Parse the options, run, print."""
    parser = argparse.ArgumentParser(prog="python -m bench.understanding", description=__doc__)
    parser.add_argument("--show-misses", action="store_true", help="print every failed case")
    parser.add_argument("--lang", choices=("en", "es", "pt"))
    parser.add_argument("--kind", choices=KINDS)
    held_out = parser.add_mutually_exclusive_group()
    held_out.add_argument(
        "--holdout", action="store_true", help="run only the held-out cases (never tuned on)"
    )
    held_out.add_argument(
        "--fresh", action="store_true", help="run only the fresh held-out cases (fresh_*.py)"
    )
    held_out.add_argument(
        "--fresh2", action="store_true", help="run only the second fresh set (fresh2_*.py)"
    )
    held_out.add_argument(
        "--fresh3", action="store_true", help="run only the fourth fresh set (fresh3_*.py)"
    )
    held_out.add_argument(
        "--fresh4", action="store_true", help="run only the fifth fresh set (fresh4_*.py)"
    )
    held_out.add_argument(
        "--fresh5", action="store_true", help="run only the sixth fresh set (fresh5_*.py)"
    )
    held_out.add_argument(
        "--train", action="store_true", help="run only the training corpus (train_*.py)"
    )
    held_out.add_argument(
        "--blind", metavar="NAME", help="run only a blind set by its name (NAME_en.py…: fresh6)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    chosen = (
        HOLDOUT_CASES
        if args.holdout
        else FRESH_CASES
        if args.fresh
        else FRESH2_CASES
        if args.fresh2
        else blind_cases("fresh3")
        if args.fresh3
        else blind_cases("fresh4")
        if args.fresh4
        else blind_cases("fresh5")
        if args.fresh5
        else TRAIN_CASES
        if args.train
        else blind_cases(args.blind)
        if args.blind
        else ALL_CASES
    )
    cases = select(chosen, args.lang, args.kind)
    report = asyncio.run(run(cases))
    print(render(report, args.show_misses))


if __name__ == "__main__":
    main()
