"""Pictures as static inline SVG: pure functions from plain lists/dicts to markup.

No JavaScript and no colours of their own: shapes are drawn in `currentColor` and
carry classes the theme's CSS styles, so a chart follows light mode, dark mode
and print like the text around it. Each chart is `role="img"` with a <title>
and a <desc> (its text equivalent); templates show the same facts as text
beside it (the timeline's event list, the counts in the bar labels).

Templates call these as Jinja globals (see render.py):
    timeline_svg(events)    events: [{date: "2025-08-15" | "2025-08" | "2025", text: "..."}]
    coverage_svg(series)    series: [{label|title: "Sanctions", dates: [...] | articles: [{date}]}]
    bars_svg(items)         items:  [{label|title: "Sanctions", value|count: 3}]
"""
from __future__ import annotations

import datetime as dt
import hashlib
from html import escape
from typing import Any, Iterable, Mapping, Optional, Sequence

from markupsafe import Markup

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# -- dates -------------------------------------------------------------------------


def parse_date(value: Any) -> Optional[dt.date]:
    """'2025-08-15', '2025-08' (→ the 1st) or '2025' (→ 1 January); None for anything else."""
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    parts = str(value).strip()[:10].split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 3:
            return dt.date(*numbers)
        if len(numbers) == 2:
            return dt.date(numbers[0], numbers[1], 1)
        if len(numbers) == 1 and 1000 <= numbers[0] <= 9999:
            return dt.date(numbers[0], 1, 1)
    except ValueError:
        return None
    return None


def short_date(day: dt.date, precision: str = "day") -> str:
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _precision(value: Any) -> str:
    return {1: "year", 2: "month"}.get(len(str(value).strip()[:10].split("-")), "day")


def _get(item: Any, *keys: str, default: Any = None) -> Any:
    """Read a key from a dict or an attribute from an object (templates pass either)."""
    for key in keys:
        if isinstance(item, Mapping):
            if item.get(key) is not None:
                return item[key]
        elif getattr(item, key, None) is not None:
            return getattr(item, key)
    return default


def _chart_id(prefix: str, payload: object) -> str:
    """A stable id from the chart's data, so two charts on one page never share ids."""
    return f"{prefix}-{hashlib.sha1(repr(payload).encode()).hexdigest()[:8]}"


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _svg(kind: str, chart_id: str, width: int, height: int, title: str, desc: str, body: Iterable[str]) -> Markup:
    return Markup(
        f'<svg class="chart chart-{kind}" role="img" aria-labelledby="{chart_id}-t {chart_id}-d" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'preserveAspectRatio="xMinYMin meet" focusable="false">'
        f'<title id="{chart_id}-t">{escape(title)}</title><desc id="{chart_id}-d">{escape(desc)}</desc>'
        + "".join(body) + "</svg>"
    )


# -- timeline ----------------------------------------------------------------------


def timeline_svg(events: Sequence[Any], title: str = "Timeline", id: Optional[str] = None,
                 width: int = 360) -> Markup:
    """Dated events on a time axis, numbered in the order given (the order of the list beside it).

    Events without a readable date are left out of the picture. Dots that would
    overlap move up into another lane, so every number stays readable.
    """
    dated = []
    for n, event in enumerate(events, 1):
        raw = _get(event, "date")
        day = parse_date(raw)
        if day is not None:
            dated.append((n, day, _precision(raw), str(_get(event, "text", "label", default=""))))
    if not dated:
        return Markup("")
    chart_id = id or _chart_id("timeline", [(n, d.isoformat(), t) for n, d, _, t in dated])
    first = min(d for _, d, _, _ in dated)
    last = max(d for _, d, _, _ in dated)
    span = max((last - first).days, 1)
    pad, radius, lane_height = 22, 11, 26
    inner = width - 2 * pad

    def x_of(day: dt.date) -> float:
        return pad + inner * ((day - first).days / span) if last != first else width / 2

    lanes: list[float] = []  # the right edge of the last dot in each lane
    placed = []
    for n, day, precision, text in sorted(dated, key=lambda e: (e[1], e[0])):
        x = x_of(day)
        lane = next((i for i, right in enumerate(lanes) if right + 3 <= x - radius), None)
        if lane is None:
            lanes.append(x + radius)
            lane = len(lanes) - 1
        else:
            lanes[lane] = x + radius
        placed.append((n, day, precision, text, x, lane))
    axis_y = 14 + len(lanes) * lane_height
    height = axis_y + 30

    # An end of the axis is written as precisely as the events there are known: "Jun 2021" for a month, not the
    # "1 Jun 2021" it is drawn at.
    coarsest = {"year": 0, "month": 1, "day": 2}
    first_label, last_label = (short_date(day, min((p for _, d, p, _ in dated if d == day), key=coarsest.get))
                               for day in (first, last))
    body = [f'<line class="axis" x1="{pad}" y1="{axis_y}" x2="{width - pad}" y2="{axis_y}"/>']
    body += _time_ticks(first, last, first_label, last_label, x_of, axis_y, width)
    for n, day, precision, text, x, lane in placed:
        y = axis_y - 14 - lane * lane_height
        label = f"{n}. {short_date(day, precision)}: {text}"
        body.append(f'<g class="event"><title>{escape(label)}</title>'
                    f'<line class="stem" x1="{_num(x)}" y1="{_num(y + radius)}" x2="{_num(x)}" y2="{axis_y}"/>'
                    f'<circle class="dot" cx="{_num(x)}" cy="{_num(y)}" r="{radius}"/>'
                    f'<text class="num" x="{_num(x)}" y="{_num(y + 4)}" text-anchor="middle">{n}</text></g>')
    undated = len(events) - len(dated)
    desc = (f"{len(dated)} dated event{'s' if len(dated) != 1 else ''} from {first_label} to "
            f"{last_label}, numbered as in the list of events"
            + (f"; {undated} without a date not drawn" if undated else "") + ".")
    return _svg("timeline", chart_id, width, height, title, desc, body)


def timeline_caption(events: Sequence[Any]) -> str:
    """What the timeline's picture shows, and which events of the list it leaves out (a date with no year:
    "On May 16" in an article whose own date is unknown)."""
    left_out = [n for n, event in enumerate(events, 1) if parse_date(_get(event, "date")) is None]
    caption = "Each dot is a dated event, numbered as in the list below."
    if not left_out:
        return caption
    runs: list[list[int]] = []
    for n in left_out:
        if runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    names = [f"{run[0]}–{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)) for run in runs]
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    many = len(left_out) > 1
    return (f"{caption} Event{'s' if many else ''} {listed}, whose year is not known, "
            f"{'are' if many else 'is'} in the list only.")


def _time_ticks(first: dt.date, last: dt.date, first_label: str, last_label: str, x_of, axis_y: float,
                width: int) -> list[str]:
    """Month (or year, for long spans) ticks; labels only where they do not collide, a new year's first."""
    span_days = (last - first).days
    ticks: list[tuple[dt.date, str]] = []
    if span_days > 3 * 365:
        for year in range(first.year + (first != dt.date(first.year, 1, 1)), last.year + 1):
            ticks.append((dt.date(year, 1, 1), str(year)))
    elif span_days > 45:
        y, m = first.year, first.month
        while True:
            day = dt.date(y, m, 1)
            if day > last:
                break
            if day >= first:
                ticks.append((day, f"{_MONTHS[m - 1]}" + (f" {y}" if m == 1 or not ticks else "")))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    out = []
    edges = [(first, first_label, "start")]
    if last != first:
        edges.append((last, last_label, "end"))
    label_boxes: list[tuple[float, float]] = []

    def fits(x: float, label: str, anchor: str) -> bool:
        w = len(label) * 7.0
        left = x - (w if anchor == "end" else w / 2 if anchor == "middle" else 0)
        right = left + w
        if left < 0 or right > width:
            return False
        if any(not (right + 8 < a or left - 8 > b) for a, b in label_boxes):
            return False
        label_boxes.append((left, right))
        return True

    for day, label, anchor in edges:
        x = x_of(day)
        if fits(x, label, anchor):
            out.append(f'<text class="tick-label" x="{_num(x)}" y="{axis_y + 20}" text-anchor="{anchor}">{escape(label)}</text>')
    for day, label in ticks:
        x = x_of(day)
        out.append(f'<line class="tick" x1="{_num(x)}" y1="{axis_y - 4}" x2="{_num(x)}" y2="{axis_y + 4}"/>')
    # Where labels crowd, a tick that names its year ("Jan 2022") tells more than the months around it.
    for day, label in sorted(ticks, key=lambda t: " " not in t[1]):
        x = x_of(day)
        if fits(x, label, "middle"):
            out.append(f'<text class="tick-label" x="{_num(x)}" y="{axis_y + 20}" text-anchor="middle">{escape(label)}</text>')
    return out


# -- coverage over time ------------------------------------------------------------


def coverage_buckets(series: Sequence[Any]) -> tuple[str, list[dt.date], list[tuple[str, list[int], int]]]:
    """(unit, bucket starts, [(label, counts per bucket, undated count)]) with weeks for spans
    up to half a year, months beyond. Pure, so the picture and its text say the same."""
    rows = []
    all_days = []
    for item in series:
        label = str(_get(item, "label", "title", default=""))
        raw_dates = _get(item, "dates")
        if raw_dates is None:
            raw_dates = [_get(a, "date") for a in (_get(item, "articles", default=[]) or [])]
        days = [parse_date(d) for d in raw_dates]
        rows.append((label, [d for d in days if d is not None], sum(1 for d in days if d is None)))
        all_days += [d for d in days if d is not None]
    if not all_days:
        return "week", [], [(label, [], undated) for label, _, undated in rows]
    first, last = min(all_days), max(all_days)
    unit = "week" if (last - first).days <= 183 else "month"

    def start_of(day: dt.date) -> dt.date:
        return day - dt.timedelta(days=day.weekday()) if unit == "week" else day.replace(day=1)

    buckets = []
    cursor = start_of(first)
    while cursor <= last:
        buckets.append(cursor)
        if unit == "week":
            cursor += dt.timedelta(days=7)
        else:
            cursor = dt.date(cursor.year + (cursor.month == 12), cursor.month % 12 + 1, 1)
    index = {b: i for i, b in enumerate(buckets)}
    out = []
    for label, days, undated in rows:
        counts = [0] * len(buckets)
        for d in days:
            counts[index[start_of(d)]] += 1
        out.append((label, counts, undated))
    return unit, buckets, out


def coverage_svg(series: Sequence[Any], title: str = "Coverage over time", id: Optional[str] = None,
                 width: int = 360) -> Markup:
    """Small multiples: one row of bars per topic, articles per week (or month), on one shared axis."""
    unit, buckets, rows = coverage_buckets(series)
    if not buckets:
        return Markup("")
    chart_id = id or _chart_id("coverage", [(label, counts) for label, counts, _ in rows])
    peak = max(max(counts) for _, counts, _ in rows) or 1
    pad, row_height, bar_zone = 4, 52, 26
    slot = (width - 2 * pad) / len(buckets)
    bar_width = max(min(slot * 0.75, 40), 1.5)
    body = []
    for r, (label, counts, _) in enumerate(rows):
        top = r * row_height
        base = top + 20 + bar_zone
        total = sum(counts)
        body.append(f'<text class="row-label" x="{pad}" y="{top + 14}">{escape(label)} · {total}</text>')
        body.append(f'<line class="baseline" x1="{pad}" y1="{base}" x2="{width - pad}" y2="{base}"/>')
        for i, count in enumerate(counts):
            if count:
                h = max(bar_zone * count / peak, 2)
                x = pad + i * slot + (slot - bar_width) / 2
                when = ("week of " if unit == "week" else "") + short_date(buckets[i], "day" if unit == "week" else "month")
                body.append(f'<rect class="bar" x="{_num(x)}" y="{_num(base - h)}" width="{_num(bar_width)}" '
                            f'height="{_num(h)}"><title>{escape(label)}: {count} in {escape(when)}</title></rect>')
    height = len(rows) * row_height + 22
    last_bucket = buckets[-1]
    precision = "day" if unit == "week" else "month"
    body.append(f'<text class="tick-label" x="{pad}" y="{height - 4}">{escape(short_date(buckets[0], precision))}</text>')
    if len(buckets) > 1:
        body.append(f'<text class="tick-label" x="{width - pad}" y="{height - 4}" text-anchor="end">'
                    f'{escape(short_date(last_bucket, precision))}</text>')
    parts = []
    for label, counts, undated in rows:
        busiest = max(range(len(counts)), key=lambda i: counts[i])
        text = f"{label}: {sum(counts)} article{'s' if sum(counts) != 1 else ''}"
        if sum(counts):
            text += f", most in the {unit} of {short_date(buckets[busiest], precision)} ({counts[busiest]})"
        if undated:
            text += f"; {undated} undated"
        parts.append(text)
    desc = f"Articles per {unit} from {short_date(buckets[0], precision)} to {short_date(last_bucket, precision)}. " + "; ".join(parts) + "."
    return _svg("coverage", chart_id, width, height, title, desc, body)


def quotes_per_topic(quotes: Sequence[Any]) -> list[dict]:
    """[{label, value}] for bars_svg: how many of these quotes come from articles on each topic
    (a quote in an article on two topics counts for both). Quotes are views with
    source.article.topics, as person pages get them."""
    counts: dict[str, int] = {}
    for quote in quotes:
        article = _get(_get(quote, "source", default={}), "article", default={})
        for topic in _get(article, "topics", default=()) or ():
            title = str(_get(topic, "title", default=""))
            if title:
                counts[title] = counts.get(title, 0) + 1
    return [{"label": label, "value": n} for label, n in counts.items()]


# -- bars --------------------------------------------------------------------------


def bars_svg(items: Sequence[Any], title: str = "Quoted per topic", id: Optional[str] = None,
             width: int = 360, unit: str = "") -> Markup:
    """Horizontal bars, largest first, each labelled with its name and number."""
    rows = [(str(_get(i, "label", "title", "name", default="")), _get(i, "value", "count", default=0)) for i in items]
    rows = [(label, int(value)) for label, value in rows if isinstance(value, (int, float)) and value > 0]
    if not rows:
        return Markup("")
    rows.sort(key=lambda r: (-r[1], r[0]))
    chart_id = id or _chart_id("bars", rows)
    peak = max(v for _, v in rows)
    pad, row_height, bar_height = 4, 40, 14
    usable = width - 2 * pad - 40  # room for the number after the longest bar
    body = []
    for r, (label, value) in enumerate(rows):
        top = r * row_height
        w = max(usable * value / peak, 2)
        body.append(f'<text class="row-label" x="{pad}" y="{top + 14}">{escape(label)}</text>')
        body.append(f'<rect class="bar" x="{pad}" y="{top + 20}" width="{_num(w)}" height="{bar_height}"/>')
        body.append(f'<text class="value" x="{_num(pad + w + 6)}" y="{top + 32}">{value}{escape(unit)}</text>')
    desc = "; ".join(f"{label}: {value}{unit}" for label, value in rows) + "."
    return _svg("bars", chart_id, width, len(rows) * row_height + 4, title, desc, body)
